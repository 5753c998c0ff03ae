/**
 * Bot API chat ids, as the official server forms them: users positive, basic groups
 * `-id`, supergroups and channels `-(10^12 + id)`.
 * https://core.telegram.org/bots/api#chat
 */

export type PeerKind = "user" | "chat" | "channel";

export interface PeerRef {
  readonly kind: PeerKind;
  /** The MTProto id (always positive). */
  readonly id: number;
}

const CHANNEL_OFFSET = 1_000_000_000_000;
/** TDLib's bounds: user and basic-group ids fit 40 bits; channel ids stay below 10^12 offset range. */
const MAX_USER_ID = 2 ** 40 - 1;
const MAX_CHAT_ID = 999_999_999_999;
const MAX_CHANNEL_ID = 1_000_000_000_000 - 1;

/** The Bot API chat id of an MTProto peer. */
export function toChatId(peer: PeerRef): number {
  switch (peer.kind) {
    case "user":
      return peer.id;
    case "chat":
      return -peer.id;
    case "channel":
      return -(CHANNEL_OFFSET + peer.id);
  }
}

/** The MTProto peer a Bot API chat id names, or undefined when no peer can have it. */
export function fromChatId(chatId: number): PeerRef | undefined {
  if (!Number.isSafeInteger(chatId) || chatId === 0) return undefined;
  if (chatId > 0) return chatId <= MAX_USER_ID ? { kind: "user", id: chatId } : undefined;
  if (chatId >= -MAX_CHAT_ID) return { kind: "chat", id: -chatId };
  const channelId = -chatId - CHANNEL_OFFSET;
  if (channelId >= 1 && channelId <= MAX_CHANNEL_ID) return { kind: "channel", id: channelId };
  return undefined;
}
