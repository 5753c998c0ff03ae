/**
 * The forum-topic methods: create, edit, close/reopen, delete and unpin inside a topic,
 * and the same for the General topic (id 1, which can also be hidden), as
 * channels.createForumTopic / editForumTopic / deleteTopicHistory and
 * messages.unpinAllMessages with top_msg_id.
 * https://core.telegram.org/bots/api#createforumtopic
 */
import bigInt from "big-integer";
import { Api } from "telegram";
import { badRequest } from "../../convert/errors.ts";
import { toForumTopic } from "../../convert/forum-topic.ts";
import type { Account } from "../../telegram/account.ts";
import { resolveChat } from "../../telegram/resolve.ts";
import { BOT_SETTINGS } from "../errors.ts";
import type { CallContext, Handler, Params } from "../types.ts";
import { toLongArg } from "./long-arg.ts";

const GENERAL_TOPIC_ID = 1;

/** Only supergroups can be forums: anything else is refused before Telegram is asked, as TDLib does. */
async function forumOf(account: Account, chatId: unknown): Promise<Api.InputChannel> {
  const peer = await resolveChat(account, chatId);
  if (!(peer instanceof Api.InputPeerChannel)) throw badRequest(BOT_SETTINGS.notForum);
  return new Api.InputChannel({ channelId: peer.channelId, accessHash: peer.accessHash });
}

/** Client::get_forum_topic_id: missing or negative is 0. */
const topicId = (value: unknown) => (typeof value === "number" && value > 0 ? value : 0);

async function edit(ctx: CallContext, params: Params, topic: number, change: Partial<Api.channels.EditForumTopic>): Promise<true> {
  const account = await ctx.account();
  const channel = await forumOf(account, params.chat_id);
  await account.invoke(new Api.channels.EditForumTopic({ channel, topicId: topic, ...change }), ctx.method);
  return true;
}

export const createForumTopic: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const channel = await forumOf(account, params.chat_id);
  const emoji = toLongArg(params.icon_custom_emoji_id);
  const updates = await account.invoke(
    new Api.channels.CreateForumTopic({
      channel,
      title: typeof params.name === "string" ? params.name : "",
      iconColor: typeof params.icon_color === "number" ? params.icon_color : undefined,
      iconEmojiId: emoji.isZero() ? undefined : emoji,
      randomId: bigInt.randBetween("-9223372036854775808", "9223372036854775807"),
    }),
    ctx.method,
  );
  const created = createdTopic(updates);
  return toForumTopic(created);
};

/** The topic a createForumTopic answer announces, from its service message. */
function createdTopic(updates: Api.TypeUpdates): Api.ForumTopic {
  const list = updates instanceof Api.Updates || updates instanceof Api.UpdatesCombined ? updates.updates : [];
  for (const update of list) {
    if (!(update instanceof Api.UpdateNewChannelMessage) || !(update.message instanceof Api.MessageService)) continue;
    const { action, id, date } = update.message;
    if (!(action instanceof Api.MessageActionTopicCreate)) continue;
    return new Api.ForumTopic({
      id, date, title: action.title, iconColor: action.iconColor, iconEmojiId: action.iconEmojiId, topMessage: id,
      readInboxMaxId: 0, readOutboxMaxId: 0, unreadCount: 0, unreadMentionsCount: 0, unreadReactionsCount: 0,
      fromId: update.message.fromId ?? new Api.PeerUser({ userId: bigInt.zero }), notifySettings: new Api.PeerNotifySettings({}),
    });
  }
  throw new Error("createForumTopic: Telegram's answer announced no topic");
}

export const editForumTopic: Handler = (ctx, params) => {
  const name = typeof params.name === "string" ? params.name : "";
  // An icon given as "" removes it (0); a name given as "" keeps the old one.
  const editIcon = params.icon_custom_emoji_id !== undefined || ctx.raw.has("icon_custom_emoji_id");
  return edit(ctx, params, topicId(params.message_thread_id), {
    title: name || undefined,
    iconEmojiId: editIcon ? toLongArg(params.icon_custom_emoji_id) : undefined,
  });
};

export const closeForumTopic: Handler = (ctx, params) => edit(ctx, params, topicId(params.message_thread_id), { closed: true });
export const reopenForumTopic: Handler = (ctx, params) => edit(ctx, params, topicId(params.message_thread_id), { closed: false });
export const editGeneralForumTopic: Handler = (ctx, params) =>
  edit(ctx, params, GENERAL_TOPIC_ID, { title: typeof params.name === "string" ? params.name : "" });
export const closeGeneralForumTopic: Handler = (ctx, params) => edit(ctx, params, GENERAL_TOPIC_ID, { closed: true });
export const reopenGeneralForumTopic: Handler = (ctx, params) => edit(ctx, params, GENERAL_TOPIC_ID, { closed: false });
export const hideGeneralForumTopic: Handler = (ctx, params) => edit(ctx, params, GENERAL_TOPIC_ID, { hidden: true });
export const unhideGeneralForumTopic: Handler = (ctx, params) => edit(ctx, params, GENERAL_TOPIC_ID, { hidden: false });

/** Telegram deletes and unpins history in portions: repeat while it reports more (offset > 0). */
async function untilDone(request: () => Promise<Api.messages.AffectedHistory>): Promise<true> {
  while ((await request()).offset > 0);
  return true;
}

export const deleteForumTopic: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const channel = await forumOf(account, params.chat_id);
  const topMsgId = topicId(params.message_thread_id);
  return untilDone(() => account.invoke(new Api.channels.DeleteTopicHistory({ channel, topMsgId }), ctx.method));
};

async function unpinAll(ctx: CallContext, params: Params, topMsgId: number): Promise<true> {
  const account = await ctx.account();
  const channel = await forumOf(account, params.chat_id);
  const peer = new Api.InputPeerChannel({ channelId: channel.channelId, accessHash: channel.accessHash });
  return untilDone(() => account.invoke(new Api.messages.UnpinAllMessages({ peer, topMsgId }), ctx.method));
}

export const unpinAllForumTopicMessages: Handler = (ctx, params) => unpinAll(ctx, params, topicId(params.message_thread_id));
export const unpinAllGeneralForumTopicMessages: Handler = (ctx, params) => unpinAll(ctx, params, GENERAL_TOPIC_ID);
