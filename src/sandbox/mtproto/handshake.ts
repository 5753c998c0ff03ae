/**
 * The server side of the auth-key exchange over plain (unencrypted) messages:
 * req_pq_multi → resPQ, req_DH_params → server_DH_params_ok, set_client_DH_params →
 * dh_gen_ok / dh_gen_retry / dh_gen_fail.
 * https://core.telegram.org/mtproto/auth_key
 */
import { randomBytes } from "node:crypto";
import { bigFromBytes, bigToBytes, modPow, randomBig, randomPrime } from "./bigint.ts";
import { C } from "./constructors.ts";
import { authKeyAuxHash, authKeyIdOf, igeDecrypt, igeEncrypt, newNonceHash, sha1, tmpAesKeyIv } from "./crypto.ts";
import { DH_G, DH_PRIME, DH_PRIME_BYTES, inDhRange } from "./dh.ts";
import { rsaPadDecrypt, rsaSha1Decrypt, type RsaKey } from "./rsa.ts";
import { TlReader, TlWriter } from "./tl.ts";
import type { AuthKeyStore, FaultState } from "./types.ts";

/** A handshake step the server refuses: the connection is closed. */
export class HandshakeError extends Error {}

export interface HandshakeEnv {
  dcId: number;
  rsa: RsaKey;
  authKeys: AuthKeyStore;
  faults: FaultState;
  /** Called with each new key's id and its first server salt. */
  onNewKey(authKeyId: bigint, firstSalt: bigint): void;
}

interface Exchange {
  nonce: Buffer;
  serverNonce: Buffer;
  p: bigint;
  q: bigint;
  newNonce?: Buffer;
  a?: bigint;
  tmp?: { key: Buffer; iv: Buffer };
  /** aux hash of the key refused by the last dh_gen_retry: the client's next retry_id. */
  retryId: bigint;
}

/** The exchanges of one connection, keyed by the client's nonce. */
export class Handshake {
  private exchanges = new Map<string, Exchange>();
  constructor(private readonly env: HandshakeEnv) {}

  /** Answers one plain message body; throws HandshakeError to close the connection. */
  handle(body: Buffer): Buffer {
    const r = new TlReader(body);
    const ctor = r.uint();
    switch (ctor) {
      case C.reqPqMulti:
      case C.reqPq:
        return this.reqPq(r.raw(16));
      case C.reqDHParams:
        return this.reqDhParams(r);
      case C.setClientDHParams:
        return this.setClientDhParams(r);
      default:
        throw new HandshakeError(`unexpected plain message 0x${ctor.toString(16)}`);
    }
  }

  private reqPq(nonce: Buffer): Buffer {
    // The server sets the proof of work. While a zero-leading key is being forced, clients
    // redo whole exchanges many times, so the work is made small (a conforming client would
    // only redo step 3; GramJS restarts from req_pq_multi). Either way pq's top bit stays 0:
    // GramJS reads pq as a signed number.
    const bits = this.env.faults.zeroLeadingAuthKey ? 15 : 31;
    const p = randomPrime(bits);
    let q = randomPrime(bits);
    while (q === p) q = randomPrime(bits);
    const ex: Exchange = { nonce: Buffer.from(nonce), serverNonce: randomBytes(16), p: p < q ? p : q, q: p < q ? q : p, retryId: 0n };
    if (this.exchanges.size >= 4) this.exchanges.delete(this.exchanges.keys().next().value!);
    this.exchanges.set(nonce.toString("hex"), ex);
    return new TlWriter()
      .uint(C.resPQ)
      .raw(ex.nonce)
      .raw(ex.serverNonce)
      .bytes(bigToBytes(ex.p * ex.q))
      .longVector([this.env.rsa.fingerprint])
      .build();
  }

  private exchangeFor(nonce: Buffer, serverNonce: Buffer): Exchange {
    const ex = this.exchanges.get(nonce.toString("hex"));
    if (!ex || !ex.serverNonce.equals(serverNonce)) throw new HandshakeError("unknown nonce / server_nonce");
    return ex;
  }

  private reqDhParams(r: TlReader): Buffer {
    const ex = this.exchangeFor(r.raw(16), r.raw(16));
    const p = bigFromBytes(r.bytes());
    const q = bigFromBytes(r.bytes());
    const fingerprint = r.long();
    const encrypted = r.bytes();
    if (p !== ex.p || q !== ex.q) throw new HandshakeError("wrong p, q");
    if (fingerprint !== this.env.rsa.fingerprint) throw new HandshakeError("unknown RSA fingerprint");
    const data = rsaPadDecrypt(this.env.rsa, encrypted) ?? rsaSha1Decrypt(this.env.rsa, encrypted, innerDataLength);
    if (!data) throw new HandshakeError("encrypted_data does not decrypt");
    ex.newNonce = this.checkInnerData(data, ex);
    ex.tmp = tmpAesKeyIv(ex.newNonce, ex.serverNonce);
    let gA: bigint;
    do {
      ex.a = randomBig(256);
      gA = modPow(BigInt(DH_G), ex.a, DH_PRIME);
    } while (!inDhRange(gA));
    const inner = new TlWriter()
      .uint(C.serverDHInnerData)
      .raw(ex.nonce)
      .raw(ex.serverNonce)
      .int(DH_G)
      .bytes(DH_PRIME_BYTES)
      .bytes(bigToBytes(gA, 256))
      .int(Math.floor(Date.now() / 1000))
      .build();
    const withHash = Buffer.concat([sha1(inner), inner]);
    const padded = Buffer.concat([withHash, randomBytes((16 - (withHash.length % 16)) % 16)]);
    return new TlWriter()
      .uint(C.serverDHParamsOk)
      .raw(ex.nonce)
      .raw(ex.serverNonce)
      .bytes(igeEncrypt(padded, ex.tmp.key, ex.tmp.iv))
      .build();
  }

