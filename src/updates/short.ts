/**
 * updateShortMessage / updateShortChatMessage carry a message without its users and
 * chats. They are turned back into the updateNewMessage they stand for, and report the
 * peers a converter needs, so the manager can tell whether it knows them.
 * https://core.telegram.org/api/updates#updates-sequence
 */
import bigInt from "big-integer";
import { Api } from "telegram";
import type { PeerRef } from "../convert/chat-id.ts";
import { toNumber } from "../convert/long.ts";

export type ShortMessage = Api.UpdateShortMessage | Api.UpdateShortChatMessage;

export interface Expanded {
  readonly update: Api.UpdateNewMessage;
  /** Peers the message names that a converter must know to show names and titles. */
  readonly needs: readonly PeerRef[];
}

const peerUser = (id: Api.long) => new Api.PeerUser({ userId: id });

export function expandShort(short: ShortMessage, selfId: number): Expanded {
  const common = {
    out: short.out,
    mentioned: short.mentioned,
    mediaUnread: short.mediaUnread,
    silent: short.silent,
    id: short.id,
    message: short.message,
    date: short.date,
    fwdFrom: short.fwdFrom,
    viaBotId: short.viaBotId,
    replyTo: short.replyTo,
    entities: short.entities,
    ttlPeriod: short.ttlPeriod,
  };
  const needs: PeerRef[] = [];
  let message: Api.Message;
  if (short instanceof Api.UpdateShortMessage) {
    const from = short.out ? bigInt(selfId) : short.userId;
    message = new Api.Message({ ...common, peerId: peerUser(short.userId), fromId: peerUser(from) });
    needs.push({ kind: "user", id: toNumber(short.userId) });
  } else {
    message = new Api.Message({ ...common, peerId: new Api.PeerChat({ chatId: short.chatId }), fromId: peerUser(short.fromId) });
    needs.push({ kind: "user", id: toNumber(short.fromId) }, { kind: "chat", id: toNumber(short.chatId) });
  }
  if (short.viaBotId) needs.push({ kind: "user", id: toNumber(short.viaBotId) });
  return { update: new Api.UpdateNewMessage({ message, pts: short.pts, ptsCount: short.ptsCount }), needs };
}
