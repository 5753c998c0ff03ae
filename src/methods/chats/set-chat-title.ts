/** setChatTitle. https://core.telegram.org/bots/api#setchattitle */
import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { chatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

export const setChatTitle: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const title = String(params.title ?? "").trim();
  const target = await chatTarget(account, params.chat_id, "write");
  if (!title) throw chatError("titleEmpty");
  switch (target.kind) {
    case "private":
      throw chatError("privateTitle");
    case "group":
      await account.invoke(new Api.messages.EditChatTitle({ chatId: target.groupId, title }), ctx.method);
      return true;
    case "channel":
      await account.invoke(new Api.channels.EditTitle({ channel: target.channel, title }), ctx.method);
      return true;
  }
};
