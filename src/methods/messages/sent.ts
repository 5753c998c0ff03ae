/**
 * The messages a send created, out of Telegram's answer: an `Updates` whose
 * updateMessageID entries map our random ids to message ids, next to the messages
 * themselves; or updateShortSentMessage, which carries only id, date, entities and media,
 * so the rest is rebuilt from what was sent, as TDLib does.
 */
import { Api } from "telegram";
import type { RawMessage } from "../../convert/message.ts";
import type { ChatTarget } from "./target.ts";

/** What a send asked Telegram for. */
export interface Draft {
  text: string;
  entities: Api.TypeMessageEntity[];
  media?: Api.TypeMessageMedia;
  replyTo?: Api.InputReplyToMessage;
  replyMarkup?: Api.TypeReplyMarkup;
  silent?: boolean;
  noforwards?: boolean;
  invertMedia?: boolean;
}

/** The message entities as Telegram stores them (a mention by InputUser becomes one by id). */
function storedEntities(entities: Api.TypeMessageEntity[], selfId: Api.long): Api.TypeMessageEntity[] {
  return entities.map((entity) => {
    if (!(entity instanceof Api.InputMessageEntityMentionName)) return entity;
    const user = entity.userId;
    const userId = user instanceof Api.InputUser ? user.userId : selfId;
    return new Api.MessageEntityMentionName({ offset: entity.offset, length: entity.length, userId });
  });
}

function replyHeader(replyTo: Api.InputReplyToMessage | undefined): Api.MessageReplyHeader | undefined {
  if (!replyTo) return undefined;
  return new Api.MessageReplyHeader({
    replyToMsgId: replyTo.replyToMsgId,
    replyToTopId: replyTo.topMsgId,
    quote: replyTo.quoteText !== undefined || undefined,
    quoteText: replyTo.quoteText,
    quoteEntities: replyTo.quoteEntities,
    quoteOffset: replyTo.quoteOffset,
    replyToPeerId: replyTo.replyToPeerId ? peerOfInput(replyTo.replyToPeerId) : undefined,
  });
}

function peerOfInput(input: Api.TypeInputPeer): Api.TypePeer | undefined {
  if (input instanceof Api.InputPeerUser) return new Api.PeerUser({ userId: input.userId });
  if (input instanceof Api.InputPeerChat) return new Api.PeerChat({ chatId: input.chatId });
  if (input instanceof Api.InputPeerChannel) return new Api.PeerChannel({ channelId: input.channelId });
  return undefined;
}

/** The message of an updateShortSentMessage, from what was sent. */
export function fromShortSent(short: Api.UpdateShortSentMessage, target: ChatTarget, draft: Draft, broadcast: boolean): Api.Message {
  const self = target.account.me.id;
  const message = new Api.Message({
    id: short.id,
    out: true,
    date: short.date,
    peerId: target.peer,
    fromId: target.ref.kind === "user" || broadcast ? undefined : new Api.PeerUser({ userId: self }),
    post: broadcast || undefined,
    message: draft.text,
    entities: short.entities ?? storedEntities(draft.entities, self),
    media: short.media ?? draft.media,
    replyTo: replyHeader(draft.replyTo),
    replyMarkup: draft.replyMarkup,
    silent: draft.silent,
    noforwards: draft.noforwards,
    ttlPeriod: short.ttlPeriod,
  });
  // A layer-198 flag that GramJS's hand-written typing lacks.
  if (draft.invertMedia) Object.assign(message, { invertMedia: true });
  return message;
}

const messageOf = (update: Api.TypeUpdate): RawMessage | undefined =>
  (update instanceof Api.UpdateNewMessage || update instanceof Api.UpdateNewChannelMessage || update instanceof Api.UpdateNewScheduledMessage) &&
  (update.message instanceof Api.Message || update.message instanceof Api.MessageService)
    ? update.message
    : undefined;

/** The updates inside any Updates form. */
export function updatesOf(result: Api.TypeUpdates): Api.TypeUpdate[] {
  if (result instanceof Api.Updates || result instanceof Api.UpdatesCombined) return result.updates;
  if (result instanceof Api.UpdateShort) return [result.update];
  return [];
}

/** The new messages of an Updates, in the order of `randomIds` (all of them when none match). */
export function newMessages(result: Api.TypeUpdates, randomIds: readonly Api.long[]): RawMessage[] {
  const updates = updatesOf(result);
  const byId = new Map<number, RawMessage>();
  for (const update of updates) {
    const message = messageOf(update);
    if (message) byId.set(message.id, message);
  }
  const idOf = new Map<string, number>();
  for (const update of updates) if (update instanceof Api.UpdateMessageID && update.randomId) idOf.set(update.randomId.toString(), update.id);
  const ordered = randomIds.flatMap((randomId) => {
    const message = byId.get(idOf.get(randomId.toString()) ?? -1);
    return message ? [message] : [];
  });
  return ordered.length > 0 ? ordered : [...byId.values()];
}

/** The edited message of an edit's Updates. */
export function editedMessage(result: Api.TypeUpdates): RawMessage | undefined {
  for (const update of updatesOf(result)) {
    if ((update instanceof Api.UpdateEditMessage || update instanceof Api.UpdateEditChannelMessage) &&
      (update.message instanceof Api.Message || update.message instanceof Api.MessageService)) return update.message;
  }
  return undefined;
}
