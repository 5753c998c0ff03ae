/** 64-bit query ids, read as the official server reads them (td::to_integer<int64>), kept exact. */
import bigInt, { type BigInteger } from "big-integer";

/** An optional "-", then the leading digits; the rest is ignored, no digits is 0; wraps like int64. */
export function toLongArg(value: unknown): BigInteger {
  const match = /^-?\d*/.exec(String(value ?? ""))![0];
  const digits = match.replace("-", "");
  const magnitude = digits === "" ? 0n : BigInt(digits);
  return bigInt(BigInt.asIntN(64, match.startsWith("-") ? -magnitude : magnitude).toString());
}

/** Client::get_integer_arg: a missing value takes the default, then the value is clamped. */
export function clampArg(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === "number" ? value : fallback;
  return Math.min(max, Math.max(min, n));
}