  /** Checks p_q_inner_data (any of its four forms) against the exchange; returns new_nonce. */
  private checkInnerData(data: Buffer, ex: Exchange): Buffer {
    const r = new TlReader(data);
    const ctor = r.uint();
    if (![C.pqInnerData, C.pqInnerDataDc, C.pqInnerDataTemp, C.pqInnerDataTempDc].includes(ctor as never)) {
      throw new HandshakeError("not a p_q_inner_data");
    }
    const pq = bigFromBytes(r.bytes());
    const p = bigFromBytes(r.bytes());
    const q = bigFromBytes(r.bytes());
    const nonce = r.raw(16);
    const serverNonce = r.raw(16);
    const newNonce = Buffer.from(r.raw(32));
    if (pq !== ex.p * ex.q || p !== ex.p || q !== ex.q) throw new HandshakeError("inner data: wrong pq");
    if (!nonce.equals(ex.nonce) || !serverNonce.equals(ex.serverNonce)) throw new HandshakeError("inner data: wrong nonce");
    if (ctor === C.pqInnerDataDc || ctor === C.pqInnerDataTempDc) {
      // Test DCs add 10000 and media DCs are negative; both name the same DC here.
      const dc = Math.abs(r.int()) % 10000;
      if (dc !== this.env.dcId) throw new HandshakeError(`inner data names DC ${dc}`);
    }
    return newNonce;
  }

  private setClientDhParams(r: TlReader): Buffer {
    const ex = this.exchangeFor(r.raw(16), r.raw(16));
    if (!ex.tmp || !ex.newNonce || ex.a === undefined) throw new HandshakeError("set_client_DH_params before req_DH_params");
    const encrypted = r.bytes();
    if (encrypted.length % 16 !== 0) throw new HandshakeError("encrypted_data not padded");
    const plain = igeDecrypt(encrypted, ex.tmp.key, ex.tmp.iv);
    const inner = new TlReader(plain.subarray(20));
    if (inner.uint() !== C.clientDHInnerData) throw new HandshakeError("not a client_DH_inner_data");
    const nonce = inner.raw(16);
    const serverNonce = inner.raw(16);
    const retryId = inner.long();
    const gB = bigFromBytes(inner.bytes());
    if (!sha1(plain.subarray(20, 20 + inner.offset)).equals(plain.subarray(0, 20))) throw new HandshakeError("client_DH_inner_data hash mismatch");
    if (!nonce.equals(ex.nonce) || !serverNonce.equals(ex.serverNonce)) throw new HandshakeError("client_DH_inner_data: wrong nonce");
    if (!inDhRange(gB)) throw new HandshakeError("g_b out of range");

    const key = bigToBytes(modPow(gB, ex.a, DH_PRIME), 256);
    const answer = (ctor: number, n: 1 | 2 | 3) =>
      new TlWriter().uint(ctor).raw(ex.nonce).raw(ex.serverNonce).raw(newNonceHash(ex.newNonce!, n, key)).build();
    if (retryId !== ex.retryId) return answer(C.dhGenFail, 3);

    const id = authKeyIdOf(key);
    const collides = this.env.authKeys.get(id.toString()) !== undefined;
    if (collides || (this.env.faults.zeroLeadingAuthKey && key[0] !== 0)) {
      ex.retryId = authKeyAuxHash(key).readBigInt64LE(0);
      return answer(C.dhGenRetry, 2);
    }
    if (key[0] === 0) this.env.faults.zeroLeadingAuthKey = false;
    this.env.authKeys.set(id.toString(), { key, dcId: this.env.dcId });
    this.exchanges.delete(ex.nonce.toString("hex"));
    const firstSalt = ex.newNonce.readBigInt64LE(0) ^ ex.serverNonce.readBigInt64LE(0);
    this.env.onNewKey(id, firstSalt);
    return answer(C.dhGenOk, 1);
  }
}

/** Length of the p_q_inner_data at the start of `body` (for the sha1-padded form). */
function innerDataLength(body: Buffer): number {
  try {
    const r = new TlReader(body);
    const ctor = r.uint();
    r.bytes();
    r.bytes();
    r.bytes();
    r.raw(16 + 16 + 32);
    if (ctor === C.pqInnerDataDc) r.int();
    else if (ctor === C.pqInnerDataTemp) r.int();
    else if (ctor === C.pqInnerDataTempDc) r.raw(8);
    return r.offset;
  } catch {
    return -1;
  }
}
