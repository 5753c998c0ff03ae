/**
 * A TL MessageAction → the Bot API service-message fields it stands for. Undefined for
 * actions the Bot API does not show (the official server does not deliver those).
 * https://core.telegram.org/bots/api#message
 */
import type { Chat, Message, User } from "@grammyjs/types";
import { Api } from "telegram";
import { toChatId } from "./chat-id.ts";
import { userOf } from "./chat.ts";
import { toNumber } from "./long.ts";
import type { MediaContext } from "./media/file-location.ts";
import { toPhotoSizes } from "./media/photo.ts";
import { peerRef, type PeerDirectory } from "./peers.ts";

export type ServiceFields = Partial<Message>;

export interface ServiceInput {
  readonly chat: Chat;
  /** The service message's sender, who joined by link or by request. */
  readonly sender?: User;
  readonly peers: PeerDirectory;
  readonly media: MediaContext;
}

export function toServiceFields(action: Api.TypeMessageAction, input: ServiceInput): ServiceFields | undefined {
  const { peers, chat } = input;
  const users = (ids: readonly Api.long[]) => ids.map((id) => userOf(peers, toNumber(id)));
  if (action instanceof Api.MessageActionChatAddUser) return { new_chat_members: users(action.users) };
  if (action instanceof Api.MessageActionChatJoinedByLink || action instanceof Api.MessageActionChatJoinedByRequest) {
    return input.sender ? { new_chat_members: [input.sender] } : undefined;
  }
  if (action instanceof Api.MessageActionChatDeleteUser) return { left_chat_member: userOf(peers, toNumber(action.userId)) };
  if (action instanceof Api.MessageActionChatEditTitle) return { new_chat_title: action.title };
  if (action instanceof Api.MessageActionChatEditPhoto) return { new_chat_photo: toPhotoSizes(action.photo, input.media.fileIds) };
  if (action instanceof Api.MessageActionChatDeletePhoto) return { delete_chat_photo: true };
  if (action instanceof Api.MessageActionChatCreate) return { group_chat_created: true };
  if (action instanceof Api.MessageActionChannelCreate) {
    return chat.type === "channel" ? { channel_chat_created: true } : { supergroup_chat_created: true };
  }
  if (action instanceof Api.MessageActionChatMigrateTo) {
    return { migrate_to_chat_id: toChatId({ kind: "channel", id: toNumber(action.channelId) }) };
  }
  if (action instanceof Api.MessageActionChannelMigrateFrom) {
    return { migrate_from_chat_id: toChatId({ kind: "chat", id: toNumber(action.chatId) }) };
  }
  if (action instanceof Api.MessageActionSetMessagesTTL) {
    return { message_auto_delete_timer_changed: { message_auto_delete_time: action.period } };
  }
  if (action instanceof Api.MessageActionTopicCreate) {
    const created: NonNullable<Message["forum_topic_created"]> = { name: action.title, icon_color: action.iconColor };
    if (action.iconEmojiId) created.icon_custom_emoji_id = action.iconEmojiId.toString();
    return { forum_topic_created: created };
  }
  if (action instanceof Api.MessageActionTopicEdit) return topicEdit(action);
  if (action instanceof Api.MessageActionGeoProximityReached) {
    if (!(action.fromId instanceof Api.PeerUser) || !(action.toId instanceof Api.PeerUser)) return undefined;
    return {
      proximity_alert_triggered: {
        traveler: userOf(peers, peerRef(action.fromId).id),
        watcher: userOf(peers, peerRef(action.toId).id),
        distance: action.distance,
      },
    };
  }
  if (action instanceof Api.MessageActionGroupCall) {
    return action.duration !== undefined ? { video_chat_ended: { duration: action.duration } } : { video_chat_started: {} };
  }
  if (action instanceof Api.MessageActionGroupCallScheduled) {
    return { video_chat_scheduled: { start_date: action.scheduleDate } };
  }
  if (action instanceof Api.MessageActionInviteToGroupCall) {
    return { video_chat_participants_invited: { users: users(action.users) } };
  }
  if (action instanceof Api.MessageActionBotAllowed) return botAllowed(action);
  if (action instanceof Api.MessageActionWebViewDataSentMe) {
    return { web_app_data: { data: action.data, button_text: action.text } };
  }
  if (action instanceof Api.MessageActionBoostApply) return { boost_added: { boost_count: action.boosts } };
  if (action instanceof Api.MessageActionRequestedPeerSentMe) return requestedPeers(action, input.media);
  return undefined;
}

function topicEdit(action: Api.MessageActionTopicEdit): ServiceFields {
  if (action.closed !== undefined) return action.closed ? { forum_topic_closed: {} } : { forum_topic_reopened: {} };
  if (action.hidden !== undefined) {
    return action.hidden ? { general_forum_topic_hidden: {} } : { general_forum_topic_unhidden: {} };
  }
  const edited: NonNullable<Message["forum_topic_edited"]> = {};
  if (action.title !== undefined) edited.name = action.title;
  // An icon id of 0 means the icon was removed, which the Bot API shows as "".
  if (action.iconEmojiId !== undefined) {
    edited.icon_custom_emoji_id = toNumber(action.iconEmojiId) === 0 ? "" : action.iconEmojiId.toString();
  }
  return { forum_topic_edited: edited };
}

function botAllowed(action: Api.MessageActionBotAllowed): ServiceFields {
  if (action.domain) return { connected_website: action.domain };
  const allowed: NonNullable<Message["write_access_allowed"]> = {};
  if (action.fromRequest) allowed.from_request = true;
  if (action.app instanceof Api.BotApp) allowed.web_app_name = action.app.shortName;
  if (action.attachMenu) allowed.from_attachment_menu = true;
  return { write_access_allowed: allowed };
}

function requestedPeers(action: Api.MessageActionRequestedPeerSentMe, media: MediaContext): ServiceFields | undefined {
  const photo = (p: Api.TypePhoto | undefined) => {
    const sizes = toPhotoSizes(p, media.fileIds);
    return sizes.length > 0 ? { photo: sizes } : {};
  };
  const users = action.peers.filter((p): p is Api.RequestedPeerUser => p instanceof Api.RequestedPeerUser);
  if (users.length > 0) {
    return {
      users_shared: {
        request_id: action.buttonId,
        users: users.map((u) => ({
          user_id: toNumber(u.userId),
          ...(u.firstName ? { first_name: u.firstName } : {}),
          ...(u.lastName ? { last_name: u.lastName } : {}),
          ...(u.username ? { username: u.username } : {}),
          ...photo(u.photo),
        })),
      },
    };
  }
  const peer = action.peers[0];
  if (!(peer instanceof Api.RequestedPeerChat || peer instanceof Api.RequestedPeerChannel)) return undefined;
  const chatId = peer instanceof Api.RequestedPeerChat
    ? toChatId({ kind: "chat", id: toNumber(peer.chatId) })
    : toChatId({ kind: "channel", id: toNumber(peer.channelId) });
  return {
    chat_shared: {
      request_id: action.buttonId,
      chat_id: chatId,
      ...(peer.title ? { title: peer.title } : {}),
      ...(peer instanceof Api.RequestedPeerChannel && peer.username ? { username: peer.username } : {}),
      ...photo(peer.photo),
    },
  };
}
