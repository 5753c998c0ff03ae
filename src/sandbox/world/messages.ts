/**
 * Sending messages as Telegram numbers them: private chats and basic groups give every
 * participant a copy in their own box (own id, own pts event); supergroups and channels
 * keep one copy under the channel's numbering and pts.
 */
import { randomUUID } from "node:crypto";
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { pushNewMessage } from "./push.ts";
import { big, decodeTl, peerOfChat, peerUser } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import { addAccountEvent, addChannelEvent } from "./updates.ts";
import type { World } from "./world.ts";

/** A chat as one account addresses it. */
export type Target = { kind: "user"; account: Account } | { kind: "chat"; chat: Chat };

export interface MessageInput {
  text: string;
  entities?: Api.TypeMessageEntity[];
  /** In the sender's numbering. */
  replyToId?: number;
  replyMarkup?: Api.TypeReplyMarkup;
  media?: Api.TypeMessageMedia;
  silent?: boolean;
  /** Makes a service message (joins, leaves, pins…) instead of a text one. */
  action?: Api.TypeMessageAction;
  /** For forwarded messages: the original's header. */
  fwdFrom?: Api.MessageFwdHeader;
  /** The part of the replied message quoted (messages.sendMessage's reply_to quote fields). */
  quote?: { text: string; entities?: Api.TypeMessageEntity[]; offset?: number };
  /** Protected content: no forwarding or saving. */
  noforwards?: boolean;
  /** Shown above its media or link preview. */
  invertMedia?: boolean;
  /** Sent through an inline bot (messages.sendInlineBotResult). */
  viaBotId?: number;
  /** One item of an album (messages.sendMultiMedia): the album's id. */
  groupedId?: bigint;
}

export interface SendResult {
  /** Message id of the copy each receiving account has (the sender's included). */
  ids: Map<number, number>;
  /** Each receiving account's own event, for private chats and basic groups. */
  updates: Map<number, Api.UpdateNewMessage>;
  /** The sender's event (UpdateNewMessage or UpdateNewChannelMessage). */
  senderUpdate: Api.UpdateNewMessage | Api.UpdateNewChannelMessage;
  message: Api.Message | Api.MessageService;
}

const MAX_TEXT = 4096;
const now = () => Math.floor(Date.now() / 1000);

/** The peer key a box uses for a chat ("u<id>", "g<id>", "c<id>"). */
export function peerKey(target: Target, ownerId: number, senderId: number): string {
  if (target.kind === "chat") return `${target.chat.kind === "group" ? "g" : "c"}${target.chat.id}`;
  return `u${ownerId === senderId ? target.account.id : senderId}`;
}

export function targetKey(target: Target): string {
  return target.kind === "chat" ? `${target.chat.kind === "group" ? "g" : "c"}${target.chat.id}` : `u${target.account.id}`;
}

/** Who may post: members not banned from sending; in broadcast channels, admins who post. */
export function checkCanSend(world: World, from: Account, target: Target): void {
  if (target.kind === "user") {
    if (from.kind === "bot" && target.account.kind === "bot") throw rpcError("USER_IS_BOT");
    return;
  }
  const member = world.member(target.chat, from.id);
  if (!member) throw rpcError(target.chat.kind === "group" ? "CHAT_WRITE_FORBIDDEN" : "CHANNEL_PRIVATE");
  if (target.chat.kind === "channel" && member.status !== "creator" && !member.adminRights?.postMessages) {
    throw rpcError("CHAT_ADMIN_REQUIRED");
  }
  if (member.bannedRights?.sendMessages || (member.status === "member" && target.chat.defaultBannedRights.sendMessages)) {
    throw rpcError("CHAT_WRITE_FORBIDDEN");
  }
}

interface Envelope {
  id: number;
  out?: boolean;
  post?: boolean;
  silent?: boolean;
  peerId: Api.TypePeer;
  fromId?: Api.TypePeer;
  date: number;
  replyTo?: Api.MessageReplyHeader;
}

/** The stored message: a service message for an action, else text with its extras. */
function compose(envelope: Envelope, input: MessageInput): Api.Message | Api.MessageService {
  if (input.action) return new Api.MessageService({ ...envelope, action: input.action });
  return new Api.Message({
    ...envelope,
    message: input.text,
    entities: input.entities?.length ? input.entities : undefined,
    replyMarkup: input.replyMarkup,
    media: input.media,
    fwdFrom: input.fwdFrom,
    noforwards: input.noforwards,
    ...(input.invertMedia ? { invertMedia: true } : {}),
    ...(input.viaBotId ? { viaBotId: big(input.viaBotId) } : {}),
    ...(input.groupedId ? { groupedId: big(input.groupedId) } : {}),
  });
}

function replyHeader(id: number | undefined, quote?: MessageInput["quote"]): Api.MessageReplyHeader | undefined {
  if (id === undefined) return undefined;
  if (!quote) return new Api.MessageReplyHeader({ replyToMsgId: id });
  return new Api.MessageReplyHeader({
    replyToMsgId: id,
    quote: true,
    quoteText: quote.text,
    quoteEntities: quote.entities?.length ? quote.entities : undefined,
    quoteOffset: quote.offset,
  });
}

