/**
 * Forum topics: channels.createForumTopic / editForumTopic / deleteTopicHistory, unpinning
 * inside a topic, and the default topic icons.
 */
import { Api } from "telegram";
import { createTopic, deleteTopic, editTopic, unpinTopic } from "../world/forum-topics.ts";
import { rpcError } from "../world/errors.ts";
import { updatesFor } from "../world/push.ts";
import { findStickerSet, stickerSetTl } from "../world/sticker-sets.ts";
import { topicIconSet } from "../world/topic-icons.ts";
import type { Chat } from "../world/types.ts";
import { botMessagesHandlers } from "./bot-messages.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolveChannel, resolvePeer } from "./peers.ts";

function supergroup(ctx: RpcContext, input: unknown): Chat {
  const chat = resolveChannel(ctx.world, me(ctx), input);
  if (chat.kind !== "supergroup") throw rpcError("CHANNEL_FORUM_MISSING");
  return chat;
}

/** Decoded optional flags come as null; a TL Bool as a boolean. */
const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export const forumTopicsHandlers: HandlerTable = {
  /** The default topic icons, or a set made through the control API (sticker-sets.ts). */
  "messages.GetStickerSet": (ctx, request: Api.messages.GetStickerSet) => {
    me(ctx);
    if (request.stickerset instanceof Api.InputStickerSetEmojiDefaultTopicIcons) return topicIconSet(ctx.world);
    return stickerSetTl(ctx.world, findStickerSet(ctx.world, request.stickerset));
  },
  "channels.CreateForumTopic": (ctx, request: Api.channels.CreateForumTopic) => {
    const chat = supergroup(ctx, request.channel);
    const emoji = opt(request.iconEmojiId)?.toString();
    const sent = createTopic(ctx.world, me(ctx), chat, request.title, opt(request.iconColor), emoji && emoji !== "0" ? emoji : undefined, ctx.echo);
    const own = updatesFor(ctx.world, me(ctx).id, [sent.senderUpdate]);
    own.updates = [new Api.UpdateMessageID({ id: sent.message.id, randomId: request.randomId }), ...own.updates];
    return own;
  },
  "channels.EditForumTopic": (ctx, request: Api.channels.EditForumTopic) => {
    const chat = supergroup(ctx, request.channel);
    const sent = editTopic(ctx.world, me(ctx), chat, request.topicId, {
      title: opt(request.title),
      iconEmojiId: opt(request.iconEmojiId)?.toString(),
      closed: opt(request.closed),
      hidden: opt(request.hidden),
    }, ctx.echo);
    return updatesFor(ctx.world, me(ctx).id, [sent.senderUpdate]);
  },
  "channels.DeleteTopicHistory": (ctx, request: Api.channels.DeleteTopicHistory) =>
    deleteTopic(ctx.world, me(ctx), supergroup(ctx, request.channel), Number(request.topMsgId)),
  /** With top_msg_id it unpins inside one topic; without, it is the whole chat's (bot-messages.ts). */
  "messages.UnpinAllMessages": (ctx, request: Api.messages.UnpinAllMessages) => {
    // A decoded request holds plain ints where GramJS types client-side message-id likes.
    const topicId = request.topMsgId == null ? undefined : Number(request.topMsgId);
    if (topicId === undefined) return botMessagesHandlers["messages.UnpinAllMessages"]!(ctx, request);
    const target = resolvePeer(ctx.world, me(ctx), request.peer);
    if (target.kind !== "chat" || target.chat.kind !== "supergroup") throw rpcError("CHANNEL_FORUM_MISSING");
    return unpinTopic(ctx.world, me(ctx), target.chat, topicId);
  },
};
