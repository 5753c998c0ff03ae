/**
 * Topics of forum supergroups. A topic is named by the id of the service message that
 * created it; the "General" topic is id 1 and exists in every forum. Topic records live
 * in the world's meta table ("forum.<chat id>"); their messages are ordinary channel
 * messages, so a topic's history is the messages that reply into it.
 */
import { Api } from "telegram";
import { deleteChannelMessages } from "./edits.ts";
import { rpcError } from "./errors.ts";
import { isAdmin } from "./members.ts";
import { sendMessage, type SendResult } from "./messages.ts";
import { big, decodeTl } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import { addChannelEvent } from "./updates.ts";
import type { World } from "./world.ts";

export const GENERAL_TOPIC_ID = 1;

/** The six colours Telegram offers for topic icons. */
export const TOPIC_COLORS = [0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f];

const MAX_TITLE = 128;

export interface TopicRecord {
  id: number;
  title: string;
  iconColor: number;
  iconEmojiId?: string;
  closed: boolean;
  hidden: boolean;
  date: number;
  creatorId: number;
}

export interface TopicChange {
  title?: string;
  iconEmojiId?: string;
  closed?: boolean;
  hidden?: boolean;
}

const key = (chat: Chat) => `forum.${chat.id}`;

function general(chat: Chat): TopicRecord {
  return { id: GENERAL_TOPIC_ID, title: "General", iconColor: TOPIC_COLORS[0]!, closed: false, hidden: false, date: chat.date, creatorId: chat.creatorId };
}

export function listTopics(world: World, chat: Chat): TopicRecord[] {
  const stored = world.store.getMeta(key(chat));
  return stored ? (JSON.parse(stored) as TopicRecord[]) : [general(chat)];
}

function saveTopics(world: World, chat: Chat, topics: TopicRecord[]): void {
  world.store.setMeta(key(chat), JSON.stringify(topics));
}

function forumOf(chat: Chat): Chat {
  if (!chat.forum) throw rpcError("CHANNEL_FORUM_MISSING");
  return chat;
}

/** Creating topics: admins with the right, or members when the chat's permissions allow it. */
function canCreate(world: World, chat: Chat, actor: Account): boolean {
  const member = world.member(chat, actor.id);
  if (!member) return false;
  if (isAdmin(member, "manageTopics")) return true;
  return member.status !== "administrator" && !chat.defaultBannedRights.manageTopics && !member.bannedRights?.manageTopics;
}

export function createTopic(
  world: World, actor: Account, chat: Chat, title: string, color: number | undefined, emojiId?: string, echo = false,
): SendResult {
  forumOf(chat);
  if (!canCreate(world, chat, actor)) throw rpcError("CHAT_ADMIN_REQUIRED");
  if (title.trim() === "" || [...title].length > MAX_TITLE) throw rpcError("TOPIC_TITLE_EMPTY");
  const topics = listTopics(world, chat);
  // Telegram picks a colour of its own for one it does not offer.
  const iconColor = color !== undefined && TOPIC_COLORS.includes(color) ? color : TOPIC_COLORS[topics.length % TOPIC_COLORS.length]!;
  const action = new Api.MessageActionTopicCreate({ title, iconColor, iconEmojiId: emojiId ? big(emojiId) : undefined });
  const sent = sendMessage(world, actor, { kind: "chat", chat }, { text: "", action }, echo);
  topics.push({ id: sent.message.id, title, iconColor, iconEmojiId: emojiId, closed: false, hidden: false, date: sent.message.date, creatorId: actor.id });
  saveTopics(world, chat, topics);
  return sent;
}

function findTopic(world: World, chat: Chat, topicId: number): { topics: TopicRecord[]; topic: TopicRecord } {
  const topics = listTopics(world, forumOf(chat));
  const topic = topics.find((t) => t.id === topicId);
  if (!topic) throw rpcError("TOPIC_ID_INVALID");
  return { topics, topic };
}

