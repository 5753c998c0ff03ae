/**
 * Who sent a message, in the Bot API's terms: `from` (a user), `sender_chat` (a chat
 * posting in its own name), or both, with the fake users the official server puts in
 * `from` for backward compatibility when a chat speaks in a group.
 * https://core.telegram.org/bots/api#message
 */
import type { Chat, User } from "@grammyjs/types";
import { Api } from "telegram";
import { chatOfPeer, userOf } from "./chat.ts";
import { toNumber } from "./long.ts";
import { peerRef, type PeerDirectory } from "./peers.ts";

/** @GroupAnonymousBot: `from` of a message an anonymous administrator sent as the group. */
export const GROUP_ANONYMOUS_BOT: User = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };
/** @Channel_Bot: `from` of a message a channel sent in a group. */
export const CHANNEL_BOT: User = { id: 136817688, is_bot: true, first_name: "Channel", username: "Channel_Bot" };

export interface Sender {
  from?: User;
  sender_chat?: Chat;
}

/**
 * `selfId` is the account the TL objects were received by: it is the sender of its own
 * outgoing messages in private chats, where Telegram leaves `from_id` out.
 */
export function toSender(
  raw: { out?: boolean; fromId?: Api.TypePeer; peerId: Api.TypePeer },
  chat: Chat,
  peers: PeerDirectory,
  selfId: number,
): Sender {
  const from = raw.fromId;
  if (from instanceof Api.PeerUser) return { from: userOf(peers, toNumber(from.userId)) };
  if (from) {
    const senderChat = chatOfPeer(peers, peerRef(from));
    if (chat.type === "channel") return { sender_chat: senderChat };
    return { from: senderChat.id === chat.id ? GROUP_ANONYMOUS_BOT : CHANNEL_BOT, sender_chat: senderChat };
  }
  if (chat.type === "channel") return { sender_chat: chat };
  if (chat.type === "private") return { from: userOf(peers, raw.out ? selfId : chat.id) };
  return {};
}
