/** Native BigInt helpers for the handshake: big-endian conversions, modPow, primes. */
import { randomBytes } from "node:crypto";

export function bigFromBytes(bytes: Buffer): bigint {
  return bytes.length === 0 ? 0n : BigInt("0x" + bytes.toString("hex"));
}

/** Big-endian bytes, left-padded with zeros to `length` (or minimal when omitted). */
export function bigToBytes(value: bigint, length?: number): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  const raw = Buffer.from(hex, "hex");
  if (length === undefined || raw.length === length) return raw;
  if (raw.length > length) throw new Error(`number does not fit in ${length} bytes`);
  return Buffer.concat([Buffer.alloc(length - raw.length), raw]);
}

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

export function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error("not invertible");
  return ((oldS % m) + m) % m;
}

export function randomBig(bytes: number): bigint {
  return bigFromBytes(randomBytes(bytes));
}

/** Miller–Rabin with random bases; `rounds` = 32 leaves a 2^-64 error chance. */
export function isProbablePrime(n: bigint, rounds = 32): boolean {
  if (n < 2n) return false;
  for (const p of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n]) {
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  const byteLen = Math.ceil(n.toString(16).length / 2);
  witness: for (let i = 0; i < rounds; i++) {
    const a = 2n + (randomBig(byteLen) % (n - 3n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let r = 1; r < s; r++) {
      x = (x * x) % n;
      if (x === n - 1n) continue witness;
    }
    return false;
  }
  return true;
}

/** A random prime in [2^(bits-1), 2^bits). */
export function randomPrime(bits: number): bigint {
  const top = 1n << BigInt(bits - 1);
  for (;;) {
    const candidate = top | (randomBig(Math.ceil(bits / 8)) % top) | 1n;
    if (isProbablePrime(candidate)) return candidate;
  }
}
