/**
 * users.UserFull / messages.ChatFull → Bot API ChatFullInfo (getChat), filling what the
 * TL objects carry, field by field as the official server writes them.
 * https://core.telegram.org/bots/api#chatfullinfo
 */
import type { Chat, ChatFullInfo, Message } from "@grammyjs/types";
import { Api } from "telegram";
import { toChatId } from "./chat-id.ts";
import { activeUsernames, chatOfPeer, toBotChat } from "./chat.ts";
import { toChatPhoto } from "./chat-photo.ts";
import { toNumber } from "./long.ts";
import type { FileIdsOf } from "./media/file-location.ts";
import { toLocation } from "./media/places.ts";
import { peerDirectory, type ChatEntity } from "./peers.ts";
import { toChatPermissions } from "./permissions.ts";
import { toAvailableReactions } from "./reactions.ts";

type AllKeys<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? Exclude<U[K], undefined> : never) : never;

/** ChatFullInfo as one flat object type: grammY's union marks other chat types' fields `undefined`. */
export type FullInfo = { [K in AllKeys<ChatFullInfo>]?: ValueOf<ChatFullInfo, K> } & {
  id: number;
  type: Chat["type"];
  accent_color_id: number;
  max_reaction_count: number;
  accepted_gift_types: ChatFullInfo["accepted_gift_types"];
};

export interface ChatFullOptions {
  readonly fileIds: FileIdsOf;
  /** The pinned message, converted by the caller (it has to be fetched). */
  readonly pinnedMessage?: Message;
}

/** Telegram's default limit of distinct reactions on one message (app config `reactions_uniq_max`). */
const DEFAULT_MAX_REACTIONS = 11;
/** Without a chosen color, TDLib derives the accent color from the id. */
const defaultAccent = (id: Api.long) => toNumber(id) % 7;

const gifts = (all: boolean) => ({
  unlimited_gifts: all, limited_gifts: all, unique_gifts: all, premium_subscription: all, gifts_from_channels: all,
});

export function toChatFullInfo(full: Api.users.UserFull | Api.messages.ChatFull, options: ChatFullOptions): FullInfo {
  const peers = peerDirectory(full.users, full.chats);
  if (full instanceof Api.users.UserFull) {
    const info = full.fullUser;
    const user = peers.user(toNumber(info.id)) ?? new Api.User({ id: info.id, firstName: "" } as never);
    const out: FullInfo = {
      ...toBotChat(user),
      accent_color_id: user.color?.color ?? defaultAccent(user.id),
      max_reaction_count: DEFAULT_MAX_REACTIONS,
      accepted_gift_types: gifts(true),
    };
    const usernames = activeUsernames(user);
    if (usernames.length > 0) out.active_usernames = usernames;
    if (info.about) out.bio = info.about;
    if (info.privateForwardName) out.has_private_forwards = true;
    if (info.voiceMessagesForbidden) out.has_restricted_voice_and_video_messages = true;
    if (info.birthday) {
      out.birthdate = { day: info.birthday.day, month: info.birthday.month };
      if (info.birthday.year) out.birthdate.year = info.birthday.year;
    }
    if (info.personalChannelId) {
      out.personal_chat = chatOfPeer(peers, { kind: "channel", id: toNumber(info.personalChannelId) });
    }
    if (user.emojiStatus instanceof Api.EmojiStatus) {
      out.emoji_status_custom_emoji_id = user.emojiStatus.documentId.toString();
      if (user.emojiStatus.until) out.emoji_status_expiration_date = user.emojiStatus.until;
    }
    addColors(out, user.color, user.profileColor);
    return finish(out, user, info.ttlPeriod, options);
  }
  const info = full.fullChat;
  const entity: ChatEntity = info instanceof Api.ChannelFull
    ? (peers.channel(toNumber(info.id)) ?? new Api.ChannelForbidden({ id: info.id, accessHash: info.id, title: "" } as never))
    : (peers.group(toNumber(info.id)) ?? new Api.ChatForbidden({ id: info.id, title: "" }));
  const out: FullInfo = {
    ...toBotChat(entity),
    accent_color_id: defaultAccent(entity.id),
    max_reaction_count: info.reactionsLimit ?? DEFAULT_MAX_REACTIONS,
    accepted_gift_types: gifts(info instanceof Api.ChannelFull && Boolean(info.stargiftsAvailable)),
  };
  if (info.about) out.description = info.about;
  if (info.exportedInvite instanceof Api.ChatInviteExported) out.invite_link = info.exportedInvite.link;
  const reactions = toAvailableReactions(info.availableReactions);
  if (reactions) out.available_reactions = reactions;
  if (entity instanceof Api.Chat) {
    out.permissions = toChatPermissions(entity.defaultBannedRights);
    if (entity.noforwards) out.has_protected_content = true;
  }
  if (info instanceof Api.ChannelFull) addChannelFields(out, info, entity);
  return finish(out, entity, info.ttlPeriod, options);
}

