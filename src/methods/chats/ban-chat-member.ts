/** banChatMember. https://core.telegram.org/bots/api#banchatmember */
import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { BANNED, editBanned, peerOfUser, refuseSelf } from "./ban.ts";
import { lookupMember } from "./member-lookup.ts";
import { chatTarget, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

export const banChatMember: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const input = userInput(account, params.user_id);
  const userId = params.user_id as number;
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind === "private") throw chatError("banInPrivate");
  if (target.kind === "group") {
    const revokeHistory = params.revoke_messages === true || undefined;
    await account.invoke(new Api.messages.DeleteChatUser({ chatId: target.groupId, userId: input, revokeHistory }), ctx.method);
    return true;
  }
  refuseSelf(account, userId);
  if ((await lookupMember(account, target, userId, ctx.method)).status === "creator") throw chatError("removeOwner");
  await editBanned(account, target, peerOfUser(input), BANNED((params.until_date as number | undefined) ?? 0), ctx.method);
  return true;
};
