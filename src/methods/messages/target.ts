/** The chat a request names, and the messages in it the request points at. */
import { Api } from "telegram";
import type { PeerRef } from "../../convert/chat-id.ts";
import { toNumber } from "../../convert/long.ts";
import type { RawMessage } from "../../convert/message.ts";
import type { Account } from "../../telegram/account.ts";
import { resolveChat } from "../../telegram/resolve.ts";
import type { CallContext } from "../types.ts";
import { MESSAGE_ERRORS, type MessageRole } from "./errors.ts";
import { learn } from "./known-peers.ts";

export interface ChatTarget {
  readonly account: Account;
  readonly input: Api.TypeInputPeer;
  /** The chat as messages name it. */
  readonly peer: Api.TypePeer;
  readonly ref: PeerRef;
}

function peerOf(account: Account, input: Api.TypeInputPeer): { peer: Api.TypePeer; ref: PeerRef } {
  if (input instanceof Api.InputPeerChat) return { peer: new Api.PeerChat({ chatId: input.chatId }), ref: { kind: "chat", id: toNumber(input.chatId) } };
  if (input instanceof Api.InputPeerChannel) {
    return { peer: new Api.PeerChannel({ channelId: input.channelId }), ref: { kind: "channel", id: toNumber(input.channelId) } };
  }
  const userId = input instanceof Api.InputPeerUser ? input.userId : account.me.id;
  return { peer: new Api.PeerUser({ userId }), ref: { kind: "user", id: toNumber(userId) } };
}

export async function openChat(ctx: CallContext, chatId: unknown): Promise<ChatTarget> {
  const account = await ctx.account();
  return targetOf(account, await resolveChat(account, chatId));
}

export function targetOf(account: Account, input: Api.TypeInputPeer): ChatTarget {
  return { account, input, ...peerOf(account, input) };
}

/** The chat's messages by id, in the request's order (MessageEmpty where there is none). */
export async function fetchMessages(target: ChatTarget, ids: number[], method: string): Promise<{ messages: Api.TypeMessage[]; result: unknown }> {
  const id = ids.map((value) => new Api.InputMessageID({ id: value }));
  const result = target.input instanceof Api.InputPeerChannel
    ? await target.account.invoke(new Api.channels.GetMessages({ channel: new Api.InputChannel(target.input), id }), method)
    : await target.account.invoke(new Api.messages.GetMessages({ id }), method);
  learn(target.account, result);
  const byId = new Map<number, Api.TypeMessage>();
  if ("messages" in result) for (const message of result.messages) byId.set(message.id, message);
  return { messages: ids.map((value) => byId.get(value) ?? new Api.MessageEmpty({ id: value })), result };
}

function inChat(message: Api.TypeMessage | undefined, target: ChatTarget): message is RawMessage {
  if (!(message instanceof Api.Message || message instanceof Api.MessageService)) return false;
  return message.peerId.getBytes().equals(target.peer.getBytes());
}

/**
 * The official server's check_message: the message must exist in the chat, else
 * "<role> not found". Message ids below 1 never exist.
 */
export async function checkMessage(target: ChatTarget, id: number | undefined, role: MessageRole, method: string): Promise<RawMessage> {
  if (!id || id < 1) throw MESSAGE_ERRORS.notFound(role);
  const { messages } = await fetchMessages(target, [id], method);
  const message = messages[0];
  if (!inChat(message, target)) throw MESSAGE_ERRORS.notFound(role);
  return message;
}

/** check_messages: the ids found in the chat, the others skipped. */
export async function existingMessages(target: ChatTarget, ids: number[], method: string): Promise<RawMessage[]> {
  const { messages } = await fetchMessages(target, ids, method);
  return messages.filter((message): message is RawMessage => inChat(message, target));
}
