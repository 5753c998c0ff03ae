/**
 * banChatSenderChat and unbanChatSenderChat: a channel's posts as a sender in a supergroup
 * or channel. https://core.telegram.org/bots/api#banchatsenderchat
 */
import type { CallContext, Handler, Params } from "../types.ts";
import { BANNED, editBanned, NOTHING_BANNED } from "./ban.ts";
import { chatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

async function setSenderBan(ctx: CallContext, params: Params, ban: boolean): Promise<true> {
  const account = await ctx.account();
  const target = await chatTarget(account, params.chat_id, "write");
  const sender = await chatTarget(account, params.sender_chat_id);
  if (target.kind === "private") throw chatError("banInPrivate");
  if (target.kind === "group" || sender.kind === "group") throw chatError("banChatsInGroups");
  const rights = ban ? BANNED((params.until_date as number | undefined) ?? 0) : NOTHING_BANNED();
  await editBanned(account, target, sender.peer, rights, ctx.method);
  return true;
}

export const banChatSenderChat: Handler = (ctx, params) => setSenderBan(ctx, params, true);
export const unbanChatSenderChat: Handler = (ctx, params) => setSenderBan(ctx, params, false);
