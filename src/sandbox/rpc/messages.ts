/** messages.*: sending, history, edits, deletes, lookups and basic groups. */
import { Api } from "telegram";
import { deleteMessages, editMessage } from "../world/edits.ts";
import { rpcError } from "../world/errors.ts";
import { history, messagesById, sendMessage } from "../world/messages.ts";
import { forwardMessages } from "../world/forward.ts";
import { fileFromInput, mediaTl } from "../world/media.ts";
import { contentMedia } from "../world/message-media.ts";
import { updatesFor } from "../world/push.ts";
import { sendReaction } from "../world/reactions.ts";
import { big, chatTl, userTl } from "../world/tl.ts";
import type { Account } from "../world/types.ts";
import { type HandlerTable, me, type RpcContext, userOnly } from "./context.ts";
import { resolveGroup, resolvePeer, resolveUser } from "./peers.ts";
import { messagesResult } from "./results.ts";

function replyToId(replyTo: Api.TypeInputReplyTo | undefined): number | undefined {
  return replyTo instanceof Api.InputReplyToMessage ? replyTo.replyToMsgId : undefined;
}

/** Telegram stores a mention of an InputUser as a mention of that user's id. */
export function storedEntities(ctx: RpcContext, sender: Account, entities: Api.TypeMessageEntity[] | undefined) {
  return entities?.map((entity) =>
    entity instanceof Api.InputMessageEntityMentionName
      ? new Api.MessageEntityMentionName({
        offset: entity.offset,
        length: entity.length,
        userId: big(resolveUser(ctx.world, sender, entity.userId).id),
      })
      : entity,
  );
}

function quoteOf(replyTo: Api.TypeInputReplyTo | undefined) {
  // Absent flag fields decode as null or undefined.
  if (!(replyTo instanceof Api.InputReplyToMessage) || replyTo.quoteText == null) return undefined;
  return { text: replyTo.quoteText, entities: replyTo.quoteEntities, offset: replyTo.quoteOffset };
}

/** Users cannot attach bot keyboards; Telegram drops them silently. */
function markupOf(sender: Account, markup: Api.TypeReplyMarkup | undefined) {
  return sender.kind === "bot" ? markup : undefined;
}

function send(ctx: RpcContext, request: Api.messages.SendMessage | Api.messages.SendMedia) {
  const sender = me(ctx);
  const target = resolvePeer(ctx.world, sender, request.peer);
  const media = request instanceof Api.messages.SendMedia
    ? (contentMedia(ctx.world, request.media) ?? mediaTl(fileFromInput(ctx.world, sender, request.media)))
    : undefined;
  const sent = sendMessage(ctx.world, sender, target, {
    text: request.message,
    entities: storedEntities(ctx, sender, request.entities),
    replyToId: replyToId(request.replyTo),
    replyMarkup: markupOf(sender, request.replyMarkup),
    silent: request.silent,
    media,
    quote: quoteOf(request.replyTo),
    noforwards: request.noforwards,
    invertMedia: (request as { invertMedia?: boolean }).invertMedia,
  }, ctx.echo);
  const message = sent.message as Api.Message;
  // Telegram answers a plain private message in short form, anything with media in full.
  if (!media && target.kind === "user" && sent.senderUpdate instanceof Api.UpdateNewMessage) {
    return new Api.UpdateShortSentMessage({
      out: true,
      id: message.id,
      pts: sent.senderUpdate.pts,
      ptsCount: sent.senderUpdate.ptsCount,
      date: message.date,
      entities: message.entities,
    });
  }
  const messageId = new Api.UpdateMessageID({ id: message.id, randomId: request.randomId });
  const own = updatesFor(ctx.world, sender.id, [sent.senderUpdate]);
  own.updates = [messageId, ...own.updates];
  return own;
}

function getHistory(ctx: RpcContext, request: Api.messages.GetHistory) {
  const viewer = userOnly(me(ctx));
  const target = resolvePeer(ctx.world, viewer, request.peer);
  const messages = history(ctx.world, viewer, target, request.offsetId, request.addOffset, request.limit || 20);
  return messagesResult(ctx.world, viewer.id, messages, target.kind === "chat" && target.chat.kind !== "group" ? target.chat : undefined);
}

function edit(ctx: RpcContext, request: Api.messages.EditMessage) {
  const editor = me(ctx);
  const target = resolvePeer(ctx.world, editor, request.peer);
  // Absent flag fields decode as null: only a present message replaces the text.
  const text = request.message ?? undefined;
  return editMessage(ctx.world, editor, target, request.id, {
    text,
    entities: text !== undefined ? (storedEntities(ctx, editor, request.entities ?? undefined) ?? []) : undefined,
    replyMarkup: markupOf(editor, request.replyMarkup ?? undefined),
    replaceMarkup: editor.kind === "bot",
    media: request.media ?? undefined,
  });
}