function addChannelFields(out: FullInfo, info: Api.ChannelFull, entity: ChatEntity): void {
  const isSupergroup = out.type === "supergroup";
  if (entity instanceof Api.Channel) {
    const usernames = activeUsernames(entity);
    if (usernames.length > 0) out.active_usernames = usernames;
    if (isSupergroup) {
      out.permissions = toChatPermissions(entity.defaultBannedRights);
      if (entity.joinToSend) out.join_to_send_messages = true;
      if (entity.joinRequest) out.join_by_request = true;
    }
    if (entity.noforwards) out.has_protected_content = true;
    if (entity.color?.color !== undefined) out.accent_color_id = entity.color.color;
    addColors(out, entity.color, entity.profileColor);
  }
  if (info.stickerset) out.sticker_set_name = info.stickerset.shortName;
  if (info.emojiset) out.custom_emoji_sticker_set_name = info.emojiset.shortName;
  if (info.canSetStickers) out.can_set_sticker_set = true;
  // A channel's whole history is always visible to newcomers.
  if (!isSupergroup || !info.hiddenPrehistory) out.has_visible_history = true;
  if (isSupergroup && info.participantsHidden) out.has_hidden_members = true;
  if (info.antispam) out.has_aggressive_anti_spam_enabled = true;
  if (info.slowmodeSeconds) out.slow_mode_delay = info.slowmodeSeconds;
  if (info.boostsUnrestrict) out.unrestrict_boost_count = info.boostsUnrestrict;
  if (info.linkedChatId) out.linked_chat_id = toChatId({ kind: "channel", id: toNumber(info.linkedChatId) });
  if (info.location instanceof Api.ChannelLocation) {
    const location = toLocation(info.location.geoPoint);
    if (location) out.location = { location, address: info.location.address };
  }
  if (!isSupergroup && info.paidMediaAllowed) out.can_send_paid_media = true;
}

function addColors(out: FullInfo, color: Api.TypePeerColor | undefined, profile: Api.TypePeerColor | undefined): void {
  if (color?.color !== undefined) out.accent_color_id = color.color;
  if (color?.backgroundEmojiId) out.background_custom_emoji_id = color.backgroundEmojiId.toString();
  if (profile?.color !== undefined) out.profile_accent_color_id = profile.color;
  if (profile?.backgroundEmojiId) out.profile_background_custom_emoji_id = profile.backgroundEmojiId.toString();
}

function finish(out: FullInfo, entity: Api.User | ChatEntity, ttl: number | undefined, options: ChatFullOptions): FullInfo {
  const photo = toChatPhoto(entity, options.fileIds);
  if (photo) out.photo = photo;
  if (options.pinnedMessage) out.pinned_message = options.pinnedMessage;
  if (ttl) out.message_auto_delete_time = ttl;
  return out;
}
