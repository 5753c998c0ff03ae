/** getChatMember. https://core.telegram.org/bots/api#getchatmember */
import type { Handler } from "../types.ts";
import { lookupMember } from "./member-lookup.ts";
import { chatTarget, userInput } from "./target.ts";

export const getChatMember: Handler = async (ctx, params) => {
  const account = await ctx.account();
  userInput(account, params.user_id);
  const target = await chatTarget(account, params.chat_id, params.user_id === account.id ? "read" : "members");
  return lookupMember(account, target, params.user_id as number, ctx.method);
};