function getMessages(ctx: RpcContext, request: Api.messages.GetMessages) {
  const viewer = me(ctx);
  const ids = request.id.map((input) => {
    if (input instanceof Api.InputMessageID) return input.id;
    throw rpcError("MESSAGE_ID_INVALID");
  });
  return messagesResult(ctx.world, viewer.id, messagesById(ctx.world, viewer, `u${viewer.id}`, ids));
}

function getChats(ctx: RpcContext, request: Api.messages.GetChats) {
  const viewer = me(ctx);
  const chats = request.id.map((id) => chatTl(ctx.world, resolveGroup(ctx.world, id.toJSNumber()), viewer.id));
  return new Api.messages.Chats({ chats });
}

function participantTl(chatCreator: number, member: { userId: number; status: string; inviterId?: number; date: number }) {
  const userId = big(member.userId);
  if (member.userId === chatCreator) return new Api.ChatParticipantCreator({ userId });
  const inviter = { userId, inviterId: big(member.inviterId ?? chatCreator), date: member.date };
  return member.status === "administrator" ? new Api.ChatParticipantAdmin(inviter) : new Api.ChatParticipant(inviter);
}

function getFullChat(ctx: RpcContext, request: Api.messages.GetFullChat) {
  const viewer = me(ctx);
  const chat = resolveGroup(ctx.world, request.chatId.toJSNumber());
  const active = chat.members.filter((m) => ctx.world.member(chat, m.userId));
  const participants = ctx.world.member(chat, viewer.id)
    ? new Api.ChatParticipants({ chatId: big(chat.id), participants: active.map((m) => participantTl(chat.creatorId, m)), version: chat.version })
    : new Api.ChatParticipantsForbidden({ chatId: big(chat.id) });
  return new Api.messages.ChatFull({
    fullChat: new Api.ChatFull({
      id: big(chat.id),
      about: chat.about ?? "",
      participants,
      notifySettings: new Api.PeerNotifySettings({}),
      pinnedMsgId: chat.pinnedIds.at(-1),
    }),
    chats: [chatTl(ctx.world, chat, viewer.id)],
    users: active.map((m) => userTl(ctx.world.account(m.userId)!, viewer.id)),
  });
}

function forward(ctx: RpcContext, request: Api.messages.ForwardMessages) {
  const sender = me(ctx);
  const source = resolvePeer(ctx.world, sender, request.fromPeer);
  const target = resolvePeer(ctx.world, sender, request.toPeer);
  const sent = forwardMessages(ctx.world, sender, source, request.id, target, {
    dropAuthor: request.dropAuthor ?? false,
    dropCaptions: request.dropMediaCaptions,
    noforwards: request.noforwards,
    silent: request.silent,
    echo: ctx.echo,
  });
  const randomIds = request.randomId ?? [];
  const ids = sent.map((update, i) => new Api.UpdateMessageID({ id: update.message.id, randomId: randomIds[i] ?? big(0) }));
  const own = updatesFor(ctx.world, sender.id, sent);
  own.updates = [...ids, ...own.updates];
  return own;
}

function react(ctx: RpcContext, request: Api.messages.SendReaction) {
  const actor = me(ctx);
  const target = resolvePeer(ctx.world, actor, request.peer);
  return sendReaction(ctx.world, actor, target, Number(request.msgId), request.reaction ?? [], ctx.echo);
}

export const messagesHandlers: HandlerTable = {
  "messages.SendReaction": react,
  "messages.ForwardMessages": forward,
  "messages.SendMessage": send,
  "messages.SendMedia": send,
  "messages.UploadMedia": (ctx: RpcContext, request: Api.messages.UploadMedia) => {
    const sender = me(ctx);
    resolvePeer(ctx.world, sender, request.peer);
    return mediaTl(fileFromInput(ctx.world, sender, request.media));
  },
  "messages.GetHistory": getHistory,
  "messages.EditMessage": edit,
  "messages.DeleteMessages": (ctx: RpcContext, request: Api.messages.DeleteMessages) =>
    deleteMessages(ctx.world, me(ctx), request.id, request.revoke ?? false),
  "messages.GetMessages": getMessages,
  "messages.GetChats": getChats,
  "messages.GetFullChat": getFullChat,
};

