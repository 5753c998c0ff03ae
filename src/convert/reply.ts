/**
 * A message's TL reply header → the Bot API's reply fields: `external_reply` (a reply to a
 * message in another chat, or one the bot cannot see), `quote`, and the thread fields.
 * `reply_to_message` itself is filled by message.ts from the replied message, if given.
 * https://core.telegram.org/bots/api#externalreplyinfo
 */
import type { ExternalReplyInfo, TextQuote } from "@grammyjs/types";
import { Api } from "telegram";
import { chatOfPeer } from "./chat.ts";
import { toBotEntities } from "./entities.ts";
import { toMessageOrigin } from "./forward-origin.ts";
import type { MediaContext } from "./media/file-location.ts";
import { toMediaContent } from "./media/content.ts";
import { peerRef, type PeerDirectory } from "./peers.ts";

export function toTextQuote(header: Api.MessageReplyHeader, peers: PeerDirectory): TextQuote | undefined {
  // Decoded TL leaves absent flag fields null.
  if (header.quoteText == null) return undefined;
  const out: TextQuote = { text: header.quoteText, position: header.quoteOffset ?? 0 };
  const entities = toBotEntities(header.quoteEntities, peers);
  if (entities.length > 0) out.entities = entities;
  if (header.quote) out.is_manual = true;
  return out;
}

/** Undefined for a reply inside the same chat (that is reply_to_message's job). */
export function toExternalReply(
  header: Api.MessageReplyHeader, peers: PeerDirectory, media: MediaContext,
): ExternalReplyInfo | undefined {
  if (!header.replyFrom && !header.replyToPeerId) return undefined;
  const chat = header.replyToPeerId ? chatOfPeer(peers, peerRef(header.replyToPeerId)) : undefined;
  const origin = header.replyFrom
    ? toMessageOrigin(header.replyFrom, peers)
    : chat!.type === "channel"
      ? { type: "channel" as const, date: 0, chat: chat!, message_id: header.replyToMsgId ?? 0 }
      : { type: "chat" as const, date: 0, sender_chat: chat! };
  const out: ExternalReplyInfo = { origin };
  if (chat && chat.type !== "private") {
    out.chat = chat;
    if (header.replyToMsgId) out.message_id = header.replyToMsgId;
  }
  Object.assign(out, toMediaContent(header.replyMedia, media, peers).fields);
  return out;
}

/** The thread a message belongs to, and whether that thread is a forum topic. */
export function toThread(header: Api.TypeMessageReplyHeader | undefined): { message_thread_id?: number; is_topic_message?: true } {
  if (!(header instanceof Api.MessageReplyHeader)) return {};
  const thread = header.replyToTopId ?? header.replyToMsgId;
  if (thread === undefined) return {};
  return header.forumTopic ? { message_thread_id: thread, is_topic_message: true } : { message_thread_id: thread };
}
