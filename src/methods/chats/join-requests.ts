/** approveChatJoinRequest and declineChatJoinRequest. https://core.telegram.org/bots/api#approvechatjoinrequest */
import { Api } from "telegram";
import type { CallContext, Handler, Params } from "../types.ts";
import { chatTarget, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

async function answerRequest(ctx: CallContext, params: Params, approved: boolean): Promise<true> {
  const account = await ctx.account();
  const userId = userInput(account, params.user_id);
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind === "private") throw chatError("privateJoinRequests");
  await account.invoke(new Api.messages.HideChatJoinRequest({ peer: target.peer, userId, approved: approved || undefined }), ctx.method);
  return true;
}

export const approveChatJoinRequest: Handler = (ctx, params) => answerRequest(ctx, params, true);
export const declineChatJoinRequest: Handler = (ctx, params) => answerRequest(ctx, params, false);