/** Sends as `from`; `echo` also pushes to the sender's own sessions (control API actions). */
export function sendMessage(world: World, from: Account, target: Target, input: MessageInput, echo = false): SendResult {
  if (!input.text && !input.media && !input.action) throw rpcError("MESSAGE_EMPTY");
  if (input.text.length > MAX_TEXT) throw rpcError("MESSAGE_TOO_LONG");
  if (!input.action) checkCanSend(world, from, target);
  const result = world.store.transaction(() =>
    target.kind === "chat" && target.chat.kind !== "group"
      ? sendToChannel(world, from, target.chat, input)
      : sendToBoxes(world, from, target, input),
  );
  pushNewMessage(world, from, target, result, echo);
  return result;
}

function sendToBoxes(world: World, from: Account, target: Target, input: MessageInput): SendResult {
  const recipients =
    target.kind === "user"
      ? [...new Set([from.id, target.account.id])].map((id) => world.account(id)!)
      : world.memberIds(target.chat).map((id) => world.account(id)!);
  const link = randomUUID();
  const replyLink = input.replyToId === undefined ? undefined : world.store.getMessage(`u${from.id}`, input.replyToId);
  if (input.replyToId !== undefined && (!replyLink || replyLink.peer !== peerKey(target, from.id, from.id))) {
    throw rpcError("REPLY_MESSAGE_ID_INVALID");
  }
  const replyIds = new Map(
    (replyLink ? world.store.messagesByLink(replyLink.link) : []).map((row) => [row.box, row.id] as const),
  );
  const ids = new Map<number, number>();
  const updates = new Map<number, Api.UpdateNewMessage>();
  let senderUpdate: Api.UpdateNewMessage | undefined;
  const date = now();
  for (const owner of recipients) {
    owner.lastMessageId += 1;
    const message = compose(
      {
        id: owner.lastMessageId,
        out: owner.id === from.id,
        silent: input.silent,
        peerId:
          target.kind === "chat"
            ? peerOfChat(target.chat)
            : peerUser(owner.id === from.id ? target.account.id : from.id),
        fromId: target.kind === "chat" ? peerUser(from.id) : undefined,
        date,
        replyTo: replyHeader(replyIds.get(`u${owner.id}`), input.quote),
      },
      input,
    );
    world.store.putMessage({
      box: `u${owner.id}`,
      id: message.id,
      peer: peerKey(target, owner.id, from.id),
      link,
      data: message.getBytes(),
    });
    const update = addAccountEvent(world, owner, 1, (pts, ptsCount) => new Api.UpdateNewMessage({ message, pts, ptsCount }));
    ids.set(owner.id, message.id);
    updates.set(owner.id, update);
    if (owner.id === from.id) senderUpdate = update;
  }
  return { ids, updates, senderUpdate: senderUpdate!, message: senderUpdate!.message as Api.Message | Api.MessageService };
}

function sendToChannel(world: World, from: Account, chat: Chat, input: MessageInput): SendResult {
  if (input.replyToId !== undefined && !world.store.getMessage(`c${chat.id}`, input.replyToId)) {
    throw rpcError("REPLY_MESSAGE_ID_INVALID");
  }
  chat.lastMessageId += 1;
  const broadcast = chat.kind === "channel";
  const message = compose(
    {
      id: chat.lastMessageId,
      post: broadcast,
      silent: input.silent,
      peerId: peerOfChat(chat),
      fromId: broadcast ? undefined : peerUser(from.id),
      date: now(),
      replyTo: replyHeader(input.replyToId, input.quote),
    },
    input,
  );
  world.store.putMessage({ box: `c${chat.id}`, id: message.id, peer: `c${chat.id}`, link: randomUUID(), data: message.getBytes() });
  const update = addChannelEvent(world, chat, 1, (pts, ptsCount) => new Api.UpdateNewChannelMessage({ message, pts, ptsCount }));
  const ids = new Map(world.memberIds(chat).map((id) => [id, message.id] as const));
  return { ids, updates: new Map(), senderUpdate: update, message };
}

/** A channel message as `viewerId` sees it (`out` when they sent it). */
export function viewMessage(message: Api.TypeMessage, viewerId: number): Api.TypeMessage {
  if (message instanceof Api.MessageEmpty || !(message.peerId instanceof Api.PeerChannel)) return message;
  message.out = message.fromId instanceof Api.PeerUser && message.fromId.userId.eq(big(viewerId));
  return message;
}

/** The box and peer key where `viewer` finds the messages of `target`. */
export function boxOf(viewer: Account, target: Target): { box: string; peer: string } {
  if (target.kind === "chat" && target.chat.kind !== "group") return { box: `c${target.chat.id}`, peer: `c${target.chat.id}` };
  return { box: `u${viewer.id}`, peer: targetKey(target) };
}

/** messages.getHistory: newest first, below offsetId (0 = from the newest). */
export function history(world: World, viewer: Account, target: Target, offsetId: number, addOffset: number, limit: number): Api.TypeMessage[] {
  const { box, peer } = boxOf(viewer, target);
  const rows = world.store.listMessages(box, peer, offsetId, Math.max(0, Math.min(limit, 100)) + Math.max(0, addOffset));
  return rows.slice(Math.max(0, addOffset)).map((row) => viewMessage(decodeTl<Api.Message>(row.data), viewer.id));
}

/** messages.getMessages / channels.getMessages: MessageEmpty where an id is missing. */
export function messagesById(world: World, viewer: Account, box: string, ids: number[]): Api.TypeMessage[] {
  return ids.map((id) => {
    const row = world.store.getMessage(box, id);
    return row ? viewMessage(decodeTl<Api.Message>(row.data), viewer.id) : new Api.MessageEmpty({ id });
  });
}
