/**
 * The MTProto 2.0 encrypted envelope: auth_key_id + msg_key + AES-256-IGE(salt,
 * session_id, msg_id, seq_no, length, body, 12..1024 bytes of padding).
 * https://core.telegram.org/mtproto/description#encrypted-message
 */
import { randomBytes } from "node:crypto";
import { igeDecrypt, igeEncrypt, messageAesKeyIv, msgKeyFor } from "./crypto.ts";

export interface PlainMessage {
  salt: bigint;
  sessionId: bigint;
  msgId: bigint;
  seqNo: number;
  body: Buffer;
}

/** Opens a client packet; undefined when msg_key or the lengths do not check out. */
export function openClientPacket(authKey: Buffer, packet: Buffer): PlainMessage | undefined {
  const encrypted = packet.subarray(24);
  if (encrypted.length < 48 || encrypted.length % 16 !== 0) return undefined;
  const msgKey = packet.subarray(8, 24);
  const { key, iv } = messageAesKeyIv(authKey, msgKey, 0);
  const plain = igeDecrypt(encrypted, key, iv);
  if (!msgKeyFor(authKey, plain, 0).equals(msgKey)) return undefined;
  const length = plain.readInt32LE(28);
  const padding = plain.length - 32 - length;
  if (length < 4 || length % 4 !== 0 || padding < 12 || padding > 1024) return undefined;
  return {
    salt: plain.readBigInt64LE(0),
    sessionId: plain.readBigInt64LE(8),
    msgId: plain.readBigInt64LE(16),
    seqNo: plain.readInt32LE(24),
    body: plain.subarray(32, 32 + length),
  };
}

/** Seals one server message for the client. */
export function sealServerPacket(authKey: Buffer, authKeyId: bigint, m: PlainMessage): Buffer {
  const padLen = 12 + ((16 - ((32 + m.body.length + 12) % 16)) % 16);
  const plain = Buffer.allocUnsafe(32 + m.body.length + padLen);
  plain.writeBigInt64LE(m.salt, 0);
  plain.writeBigInt64LE(m.sessionId, 8);
  plain.writeBigInt64LE(m.msgId, 16);
  plain.writeInt32LE(m.seqNo, 24);
  plain.writeInt32LE(m.body.length, 28);
  m.body.copy(plain, 32);
  randomBytes(padLen).copy(plain, 32 + m.body.length);
  const msgKey = msgKeyFor(authKey, plain, 8);
  const { key, iv } = messageAesKeyIv(authKey, msgKey, 8);
  const head = Buffer.allocUnsafe(8);
  head.writeBigUInt64LE(authKeyId);
  return Buffer.concat([head, msgKey, igeEncrypt(plain, key, iv)]);
}

/** A plain (unencrypted) message: auth_key_id 0, msg_id, length, body. */
export function plainPacket(msgId: bigint, body: Buffer): Buffer {
  const head = Buffer.alloc(20);
  head.writeBigInt64LE(msgId, 8);
  head.writeInt32LE(body.length, 16);
  return Buffer.concat([head, body]);
}
