/**
 * The chat a chat-area method acts on, as one of the three kinds Telegram serves with
 * different TL calls (users.*, messages.* for basic groups, channels.* for supergroups
 * and channels), and the official server's access checks on basic groups.
 */
import bigInt from "big-integer";
import { Api } from "telegram";
import { toChatId } from "../../convert/chat-id.ts";
import { toNumber } from "../../convert/long.ts";
import type { Account } from "../../telegram/account.ts";
import { resolveChat } from "../../telegram/resolve.ts";
import { BotApiError } from "../types.ts";
import { CHAT_TEXTS, chatError } from "./texts.ts";

export type ChatTarget =
  | { kind: "private"; chatId: number; peer: Api.TypeInputPeer }
  | { kind: "group"; chatId: number; groupId: bigInt.BigInteger; peer: Api.InputPeerChat }
  | { kind: "channel"; chatId: number; peer: Api.InputPeerChannel; channel: Api.InputChannel };

/** How much a method needs of a basic group, as the official's AccessRights. */
export type Access = "read" | "members" | "write";

export async function chatTarget(account: Account, chatId: unknown, access: Access = "read"): Promise<ChatTarget> {
  const peer = await resolveChat(account, chatId);
  if (peer instanceof Api.InputPeerChat) {
    const target = { kind: "group" as const, chatId: toChatId({ kind: "chat", id: toNumber(peer.chatId) }), groupId: peer.chatId, peer };
    if (access !== "read") await checkGroup(account, target);
    return target;
  }
  if (peer instanceof Api.InputPeerChannel) {
    const channel = new Api.InputChannel({ channelId: peer.channelId, accessHash: peer.accessHash });
    return { kind: "channel", chatId: toChatId({ kind: "channel", id: toNumber(peer.channelId) }), peer, channel };
  }
  const userId = peer instanceof Api.InputPeerUser ? toNumber(peer.userId) : account.id;
  return { kind: "private", chatId: userId, peer };
}

/** A basic group the bot may act in: not upgraded, not deleted, still a member. */
async function checkGroup(account: Account, target: { groupId: bigInt.BigInteger }): Promise<void> {
  const { chats } = await account.invoke(new Api.messages.GetChats({ id: [target.groupId] }));
  const chat = chats[0];
  if (chat instanceof Api.ChatForbidden) throw new BotApiError(403, "Forbidden: bot was kicked from the group chat");
  if (!(chat instanceof Api.Chat)) throw new BotApiError(400, "Bad Request: chat not found");
  if (chat.deactivated) {
    if (chat.migratedTo instanceof Api.InputChannel) {
      const migrateTo = toChatId({ kind: "channel", id: toNumber(chat.migratedTo.channelId) });
      throw new BotApiError(400, `Bad Request: ${CHAT_TEXTS.upgraded}`, { migrate_to_chat_id: migrateTo });
    }
    throw new BotApiError(403, "Forbidden: the group chat was deleted");
  }
  if (chat.left) throw new BotApiError(403, "Forbidden: bot is not a member of the group chat");
}

/** The InputUser for a Bot API user_id, with the access hash the bot has seen (or 0, as TDLib does for bots). */
export function userInput(account: Account, userId: unknown): Api.InputUser {
  const id = typeof userId === "number" ? userId : Number(userId);
  if (!Number.isSafeInteger(id) || id <= 0) throw chatError("invalidUserId");
  const hash = account.peers.accessHash({ kind: "user", id }) ?? "0";
  return new Api.InputUser({ userId: bigInt(id), accessHash: bigInt(hash) });
}

/** The supergroup or channel entity, for the checks the official makes from what it knows of it. */
export async function channelEntity(account: Account, target: Extract<ChatTarget, { kind: "channel" }>): Promise<Api.Channel> {
  const { chats } = await account.invoke(new Api.channels.GetChannels({ id: [target.channel] }));
  const chat = chats[0];
  if (chat instanceof Api.ChannelForbidden) throw new BotApiError(403, "Forbidden: bot was kicked from the supergroup chat");
  if (!(chat instanceof Api.Channel)) throw new BotApiError(400, "Bad Request: chat not found");
  return chat;
}

export const chatTypeOf = (channel: Api.Channel) => (channel.megagroup ? "supergroup" : "channel");