/** Title and icon, closing, and hiding (General only) are separate edits, as Telegram requires. */
export function editTopic(world: World, actor: Account, chat: Chat, topicId: number, change: TopicChange, echo = false): SendResult {
  const { topics, topic } = findTopic(world, chat, topicId);
  const manager = isAdmin(world.member(chat, actor.id), "manageTopics");
  if (!manager && !(topic.creatorId === actor.id && topicId !== GENERAL_TOPIC_ID)) throw rpcError("CHAT_ADMIN_REQUIRED");
  const retitle = change.title !== undefined || change.iconEmojiId !== undefined;
  if (change.closed !== undefined && retitle) throw rpcError("TOPIC_CLOSE_SEPARATELY");
  if (change.hidden !== undefined && (retitle || change.closed !== undefined)) throw rpcError("TOPIC_HIDE_SEPARATELY");
  if (change.hidden !== undefined && topicId !== GENERAL_TOPIC_ID) throw rpcError("TOPIC_ID_INVALID");
  if (change.iconEmojiId !== undefined && topicId === GENERAL_TOPIC_ID) throw rpcError("GENERAL_MODIFY_ICON_FORBIDDEN");
  if (change.title !== undefined && (change.title.trim() === "" || [...change.title].length > MAX_TITLE)) throw rpcError("TOPIC_TITLE_EMPTY");
  const emoji = change.iconEmojiId === "0" ? undefined : change.iconEmojiId;
  const unchanged =
    (change.title === undefined || change.title === topic.title) &&
    (change.iconEmojiId === undefined || emoji === topic.iconEmojiId) &&
    (change.closed === undefined || change.closed === topic.closed) &&
    (change.hidden === undefined || change.hidden === topic.hidden);
  if (unchanged) throw rpcError("TOPIC_NOT_MODIFIED");
  if (change.title !== undefined) topic.title = change.title;
  if (change.iconEmojiId !== undefined) topic.iconEmojiId = emoji;
  if (change.closed !== undefined) topic.closed = change.closed;
  if (change.hidden !== undefined) {
    topic.hidden = change.hidden;
    // Hiding General also closes it; showing it again reopens it.
    topic.closed = change.hidden;
  }
  saveTopics(world, chat, topics);
  const action = new Api.MessageActionTopicEdit({
    title: change.title,
    iconEmojiId: change.iconEmojiId !== undefined ? big(change.iconEmojiId) : undefined,
    closed: change.closed,
    hidden: change.hidden,
  });
  return sendMessage(world, actor, { kind: "chat", chat }, { text: "", action, replyToId: topicId === GENERAL_TOPIC_ID ? undefined : topicId }, echo);
}

/** The topic a stored channel message belongs to: the one it replies into, else General. */
export function topicOfMessage(message: Api.Message | Api.MessageService, topicIds: ReadonlySet<number>): number {
  if (topicIds.has(message.id)) return message.id;
  const reply = message.replyTo instanceof Api.MessageReplyHeader ? message.replyTo : undefined;
  const root = reply?.replyToTopId ?? reply?.replyToMsgId;
  return root !== undefined && topicIds.has(root) ? root : GENERAL_TOPIC_ID;
}

function messagesOfTopic(world: World, chat: Chat, topicId: number): Array<Api.Message | Api.MessageService> {
  const topicIds = new Set(listTopics(world, chat).map((t) => t.id));
  return world.store
    .listMessages(`c${chat.id}`, `c${chat.id}`, 0, Number.MAX_SAFE_INTEGER)
    .map((row) => decodeTl<Api.Message | Api.MessageService>(row.data))
    .filter((message) => topicOfMessage(message, topicIds) === topicId);
}

/** channels.deleteTopicHistory: the topic and every message in it. */
export function deleteTopic(world: World, actor: Account, chat: Chat, topicId: number): Api.messages.AffectedHistory {
  const { topics, topic } = findTopic(world, chat, topicId);
  if (topicId === GENERAL_TOPIC_ID) throw rpcError("TOPIC_ID_INVALID");
  const manager = isAdmin(world.member(chat, actor.id), "deleteMessages");
  if (!manager && topic.creatorId !== actor.id) throw rpcError("CHAT_ADMIN_REQUIRED");
  const ids = messagesOfTopic(world, chat, topicId).map((m) => m.id);
  saveTopics(world, chat, topics.filter((t) => t.id !== topicId));
  chat.pinnedIds = chat.pinnedIds.filter((id) => !ids.includes(id));
  world.saveChat(chat);
  const affected = deleteChannelMessages(world, actor, chat, ids);
  return new Api.messages.AffectedHistory({ pts: affected.pts, ptsCount: affected.ptsCount, offset: 0 });
}

/** messages.unpinAllMessages with top_msg_id: unpins the topic's messages only. */
export function unpinTopic(world: World, actor: Account, chat: Chat, topicId: number): Api.messages.AffectedHistory {
  findTopic(world, chat, topicId);
  const member = world.member(chat, actor.id);
  if (!member || !(isAdmin(member, "pinMessages") || (member.status !== "administrator" && !chat.defaultBannedRights.pinMessages))) {
    throw rpcError("CHAT_ADMIN_REQUIRED");
  }
  const inTopic = new Set(messagesOfTopic(world, chat, topicId).map((m) => m.id));
  const unpinned = chat.pinnedIds.filter((id) => inTopic.has(id));
  if (unpinned.length === 0) return new Api.messages.AffectedHistory({ pts: chat.pts, ptsCount: 0, offset: 0 });
  chat.pinnedIds = chat.pinnedIds.filter((id) => !inTopic.has(id));
  world.saveChat(chat);
  const update = addChannelEvent(world, chat, 1, (pts, ptsCount) =>
    new Api.UpdatePinnedChannelMessages({ channelId: big(chat.id), messages: unpinned, pinned: false, pts, ptsCount }),
  );
  for (const id of world.memberIds(chat)) {
    if (id !== actor.id) world.push(id, new Api.UpdateShort({ update, date: Math.floor(Date.now() / 1000) }));
  }
  return new Api.messages.AffectedHistory({ pts: update.pts, ptsCount: update.ptsCount, offset: 0 });
}
