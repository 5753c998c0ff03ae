/**
 * unbanChatMember: afterwards the user is not in the chat but may join it; a current
 * member is removed too unless only_if_banned. https://core.telegram.org/bots/api#unbanchatmember
 */
import type { Handler } from "../types.ts";
import { BANNED, editBanned, NOTHING_BANNED, peerOfUser } from "./ban.ts";
import { lookupMember } from "./member-lookup.ts";
import { chatTarget, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

export const unbanChatMember: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const input = userInput(account, params.user_id);
  const userId = params.user_id as number;
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind !== "channel") throw chatError("supergroupsAndChannelsOnly");
  const member = await lookupMember(account, target, userId, ctx.method);
  const peer = peerOfUser(input);
  switch (member.status) {
    case "left":
      return true;
    case "kicked":
      await editBanned(account, target, peer, NOTHING_BANNED(), ctx.method);
      return true;
    case "creator":
      throw chatError("removeOwner");
    default:
      if (params.only_if_banned === true) return true;
      if (userId === account.id) throw chatError("unrestrictSelf");
      // Telegram has no "make left": the member is banned, then the ban is lifted.
      if (member.status !== "restricted" || member.is_member) await editBanned(account, target, peer, BANNED(0), ctx.method);
      await editBanned(account, target, peer, NOTHING_BANNED(), ctx.method);
      return true;
  }
};
