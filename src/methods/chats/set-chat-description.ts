/** setChatDescription. https://core.telegram.org/bots/api#setchatdescription */
import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { chatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

export const setChatDescription: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind === "private") throw chatError("privateDescription");
  const about = (params.description as string | undefined) ?? "";
  await account.invoke(new Api.messages.EditChatAbout({ peer: target.peer, about }), ctx.method);
  return true;
};
