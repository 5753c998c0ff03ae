/**
 * TL Message / MessageService → Bot API Message. Everything it reads comes in as
 * arguments: the message, the peers that came with it, the receiving account's id and, if
 * the caller has it, the message it replies to.
 * https://core.telegram.org/bots/api#message
 */
import type { Chat, InaccessibleMessage, Message } from "@grammyjs/types";
import { Api } from "telegram";
import { chatOfPeer, userOf } from "./chat.ts";
import { toBotEntities } from "./entities.ts";
import { toMessageOrigin } from "./forward-origin.ts";
import { toInlineKeyboard } from "./inline-keyboard.ts";
import { toLinkPreviewOptions } from "./link-preview.ts";
import { toNumber } from "./long.ts";
import { toMediaContent } from "./media/content.ts";
import type { MediaContext } from "./media/file-location.ts";
import { entityOf, peerRef, type PeerDirectory } from "./peers.ts";
import { toExternalReply, toTextQuote, toThread } from "./reply.ts";
import { toSender } from "./sender.ts";
import { toServiceFields } from "./service.ts";

export interface MessageOptions extends MediaContext {
  /** The account that received the TL objects (the bot). */
  readonly selfId: number;
  /**
   * The message this one replies to (or, for a pin, the pinned message), when the caller
   * has it. It is converted without its own reply, as the official server nests one level.
   */
  readonly replyTo?: Api.Message | Api.MessageService;
}

export type RawMessage = Api.Message | Api.MessageService;

/** Layer-198 fields that GramJS's hand-written Message typing leaves out (they are there at run time). */
type Layer198Message = Api.Message & { offline?: boolean; fromBoostsApplied?: number; effect?: Api.long; invertMedia?: boolean };

/** Undefined for service messages the Bot API does not show. */
export function toBotMessage(raw: RawMessage, peers: PeerDirectory, options: MessageOptions): Message | undefined {
  const chat = chatOfPeer(peers, peerRef(raw.peerId));
  const out: Message = { message_id: raw.id, ...toSender(raw, chat, peers, options.selfId), date: raw.date, chat };
  if (chat.type === "supergroup" || chat.type === "channel") Object.assign(out, toThread(raw.replyTo));

  if (raw instanceof Api.MessageService) {
    if (raw.action instanceof Api.MessageActionPinMessage) {
      out.pinned_message = pinnedMessage(raw, chat, peers, options);
      return out;
    }
    const fields = toServiceFields(raw.action, { chat, sender: out.from, peers, media: options });
    return fields && Object.assign(out, fields);
  }

  const extra = raw as Layer198Message;
  if (raw.fwdFrom) {
    out.forward_origin = toMessageOrigin(raw.fwdFrom, peers);
    if (isAutomaticForward(raw, chat)) out.is_automatic_forward = true;
  }
  addReply(out, raw, peers, options);
  if (raw.viaBotId) out.via_bot = userOf(peers, toNumber(raw.viaBotId));
  if (raw.editDate && !raw.editHide) out.edit_date = raw.editDate;
  if (raw.noforwards || isProtectedChat(raw.peerId, peers)) out.has_protected_content = true;
  if (extra.offline) out.is_from_offline = true;
  if (raw.groupedId) out.media_group_id = raw.groupedId.toString();
  if (raw.postAuthor) out.author_signature = raw.postAuthor;
  if (extra.fromBoostsApplied) out.sender_boost_count = extra.fromBoostsApplied;
  if (extra.effect) out.effect_id = extra.effect.toString();

  const content = toMediaContent(raw.media, options, peers);
  const entities = toBotEntities(raw.entities, peers);
  if (content.captioned) {
    if (raw.message) out.caption = raw.message;
    if (raw.message && entities.length > 0) out.caption_entities = entities;
    if (extra.invertMedia) out.show_caption_above_media = true;
  } else if (raw.message) {
    out.text = raw.message;
    if (entities.length > 0) out.entities = entities;
    const preview = toLinkPreviewOptions(raw.media, raw.entities, extra.invertMedia);
    if (preview) out.link_preview_options = preview;
  }
  Object.assign(out, content.fields);
  const keyboard = toInlineKeyboard(raw.replyMarkup);
  if (keyboard) out.reply_markup = keyboard;
  return out;
}

function addReply(out: Message, raw: Api.Message, peers: PeerDirectory, options: MessageOptions): void {
  const header = raw.replyTo;
  if (!(header instanceof Api.MessageReplyHeader)) return;
  const external = toExternalReply(header, peers, options);
  if (external) out.external_reply = external;
  else if (options.replyTo && options.replyTo.id === header.replyToMsgId) {
    const replied = toBotMessage(options.replyTo, peers, { ...options, replyTo: undefined });
    if (replied) out.reply_to_message = replied as never;
  }
  const quote = toTextQuote(header, peers);
  if (quote) out.quote = quote;
}

/** The pinned message, or an InaccessibleMessage when the caller could not give it. */
function pinnedMessage(
  raw: Api.MessageService, chat: Chat, peers: PeerDirectory, options: MessageOptions,
): Message | InaccessibleMessage {
  const id = raw.replyTo instanceof Api.MessageReplyHeader ? (raw.replyTo.replyToMsgId ?? 0) : 0;
  const pinned = options.replyTo?.id === id ? toBotMessage(options.replyTo, peers, { ...options, replyTo: undefined }) : undefined;
  return pinned ?? { chat, message_id: id, date: 0 };
}

/** A channel post that Telegram copied into the channel's discussion group. */
function isAutomaticForward(raw: Api.Message, chat: Chat): boolean {
  const saved = raw.fwdFrom?.savedFromPeer;
  return chat.type === "supergroup" && raw.fromId instanceof Api.PeerChannel && saved instanceof Api.PeerChannel &&
    toNumber(saved.channelId) === toNumber(raw.fromId.channelId);
}

function isProtectedChat(peer: Api.TypePeer, peers: PeerDirectory): boolean {
  const entity = entityOf(peers, peerRef(peer));
  return (entity instanceof Api.Chat || entity instanceof Api.Channel) && Boolean(entity.noforwards);
}
