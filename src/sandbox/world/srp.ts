/**
 * Server side of Telegram's 2FA SRP-2048 (core.telegram.org/api/srp): the server keeps
 * only the verifier v = g^x mod p, sends B = k·v + g^b, and checks the client's M1.
 */
import { createHash, pbkdf2Sync, randomBytes } from "node:crypto";
import { bigFromBytes as toBig, bigToBytes, modPow } from "../mtproto/bigint.ts";
import type { PasswordRecord } from "./types.ts";

/** Telegram's published 2048-bit safe prime (the one clients accept), with g = 3. */
export const SRP_P = Buffer.from(
  "c71caeb9c6b1c9048e6c522f70f13f73980d40238e3e21c14934d037563d930f48198a0aa7c14058229493d22530f4db" +
    "fa336f6e0ac925139543aed44cce7c3720fd51f69458705ac68cd4fe6b6b13abdc9746512969328454f18faf8c595f64" +
    "2477fe96bb2a941d5bcd1d4ac8cc49880708fa9b378e3c4f3a9060bee67cf9a4a4a695811051907e162753b56b0f6b41" +
    "0dba74d8a84b2a14b3144e0ef1284754fd17ed950d5965b4b9dd46582db1178d169c6bc465b0d6ff9ca3928fef5b9ae4" +
    "e418fc15e83ebea0f87fa9ff5eed70050ded2849f47bf959d956850ce929851f0d8115f635b105ee2e4e15d04b2454bf" +
    "6f4fadf034b10403119cd8e3b92fcc5b",
  "hex",
);
export const SRP_G = 3;

const P = toBig(SRP_P);
const sha256 = (...parts: Buffer[]): Buffer => createHash("sha256").update(Buffer.concat(parts)).digest();

const toBuf256 = (value: bigint): Buffer => bigToBytes(value, 256);

/** x = PH2(password, salt1, salt2) as in the published algorithm. */
function passwordHash(password: string, salt1: Buffer, salt2: Buffer): Buffer {
  const sh = (data: Buffer, salt: Buffer) => sha256(salt, data, salt);
  const ph1 = sh(sh(Buffer.from(password, "utf8"), salt1), salt2);
  return sh(pbkdf2Sync(ph1, salt1, 100000, 64, "sha512"), salt2);
}

const K = toBig(sha256(SRP_P, toBuf256(BigInt(SRP_G))));

/** A new password record (what account.updatePasswordSettings would store). */
export function makePassword(password: string, hint?: string): PasswordRecord {
  const salt1 = randomBytes(40);
  const salt2 = randomBytes(16);
  const x = toBig(passwordHash(password, salt1, salt2));
  const verifier = toBuf256(modPow(BigInt(SRP_G), x, P));
  return { salt1: salt1.toString("hex"), salt2: salt2.toString("hex"), g: SRP_G, verifier: verifier.toString("hex"), hint };
}

/** One SRP round: the server's secret b and the public B sent in account.password. */
export interface SrpChallenge {
  id: bigint;
  b: bigint;
  B: Buffer;
}

export function newChallenge(record: PasswordRecord): SrpChallenge {
  const v = toBig(Buffer.from(record.verifier, "hex"));
  for (;;) {
    const b = toBig(randomBytes(256));
    const B = (K * v + modPow(BigInt(record.g), b, P)) % P;
    if (B > 0n) return { id: randomBytes(8).readBigInt64LE(0), b, B: toBuf256(B) };
  }
}

/** Checks the client's (A, M1) against the challenge; true when the password was right. */
export function checkProof(record: PasswordRecord, challenge: SrpChallenge, A: Buffer, M1: Buffer): boolean {
  const a = toBig(A);
  if (a <= 1n || a >= P - 1n) return false;
  const aBuf = toBuf256(a);
  const u = toBig(sha256(aBuf, challenge.B));
  if (u === 0n) return false;
  const v = toBig(Buffer.from(record.verifier, "hex"));
  const S = modPow((a * modPow(v, u, P)) % P, challenge.b, P);
  const k = sha256(toBuf256(S));
  const hp = sha256(SRP_P);
  const hg = sha256(toBuf256(BigInt(record.g)));
  for (let i = 0; i < hp.length; i++) hp[i] ^= hg[i];
  const salt1 = Buffer.from(record.salt1, "hex");
  const salt2 = Buffer.from(record.salt2, "hex");
  const expected = sha256(hp, sha256(salt1), sha256(salt2), aBuf, challenge.B, k);
  return expected.length === M1.length && expected.equals(M1);
}
