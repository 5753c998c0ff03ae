/**
 * One TL update → the Bot API updates it stands for (none, one, or — never more than one
 * today — several). The one `switch` on the update's class; each case reads only its
 * arguments, so the same update and peers always give the same JSON.
 * https://core.telegram.org/bots/api#update
 */
import { toInlineMessageId } from "../convert/inline-message-id.ts";
import type { InlineQuery } from "@grammyjs/types";
import { Api } from "telegram";
import { chatOfPeer, userOf } from "../convert/chat.ts";
import { toNumber } from "../convert/long.ts";
import type { MediaContext } from "../convert/media/file-location.ts";
import { toPoll } from "../convert/media/poll.ts";
import { toBotMessage, type RawMessage } from "../convert/message.ts";
import { peerRef, type PeerDirectory } from "../convert/peers.ts";
import { toBoostUpdates } from "./convert-boosts.ts";
import { toChatJoinRequest, toMemberUpdate, toPollAnswer, toReactionCountUpdate, toReactionUpdate, toStoppedUpdate } from "./convert-members.ts";
import type { BotApiUpdateWithoutId } from "./traits.ts";

export interface UpdateContext {
  readonly peers: PeerDirectory;
  /** The bot receiving the update. */
  readonly selfId: number;
  readonly media: MediaContext;
  /** For a callback query: the message with the button, when the manager could fetch it. */
  readonly queryMessage?: RawMessage;
  /** For a new message that replies in its chat: the replied message, when the manager could get it. */
  readonly replyTo?: RawMessage;
}

type Out = BotApiUpdateWithoutId[];

export function toBotUpdates(update: Api.TypeUpdate, ctx: UpdateContext): Out {
  switch (update.className) {
    case "UpdateNewMessage":
    case "UpdateNewChannelMessage":
      return messageUpdate((update as Api.UpdateNewMessage).message, ctx, false);
    case "UpdateEditMessage":
    case "UpdateEditChannelMessage":
      return messageUpdate((update as Api.UpdateEditMessage).message, ctx, true);
    case "UpdateBotCallbackQuery":
      return [{ callback_query: callbackQuery(update as Api.UpdateBotCallbackQuery, ctx) }];
    case "UpdateBotInlineQuery":
      return [{ inline_query: inlineQuery(update as Api.UpdateBotInlineQuery, ctx.peers) }];
    case "UpdateBotInlineSend":
      return [{ chosen_inline_result: chosenResult(update as Api.UpdateBotInlineSend, ctx.peers) }];
    case "UpdateChatParticipant":
    case "UpdateChannelParticipant":
      return toMemberUpdate(update as Api.UpdateChatParticipant | Api.UpdateChannelParticipant, ctx.peers, ctx.selfId);
    case "UpdateBotStopped":
      return [toStoppedUpdate(update as Api.UpdateBotStopped, ctx.peers, ctx.selfId)];
    case "UpdateBotMessageReaction":
      return [toReactionUpdate(update as Api.UpdateBotMessageReaction, ctx.peers)];
    case "UpdateBotMessageReactions":
      return [toReactionCountUpdate(update as Api.UpdateBotMessageReactions, ctx.peers)];
    case "UpdateBotChatInviteRequester":
      return [toChatJoinRequest(update as Api.UpdateBotChatInviteRequester, ctx.peers)];
    case "UpdateMessagePollVote":
      return [toPollAnswer(update as Api.UpdateMessagePollVote, ctx.peers)];
    case "UpdateBotChatBoost":
      return toBoostUpdates(update as Api.UpdateBotChatBoost, ctx.peers);
    case "UpdateMessagePoll":
      return pollState(update as Api.UpdateMessagePoll, ctx.peers);
    default:
      return [];
  }
}

/**
 * A new or edited message. The bot's own messages are not updates for it, as with the
 * official server; service messages the Bot API does not show give nothing.
 */
function messageUpdate(raw: Api.TypeMessage, ctx: UpdateContext, edited: boolean): Out {
  if (raw instanceof Api.MessageEmpty || raw.out) return [];
  const message = toBotMessage(raw, ctx.peers, {
    selfId: ctx.selfId,
    fileIds: ctx.media.fileIds,
    stickerSetName: ctx.media.stickerSetName,
    replyTo: ctx.replyTo,
  });
  if (!message) return [];
  const channel = message.chat.type === "channel";
  const type = edited ? (channel ? "edited_channel_post" : "edited_message") : channel ? "channel_post" : "message";
  return [{ [type]: message }];
}

/**
 * A poll's new state (Telegram tells a bot only of the polls it sent). An update with the
 * counts alone names no question or options, so it gives nothing.
 */
function pollState(update: Api.UpdateMessagePoll, peers: PeerDirectory): Out {
  return update.poll instanceof Api.Poll ? [{ poll: toPoll(update.poll, update.results, peers) }] : [];
}

function callbackQuery(update: Api.UpdateBotCallbackQuery, ctx: UpdateContext) {
  const chat = chatOfPeer(ctx.peers, peerRef(update.peer));
  const shown = ctx.queryMessage && toBotMessage(ctx.queryMessage, ctx.peers, { selfId: ctx.selfId, ...ctx.media });
  return {
    id: update.queryId.toString(),
    from: userOf(ctx.peers, toNumber(update.userId)),
    // A message the bot cannot read any more is shown as the official shows it: date 0.
    message: shown ?? { chat, message_id: update.msgId, date: 0 },
    chat_instance: update.chatInstance.toString(),
    ...(update.data ? { data: update.data.toString("utf8") } : {}),
    ...(update.gameShortName ? { game_short_name: update.gameShortName } : {}),
  };
}

const INLINE_CHAT_TYPES: Record<string, InlineQuery["chat_type"]> = {
  InlineQueryPeerTypeSameBotPM: "sender",
  InlineQueryPeerTypePM: "private",
  InlineQueryPeerTypeBotPM: "private",
  InlineQueryPeerTypeChat: "group",
  InlineQueryPeerTypeMegagroup: "supergroup",
  InlineQueryPeerTypeBroadcast: "channel",
};

function location(geo: Api.TypeGeoPoint | undefined) {
  if (!(geo instanceof Api.GeoPoint)) return {};
  return { location: { latitude: geo.lat, longitude: geo.long, ...(geo.accuracyRadius ? { horizontal_accuracy: geo.accuracyRadius } : {}) } };
}

function inlineQuery(update: Api.UpdateBotInlineQuery, peers: PeerDirectory): InlineQuery {
  const chatType = update.peerType ? INLINE_CHAT_TYPES[update.peerType.className] : undefined;
  return {
    id: update.queryId.toString(),
    from: userOf(peers, toNumber(update.userId)),
    query: update.query,
    offset: update.offset,
    ...(chatType ? { chat_type: chatType } : {}),
    ...location(update.geo),
  };
}

function chosenResult(update: Api.UpdateBotInlineSend, peers: PeerDirectory) {
  return {
    result_id: update.id,
    from: userOf(peers, toNumber(update.userId)),
    query: update.query,
    ...location(update.geo),
    ...(update.msgId ? { inline_message_id: toInlineMessageId(update.msgId) } : {}),
  };
}


