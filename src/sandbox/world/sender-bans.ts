/**
 * Bans of sender chats (channels posting into a supergroup or a discussion), kept
 * beside the member list as Telegram lists them: ChannelParticipantBanned with a channel peer.
 */
import { rpcError } from "./errors.ts";
import { isAdmin } from "./members.ts";
import type { Account, Chat } from "./types.ts";
import type { World } from "./world.ts";

export function banSenderChat(world: World, actor: Account, chat: Chat, sender: Chat, untilDate: number | undefined): void {
  if (!isAdmin(world.member(chat, actor.id), "banUsers")) throw rpcError("CHAT_ADMIN_REQUIRED");
  const others = (chat.bannedSenders ?? []).filter((b) => b.chatId !== sender.id);
  chat.bannedSenders = untilDate === undefined ? others : [...others, { chatId: sender.id, untilDate }];
  world.saveChat(chat);
}
