/** How the control API shows messages and chats (Bot API field names, ids as numbers). */
import { Api } from "telegram";
import { botApiChatId } from "../world/ids.ts";
import { inviteUrl } from "../world/invites.ts";
import { chatStickerSet } from "../world/sticker-sets.ts";
import type { Account, Chat, InviteLink, Member } from "../world/types.ts";
import type { World } from "../world/world.ts";
import { entityFromTl } from "./entities.ts";
import { markupToBotApi } from "./markup.ts";
import { tlToJson } from "./tl-json.ts";

type Json = Record<string, unknown>;

function peerChatId(peer: Api.TypePeer): number {
  if (peer instanceof Api.PeerUser) return peer.userId.toJSNumber();
  if (peer instanceof Api.PeerChat) return botApiChatId({ kind: "group", id: peer.chatId.toJSNumber() });
  return botApiChatId({ kind: "channel", id: (peer as Api.PeerChannel).channelId.toJSNumber() });
}

/** The Bot API's name for a document, from its attributes. */
function documentType(attributes: Api.TypeDocumentAttribute[]): string {
  const has = (Class: abstract new (...args: never[]) => unknown) => attributes.some((a) => a instanceof Class);
  const video = attributes.find((a): a is Api.DocumentAttributeVideo => a instanceof Api.DocumentAttributeVideo);
  const audio = attributes.find((a): a is Api.DocumentAttributeAudio => a instanceof Api.DocumentAttributeAudio);
  if (has(Api.DocumentAttributeSticker)) return "sticker";
  if (has(Api.DocumentAttributeAnimated)) return "animation";
  if (video) return video.roundMessage ? "video_note" : "video";
  if (audio) return audio.voice ? "voice" : "audio";
  return "document";
}

function mediaView(media: Api.TypeMessageMedia | undefined): Json | undefined {
  if (media instanceof Api.MessageMediaPhoto && media.photo instanceof Api.Photo) {
    const size = media.photo.sizes.at(-1) as Api.PhotoSize | undefined;
    return { type: "photo", width: size?.w, height: size?.h, file_size: size?.size };
  }
  if (media instanceof Api.MessageMediaDocument && media.document instanceof Api.Document) {
    const doc = media.document;
    const view: Json = { type: documentType(doc.attributes), mime_type: doc.mimeType, file_size: doc.size.toJSNumber() };
    for (const attribute of doc.attributes) {
      if (attribute instanceof Api.DocumentAttributeFilename) view.file_name = attribute.fileName;
      if (attribute instanceof Api.DocumentAttributeVideo) Object.assign(view, { width: attribute.w, height: attribute.h, duration: attribute.duration });
      if (attribute instanceof Api.DocumentAttributeAudio) view.duration = attribute.duration;
      if (attribute instanceof Api.DocumentAttributeImageSize) Object.assign(view, { width: attribute.w, height: attribute.h });
    }
    return view;
  }
  if (!media || media instanceof Api.MessageMediaEmpty) return undefined;
  // Media without a file (geo, venue, contact, dice, poll, web page) are shown whole, as TL JSON.
  const { _: _name, ...fields } = tlToJson(media) as Json;
  return { type: media.className.replace(/^MessageMedia/, "").toLowerCase(), ...fields };
}

/** A message as `viewer` has it; `from` is the sender's id (the chat's for channel posts). */
export function messageView(message: Api.Message | Api.MessageService, viewer: Account): Json {
  const sender = message.fromId
    ? peerChatId(message.fromId)
    : message.peerId instanceof Api.PeerUser
      ? message.out
        ? viewer.id
        : message.peerId.userId.toJSNumber()
      : peerChatId(message.peerId);
  const head: Json = { message_id: message.id, from: sender, chat_id: peerChatId(message.peerId), date: message.date };
  if (message instanceof Api.MessageService) return { ...head, action: tlToJson(message.action) };
  const view: Json = { ...head, text: message.message };
  const entities = (message.entities ?? []).map(entityFromTl).filter(Boolean);
  if (entities.length) view.entities = entities;
  const media = mediaView(message.media);
  if (media) view.media = media;
  const markup = markupToBotApi(message.replyMarkup);
  if (markup) view.reply_markup = markup;
  if (message.replyTo instanceof Api.MessageReplyHeader && message.replyTo.replyToMsgId) {
    view.reply_to_message_id = message.replyTo.replyToMsgId;
  }
  if (message.replyTo instanceof Api.MessageReplyHeader && message.replyTo.quoteText !== undefined) {
    view.quote = message.replyTo.quoteText;
  }
  if (message.fwdFrom) view.forward_from = message.fwdFrom.fromId ? peerChatId(message.fwdFrom.fromId) : null;
  if (message.noforwards) view.protect_content = true;
  if (message.silent) view.silent = true;
  if (message.reactions) view.reactions = tlToJson(message.reactions.results);
  if (message.editDate) view.edit_date = message.editDate;
  return view;
}

function memberView(world: World, member: Member): Json {
  const account = world.account(member.userId);
  const view: Json = { user_id: member.userId, status: member.status, is_bot: account?.kind === "bot" };
  if (account?.username) view.username = account.username;
  if (member.adminRights) view.rights = member.adminRights;
  if (member.bannedRights) view.restrictions = member.bannedRights;
  if (member.rank) view.custom_title = member.rank;
  return view;
}

function inviteView(link: InviteLink): Json {
  const view: Json = { invite_link: inviteUrl(link.hash), creator_id: link.adminId, is_primary: Boolean(link.permanent), is_revoked: Boolean(link.revoked) };
  if (link.title) view.name = link.title;
  if (link.expireDate) view.expire_date = link.expireDate;
  if (link.usageLimit) view.member_limit = link.usageLimit;
  if (link.requestNeeded) view.creates_join_request = true;
  if (link.subscription) Object.assign(view, { subscription_period: link.subscription.period, subscription_price: link.subscription.amount });
  return view;
}

/** A group, supergroup or channel as the control API shows it. */
export function chatView(world: World, chat: Chat): Json {
  const view: Json = {
    chat_id: botApiChatId({ kind: chat.kind === "group" ? "group" : "channel", id: chat.id }),
    type: chat.kind,
    title: chat.title,
    members: chat.members.map((m) => memberView(world, m)),
    permissions: chat.defaultBannedRights,
    pinned_message_ids: chat.pinnedIds,
    invite_links: (chat.inviteLinks ?? []).map(inviteView),
  };
  if (chat.username) view.username = chat.username;
  if (chat.about) view.description = chat.about;
  if (chat.migratedTo !== undefined) view.migrate_to_chat_id = botApiChatId({ kind: "channel", id: chat.migratedTo });
  if (chat.joinRequests?.length) view.join_requests = chat.joinRequests.map((r) => ({ user_id: r.userId, date: r.date }));
  if (chat.bannedSenders?.length) {
    view.banned_sender_chats = chat.bannedSenders.map((b) => ({ chat_id: botApiChatId({ kind: "channel", id: b.chatId }), until_date: b.untilDate }));
  }
  if (chat.kind === "supergroup") view.is_forum = chat.forum;
  const stickerSet = chatStickerSet(world, chat);
  if (stickerSet) view.sticker_set_name = stickerSet.shortName;
  return view;
}

/** A private chat with `other` as the control API shows it. */
export function privateChatView(other: Account): Json {
  const view: Json = { chat_id: other.id, type: "private", first_name: other.firstName, is_bot: other.kind === "bot" };
  if (other.lastName) view.last_name = other.lastName;
  if (other.username) view.username = other.username;
  return view;
}
