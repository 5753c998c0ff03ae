/**
 * MTProto's symmetric primitives on node:crypto: SHA1/SHA256, AES-256-IGE built on the
 * ECB block cipher, and the key derivations of the handshake and of MTProto 2.0 messages.
 * https://core.telegram.org/mtproto/description#defining-aes-key-and-initialization-vector
 */
import { createCipheriv, createDecipheriv, createHash } from "node:crypto";

export function sha1(...parts: Buffer[]): Buffer {
  const h = createHash("sha1");
  for (const p of parts) h.update(p);
  return h.digest();
}

export function sha256(...parts: Buffer[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

function xor16(a: Buffer, ao: number, b: Buffer, bo: number, out: Buffer, oo: number): void {
  for (let i = 0; i < 16; i++) out[oo + i] = a[ao + i]! ^ b[bo + i]!;
}

/**
 * AES-256-IGE. `iv` is 32 bytes: the first half plays the previous ciphertext block, the
 * second half the previous plaintext block (Telegram's convention).
 */
export function igeEncrypt(plain: Buffer, key: Buffer, iv: Buffer): Buffer {
  if (plain.length % 16 !== 0) throw new Error("IGE input is not a multiple of 16 bytes");
  const ecb = createCipheriv("aes-256-ecb", key, null).setAutoPadding(false);
  const out = Buffer.allocUnsafe(plain.length);
  const block = Buffer.allocUnsafe(16);
  let prevC = iv.subarray(0, 16);
  let prevP = iv.subarray(16, 32);
  for (let i = 0; i < plain.length; i += 16) {
    xor16(plain, i, prevC, 0, block, 0);
    const enc = ecb.update(block);
    xor16(enc, 0, prevP, 0, out, i);
    prevC = out.subarray(i, i + 16);
    prevP = plain.subarray(i, i + 16);
  }
  return out;
}

export function igeDecrypt(cipher: Buffer, key: Buffer, iv: Buffer): Buffer {
  if (cipher.length % 16 !== 0) throw new Error("IGE input is not a multiple of 16 bytes");
  const ecb = createDecipheriv("aes-256-ecb", key, null).setAutoPadding(false);
  const out = Buffer.allocUnsafe(cipher.length);
  const block = Buffer.allocUnsafe(16);
  let prevC = iv.subarray(0, 16);
  let prevP = iv.subarray(16, 32);
  for (let i = 0; i < cipher.length; i += 16) {
    xor16(cipher, i, prevP, 0, block, 0);
    const dec = ecb.update(block);
    xor16(dec, 0, prevC, 0, out, i);
    prevC = cipher.subarray(i, i + 16);
    prevP = out.subarray(i, i + 16);
  }
  return out;
}

/**
 * tmp_aes_key / tmp_aes_iv of the auth-key exchange, from new_nonce and server_nonce as
 * they appear on the wire (little-endian int256 / int128).
 * https://core.telegram.org/mtproto/auth_key#presenting-proof-of-work-server-authentication
 */
export function tmpAesKeyIv(newNonce: Buffer, serverNonce: Buffer): { key: Buffer; iv: Buffer } {
  const ns = sha1(newNonce, serverNonce);
  const sn = sha1(serverNonce, newNonce);
  const nn = sha1(newNonce, newNonce);
  return {
    key: Buffer.concat([ns, sn.subarray(0, 12)]),
    iv: Buffer.concat([sn.subarray(12, 20), nn, newNonce.subarray(0, 4)]),
  };
}

/** x = 0 for messages from the client, 8 for messages from the server. */
export type Direction = 0 | 8;

/** MTProto 2.0: msg_key = middle 128 bits of SHA256(auth_key[88+x, 32] + plaintext). */
export function msgKeyFor(authKey: Buffer, plaintext: Buffer, x: Direction): Buffer {
  return sha256(authKey.subarray(88 + x, 120 + x), plaintext).subarray(8, 24);
}

/** MTProto 2.0 aes_key / aes_iv from auth_key and msg_key. */
export function messageAesKeyIv(authKey: Buffer, msgKey: Buffer, x: Direction): { key: Buffer; iv: Buffer } {
  const a = sha256(msgKey, authKey.subarray(x, x + 36));
  const b = sha256(authKey.subarray(40 + x, 76 + x), msgKey);
  return {
    key: Buffer.concat([a.subarray(0, 8), b.subarray(8, 24), a.subarray(24, 32)]),
    iv: Buffer.concat([b.subarray(0, 8), a.subarray(8, 24), b.subarray(24, 32)]),
  };
}

/** auth_key_id: the 64 lower-order bits of SHA1(auth_key), as an unsigned little-endian long. */
export function authKeyIdOf(authKey: Buffer): bigint {
  return sha1(authKey).readBigUInt64LE(12);
}

/** auth_key_aux_hash: the 64 higher-order bits of SHA1(auth_key), as raw bytes. */
export function authKeyAuxHash(authKey: Buffer): Buffer {
  return sha1(authKey).subarray(0, 8);
}

/** new_nonce_hash1/2/3: the 128 lower-order bits of SHA1(new_nonce + [n] + aux_hash). */
export function newNonceHash(newNonce: Buffer, n: 1 | 2 | 3, authKey: Buffer): Buffer {
  return sha1(newNonce, Buffer.from([n]), authKeyAuxHash(authKey)).subarray(4, 20);
}
