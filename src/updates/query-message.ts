/**
 * Messages an update names only by id, which the Bot API shows whole: the message under
 * a pressed inline button (callback_query.message) and the message a new message replies
 * to (reply_to_message). Recently seen messages answer from memory; others are fetched as
 * the official server does, and one the bot cannot get any more is left out.
 */
import { Api } from "telegram";
import { toNumber } from "../convert/long.ts";
import type { RawMessage } from "../convert/message.ts";
import type { Account } from "../telegram/account.ts";

export interface FetchedMessage {
  readonly message: RawMessage;
  readonly users: Api.TypeUser[];
  readonly chats: Api.TypeChat[];
}

/** Enough for replies to recent messages in busy chats without a fetch each. */
const RECENT_LIMIT = 2000;

const keyOf = (peer: Api.TypePeer, id: number) => `${peer.className}:${peerId(peer)}:${id}`;

function peerId(peer: Api.TypePeer): string {
  if (peer instanceof Api.PeerUser) return peer.userId.toString();
  if (peer instanceof Api.PeerChat) return peer.chatId.toString();
  return (peer as Api.PeerChannel).channelId.toString();
}

export class MessageLookup {
  private readonly recent = new Map<string, RawMessage>();

  constructor(
    private readonly account: Account,
    private readonly remember: (users: Api.TypeUser[], chats: Api.TypeChat[]) => void,
  ) {}

  /** Keeps a message the manager saw, so a reply to it needs no fetch. */
  keep(message: RawMessage): void {
    const key = keyOf(message.peerId, message.id);
    this.recent.delete(key);
    this.recent.set(key, message);
    if (this.recent.size > RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value!);
  }

  /** The message `id` of the chat `peer`, from memory or Telegram; undefined when it cannot be had. */
  async get(peer: Api.TypePeer, id: number): Promise<FetchedMessage | undefined> {
    const known = this.recent.get(keyOf(peer, id));
    if (known) return { message: known, users: [], chats: [] };
    const fetched = await this.fetch(peer, id);
    if (fetched) this.keep(fetched.message);
    return fetched;
  }

  private async fetch(peer: Api.TypePeer, msgId: number): Promise<FetchedMessage | undefined> {
    const id = [new Api.InputMessageID({ id: msgId })];
    let result: Api.messages.TypeMessages;
    try {
      if (peer instanceof Api.PeerChannel) {
        const input = this.account.peers.inputPeerOf({ kind: "channel", id: toNumber(peer.channelId) }) as Api.InputPeerChannel;
        const channel = new Api.InputChannel({ channelId: input.channelId, accessHash: input.accessHash });
        result = await this.account.invoke(new Api.channels.GetMessages({ channel, id }));
      } else {
        result = await this.account.invoke(new Api.messages.GetMessages({ id }));
      }
    } catch {
      return undefined;
    }
    if (result instanceof Api.messages.MessagesNotModified) return undefined;
    this.remember(result.users, result.chats);
    const message = result.messages.find((m) => m.id === msgId);
    if (!(message instanceof Api.Message || message instanceof Api.MessageService)) return undefined;
    return { message, users: result.users, chats: result.chats };
  }
}

/** The message an update's message replies to in the same chat, if any. */
export function repliedId(message: Api.TypeMessage): number | undefined {
  if (!(message instanceof Api.Message || message instanceof Api.MessageService)) return undefined;
  const header = message.replyTo;
  if (!(header instanceof Api.MessageReplyHeader) || header.replyToPeerId || !header.replyToMsgId) return undefined;
  return header.replyToMsgId;
}
