/**
 * The server's crypto against the sample values of Telegram's auth-key walkthrough
 * (core.telegram.org/mtproto/samples-auth_key) and against GramJS's own implementation.
 */
import { describe, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { _serverKeys } from "telegram/crypto/RSA";
import { AuthKey } from "telegram/crypto/AuthKey";
import { MTProtoState } from "telegram/network/MTProtoState";
import { BinaryWriter } from "telegram/extensions";
import { Logger, LogLevel } from "telegram/extensions/Logger";
import { Api } from "telegram";
import { sessionIdOf } from "./raw-client.ts";
import { isProbablePrime, modPow, bigToBytes, bigFromBytes } from "../../../src/sandbox/mtproto/bigint.ts";
import { authKeyIdOf, igeDecrypt, igeEncrypt, newNonceHash, sha1, tmpAesKeyIv } from "../../../src/sandbox/mtproto/crypto.ts";
import { DH_PRIME, inDhRange } from "../../../src/sandbox/mtproto/dh.ts";
import { openClientPacket, sealServerPacket } from "../../../src/sandbox/mtproto/envelope.ts";
import { loadRsaKey, rsaFingerprint, rsaPadDecrypt } from "../../../src/sandbox/mtproto/rsa.ts";

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");

describe("samples-auth_key", () => {
  test("pq = 0x17ED48941A08F981 is the product of the primes 0x494C553B and 0x53911073", () => {
    const [p, q] = [0x494c553bn, 0x53911073n];
    expect(p * q).toBe(0x17ed48941a08f981n);
    expect(isProbablePrime(p)).toBe(true);
    expect(isProbablePrime(q)).toBe(true);
    expect(bigToBytes(p * q)).toEqual(hex("17ED48941A08F981"));
  });

  test("tmp_aes_key and tmp_aes_iv from new_nonce and server_nonce", () => {
    const { key, iv } = tmpAesKeyIv(hex("311C85DB234AA2640AFC4A76A735CF5B1F0FD68BD17FA181E1229AD867CC024D"), hex("A5CF4D33F4A11EA877BA4AA573907330"));
    expect(key.toString("hex").toUpperCase()).toBe("F011280887C7BB01DF0FC4E17830E0B91FBB8BE4B2267CB985AE25F33B527253");
    expect(iv.toString("hex").toUpperCase()).toBe("3212D579EE35452ED23E0D0C92841AA7D31B2E9BDEF2151E80D15860311C85DB");
  });

  test("AES-IGE: the first block of encrypted_answer decrypts to the start of SHA1(answer)", () => {
    const key = hex("F011280887C7BB01DF0FC4E17830E0B91FBB8BE4B2267CB985AE25F33B527253");
    const iv = hex("3212D579EE35452ED23E0D0C92841AA7D31B2E9BDEF2151E80D15860311C85DB");
    const plain = igeDecrypt(hex("28A92FE20173B347A8BB324B5FAB2667"), key, iv);
    expect(plain.toString("hex").toUpperCase()).toBe("4B0AF668CF60A358233F93B7341FCA7E");
    expect(igeEncrypt(plain, key, iv).toString("hex").toUpperCase()).toBe("28A92FE20173B347A8BB324B5FAB2667");
  });
});

describe("AES-IGE", () => {
  test.each([16, 48, 1024, 4096 + 16])("round trip of %i bytes, and agreement with GramJS", async (size) => {
    const { IGE } = await import("telegram/crypto/IGE");
    const [key, iv, data] = [randomBytes(32), randomBytes(32), randomBytes(size)];
    const enc = igeEncrypt(data, key, iv);
    expect(enc).toEqual(Buffer.from(new IGE(key, iv).encryptIge(data)));
    expect(igeDecrypt(enc, key, iv)).toEqual(data);
  });
});

describe("RSA", () => {
  test("fingerprints of the keys GramJS ships match Telegram's definition", () => {
    expect(_serverKeys.size).toBeGreaterThan(0);
    for (const [fingerprint, { n, e }] of _serverKeys) {
      expect(rsaFingerprint(BigInt(n.toString()), BigInt(e))).toBe(BigInt(fingerprint));
    }
  });

  test("RSA_PAD as GramJS builds it decrypts to the padded data", async () => {
    const key = loadRsaKey();
    const data = randomBytes(192);
    const { sha256 } = await import("../../../src/sandbox/mtproto/crypto.ts");
    // The client side, written from the docs; a client retries with another temp_key while m >= n.
    let m: bigint;
    do {
      const tempKey = randomBytes(32);
      const dataWithHash = Buffer.concat([Buffer.from(data).reverse(), sha256(tempKey, data)]);
      const aesEncrypted = igeEncrypt(dataWithHash, tempKey, Buffer.alloc(32));
      const mask = sha256(aesEncrypted);
      m = bigFromBytes(Buffer.concat([Buffer.from(tempKey.map((b, i) => b ^ mask[i]!)), aesEncrypted]));
    } while (m >= key.n);
    const encrypted = bigToBytes(modPow(m, key.e, key.n), 256);
    expect(rsaPadDecrypt(key, encrypted)).toEqual(data);
    encrypted[10]! ^= 1;
    expect(rsaPadDecrypt(key, encrypted)).toBeUndefined();
  });

  test("a loaded PEM gives the same key back", () => {
    const key = loadRsaKey();
    const again = loadRsaKey(key.privateKeyPem);
    expect(again.fingerprint).toBe(key.fingerprint);
    expect(key.publicKeyPem).toStartWith("-----BEGIN RSA PUBLIC KEY-----");
  });
});

describe("DH", () => {
  test("the published prime is a safe prime and g = 3 generates a subgroup of prime order", () => {
    expect(isProbablePrime(DH_PRIME, 8)).toBe(true);
    expect(isProbablePrime((DH_PRIME - 1n) / 2n, 8)).toBe(true);
    expect(DH_PRIME % 3n).toBe(2n); // the docs' condition for g = 3
    expect(inDhRange(modPow(3n, bigFromBytes(randomBytes(256)), DH_PRIME))).toBe(true);
    expect(inDhRange(1n)).toBe(false);
  });

  test("auth_key_id and new_nonce_hash1 agree with GramJS's AuthKey", async () => {
    const key = randomBytes(256);
    key[0] = key[0]! | 1;
    const theirs = new AuthKey();
    await theirs.setKey(key);
    expect(authKeyIdOf(key).toString()).toBe(theirs.keyId!.toString());
    const newNonce = randomBytes(32);
    const expected = await theirs.calcNewNonceHash(BigInt("0x" + Buffer.from(newNonce).reverse().toString("hex")) as never, 1);
    // GramJS reads the int128 as signed.
    expect(BigInt.asUintN(128, BigInt(expected.toString()))).toBe(BigInt("0x" + Buffer.from(newNonceHash(newNonce, 1, key)).reverse().toString("hex")));
    expect(sha1(key).subarray(12).readBigUInt64LE(0)).toBe(authKeyIdOf(key));
  });
});

describe("MTProto 2.0 envelope against GramJS's MTProtoState", () => {
  const log = new Logger(LogLevel.NONE);

  async function gramjsState(key: Buffer) {
    const authKey = new AuthKey();
    await authKey.setKey(key);
    const state = new MTProtoState(authKey, log);
    state.salt = (await import("telegram/Helpers")).returnBigInt(12345n);
    return state;
  }

  test("a client message sealed by GramJS opens, with salt, session and body", async () => {
    const key = randomBytes(256);
    const state = await gramjsState(key);
    const body = new Api.help.GetNearestDc().getBytes();
    const w = new BinaryWriter(Buffer.alloc(0));
    const msgId = await state.writeDataAsMessage(w, body, true);
    const packet = await state.encryptMessageData(w.getValue());
    const m = openClientPacket(key, packet)!;
    expect(m.salt).toBe(12345n);
    expect(m.sessionId).toBe(sessionIdOf(state));
    expect(m.msgId.toString()).toBe(msgId.toString());
    expect(m.seqNo).toBe(1);
    expect(m.body).toEqual(body);
    packet[40]! ^= 1;
    expect(openClientPacket(key, packet)).toBeUndefined();
  });

  test("a server message sealed here opens in GramJS", async () => {
    const key = randomBytes(256);
    const state = await gramjsState(key);
    const body = new Api.NearestDc({ country: "XX", thisDc: 2, nearestDc: 2 }).getBytes();
    const packet = sealServerPacket(key, authKeyIdOf(key), { salt: 1n, sessionId: sessionIdOf(state), msgId: 0x1234n << 32n | 1n, seqNo: 1, body });
    const message = await state.decryptMessageData(packet);
    expect((message.obj as Api.NearestDc).thisDc).toBe(2);
  });
});
