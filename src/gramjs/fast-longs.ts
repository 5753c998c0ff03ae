/**
 * GramJS's long/int128/int256 helpers, done with native BigInt and Buffer.
 *
 * GramJS reads and writes every TL `long` (message ids, salts, access hashes, random
 * ids) through `Helpers.readBigIntFromBuffer` / `toSignedLittleBuffer`, which go
 * through hex strings and big-integer's own arithmetic: over half of its CPU per RPC,
 * for the gateway and the sandbox alike. These give exactly the stock results (same
 * big-integer values, same bytes, same errors), only faster; `./install.ts` swaps them in.
 */
import bigInt, { type BigInteger } from "big-integer";

/** What a value passed as a TL long may be, as GramJS's own `returnBigInt` accepts. */
type LongLike = BigInteger | bigint | number | string;

/** big-integer's value as a native BigInt (big-integer wraps one when the runtime has it). */
export function native(value: LongLike): bigint {
  const big = bigInt.isInstance(value) ? value : bigInt(value as never);
  const inner = (big as unknown as { value: unknown }).value;
  return typeof inner === "bigint" ? inner : BigInt(big.toString());
}

/** Stock: the bytes as an integer, `little`-endian or not, two's complement when `signed`. */
export function readBigIntFromBuffer(buffer: Buffer, little = true, signed = false): BigInteger {
  if (buffer.length === 8 && Buffer.isBuffer(buffer)) {
    if (little) return bigInt(signed ? buffer.readBigInt64LE(0) : buffer.readBigUInt64LE(0));
    return bigInt(signed ? buffer.readBigInt64BE(0) : buffer.readBigUInt64BE(0));
  }
  const bytes = Buffer.from(buffer);
  if (little) bytes.reverse();
  let value = bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString("hex")}`);
  // Stock treats an empty buffer as "top bit set" too, giving -1; kept.
  if (signed && (bytes.length === 0 || value >> BigInt(bytes.length * 8 - 1) === 1n)) {
    value -= 1n << BigInt(bytes.length * 8);
  }
  return bigInt(value);
}

/** Stock: the low `number` bytes of the value's two's complement, little-endian. */
export function toSignedLittleBuffer(big: LongLike, number = 8): Buffer {
  const value = BigInt.asUintN(number * 8, native(big));
  const out = Buffer.alloc(number);
  if (number === 8) {
    out.writeBigUInt64LE(value, 0);
    return out;
  }
  for (let i = 0; i < number; i++) out[i] = Number((value >> BigInt(8 * i)) & 0xffn);
  return out;
}

/** Stock: the value in `bytesNumber` bytes, with its overflow and sign errors. */
export function readBufferFromBigInt(bigIntVar: LongLike, bytesNumber: number, little = true, signed = false): Buffer {
  let value = native(bigIntVar);
  if (bytesNumber === 8 && value >= 0n && value < 1n << 64n) {
    // The common case (the auth key id of every message), with nothing to check.
    const out = Buffer.alloc(8);
    if (little) out.writeBigUInt64LE(value, 0);
    else out.writeBigUInt64BE(value, 0);
    return out;
  }
  // big-integer's bitLength of a negative n is that of -n - 1.
  const magnitude = value < 0n ? -value - 1n : value;
  const bitLength = magnitude === 0n ? 0 : magnitude.toString(2).length;
  if (bytesNumber < Math.ceil(bitLength / 8)) throw new Error("OverflowError: int too big to convert");
  if (value < 0n) {
    if (!signed) throw new Error("Cannot convert to unsigned");
    value += 1n << BigInt(bytesNumber * 8);
  }
  const buffer = Buffer.from(value.toString(16).padStart(bytesNumber * 2, "0"), "hex");
  return little ? buffer.reverse() : buffer;
}
