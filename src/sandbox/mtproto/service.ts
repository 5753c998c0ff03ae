/**
 * Encoders of the service messages the server sends.
 * https://core.telegram.org/mtproto/service_messages
 * https://core.telegram.org/mtproto/service_messages_about_messages
 */
import { C } from "./constructors.ts";
import type { FutureSalt } from "./salts.ts";
import { TlWriter } from "./tl.ts";

export function rpcResult(reqMsgId: bigint, result: Buffer): Buffer {
  const head = Buffer.allocUnsafe(12);
  head.writeUInt32LE(C.rpcResult, 0);
  head.writeBigInt64LE(reqMsgId, 4);
  return Buffer.concat([head, result]);
}

export function rpcError(code: number, message: string): Buffer {
  return new TlWriter().uint(C.rpcError).int(code).bytes(Buffer.from(message, "utf8")).build();
}

export function gzipPacked(packed: Buffer): Buffer {
  return new TlWriter().uint(C.gzipPacked).bytes(packed).build();
}

export function badMsgNotification(badMsgId: bigint, badSeqNo: number, code: number): Buffer {
  return new TlWriter().uint(C.badMsgNotification).long(badMsgId).int(badSeqNo).int(code).build();
}

/** bad_server_salt carries error code 48 and the salt to use. */
export function badServerSalt(badMsgId: bigint, badSeqNo: number, newSalt: bigint): Buffer {
  return new TlWriter().uint(C.badServerSalt).long(badMsgId).int(badSeqNo).int(48).long(newSalt).build();
}

export function newSessionCreated(firstMsgId: bigint, uniqueId: bigint, salt: bigint): Buffer {
  return new TlWriter().uint(C.newSessionCreated).long(firstMsgId).long(uniqueId).long(salt).build();
}

export function pong(msgId: bigint, pingId: bigint): Buffer {
  return new TlWriter().uint(C.pong).long(msgId).long(pingId).build();
}

export function msgsAck(ids: readonly bigint[]): Buffer {
  return new TlWriter().uint(C.msgsAck).longVector(ids).build();
}

export function msgsStateInfo(reqMsgId: bigint, info: Buffer): Buffer {
  return new TlWriter().uint(C.msgsStateInfo).long(reqMsgId).bytes(info).build();
}

export function destroySessionAnswer(sessionId: bigint, existed: boolean): Buffer {
  return new TlWriter().uint(existed ? C.destroySessionOk : C.destroySessionNone).long(sessionId).build();
}

/** future_salts: `salts` is a bare vector of bare future_salt. */
export function futureSalts(reqMsgId: bigint, now: number, salts: readonly FutureSalt[]): Buffer {
  const w = new TlWriter().uint(C.futureSalts).long(reqMsgId).int(now).int(salts.length);
  for (const s of salts) w.int(s.validSince).int(s.validUntil).long(s.salt);
  return w.build();
}

export interface ContainedMessage {
  msgId: bigint;
  seqNo: number;
  body: Buffer;
}

export function msgContainer(messages: readonly ContainedMessage[]): Buffer {
  const w = new TlWriter().uint(C.msgContainer).int(messages.length);
  for (const m of messages) w.long(m.msgId).int(m.seqNo).int(m.body.length).raw(m.body);
  return w.build();
}

export function rpcAnswerUnknown(): Buffer {
  return new TlWriter().uint(C.rpcAnswerUnknown).build();
}
