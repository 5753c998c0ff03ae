/**
 * The sandbox's RSA key: generation, the fingerprint Telegram defines, and the server side
 * of RSA_PAD (and of the older sha1-padded form).
 * https://core.telegram.org/mtproto/auth_key#presenting-proof-of-work-server-authentication
 */
import { constants, createPrivateKey, createPublicKey, generateKeyPairSync, privateDecrypt, type KeyObject } from "node:crypto";
import { bigFromBytes, bigToBytes } from "./bigint.ts";
import { igeDecrypt, sha1, sha256 } from "./crypto.ts";
import { TlWriter } from "./tl.ts";

export interface RsaKey {
  n: bigint;
  e: bigint;
  privateKey: KeyObject;
  /** Signed 64-bit fingerprint, as carried in resPQ. */
  fingerprint: bigint;
  /** PKCS#1 PEM of the public key. */
  publicKeyPem: string;
  privateKeyPem: string;
}

function b64url(s: string): bigint {
  return bigFromBytes(Buffer.from(s, "base64url"));
}

/** Lower 64 bits of SHA1(n as TL bytes + e as TL bytes), as a signed long. */
export function rsaFingerprint(n: bigint, e: bigint): bigint {
  return sha1(new TlWriter().bytes(bigToBytes(n)).bytes(bigToBytes(e)).build()).readBigInt64LE(12);
}

export function loadRsaKey(privateKeyPem?: string): RsaKey {
  let priv: KeyObject;
  if (privateKeyPem) priv = createPrivateKey(privateKeyPem);
  else priv = generateKeyPairSync("rsa", { modulusLength: 2048, publicExponent: 65537 }).privateKey;
  const jwk = priv.export({ format: "jwk" });
  if (!jwk.n || !jwk.e) throw new Error("not an RSA private key");
  const n = b64url(jwk.n);
  const e = b64url(jwk.e);
  return {
    n,
    e,
    privateKey: priv,
    fingerprint: rsaFingerprint(n, e),
    publicKeyPem: createPublicKey(priv).export({ format: "pem", type: "pkcs1" }).toString(),
    privateKeyPem: priv.export({ format: "pem", type: "pkcs1" }).toString(),
  };
}

/** Raw RSA (c^d mod n, as 256 big-endian bytes), by the native library. */
function rsaRaw(key: RsaKey, encrypted: Buffer): Buffer | undefined {
  if (encrypted.length > 256 || bigFromBytes(encrypted) >= key.n) return undefined;
  return privateDecrypt({ key: key.privateKey, padding: constants.RSA_NO_PADDING }, bigToBytes(bigFromBytes(encrypted), 256));
}

/**
 * Undoes RSA_PAD: key_aes_encrypted = temp_key_xor + aes_encrypted, where temp_key_xor =
 * temp_key XOR SHA256(aes_encrypted) and aes_encrypted = AES-IGE(temp_key, zero iv) of
 * reversed(data_with_padding) + SHA256(temp_key + data_with_padding). Returns the
 * 192-byte data_with_padding, or undefined when the hash does not match.
 */
export function rsaPadDecrypt(key: RsaKey, encrypted: Buffer): Buffer | undefined {
  const raw = rsaRaw(key, encrypted);
  if (!raw) return undefined;
  const tempKeyXor = raw.subarray(0, 32);
  const aesEncrypted = raw.subarray(32);
  const mask = sha256(aesEncrypted);
  const tempKey = Buffer.alloc(32);
  for (let i = 0; i < 32; i++) tempKey[i] = tempKeyXor[i]! ^ mask[i]!;
  const dataWithHash = igeDecrypt(aesEncrypted, tempKey, Buffer.alloc(32));
  const dataWithPadding = Buffer.from(dataWithHash.subarray(0, 192)).reverse();
  if (!sha256(tempKey, dataWithPadding).equals(dataWithHash.subarray(192))) return undefined;
  return dataWithPadding;
}

/** The pre-RSA_PAD form: sha1(data) + data + random padding to 255 bytes. */
export function rsaSha1Decrypt(key: RsaKey, encrypted: Buffer, dataLength: (data: Buffer) => number): Buffer | undefined {
  const raw = rsaRaw(key, encrypted);
  if (!raw || raw[0] !== 0) return undefined;
  const body = raw.subarray(21);
  const len = dataLength(body);
  if (len <= 0 || len > body.length) return undefined;
  const data = body.subarray(0, len);
  return sha1(data).equals(raw.subarray(1, 21)) ? data : undefined;
}
