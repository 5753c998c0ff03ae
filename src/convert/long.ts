/** GramJS hands 64-bit TL values as big-integer objects, bigint or number; Bot API wants numbers. */
export type LongLike = { toString(): string } | bigint | number;

export function toNumber(value: LongLike): number {
  return typeof value === "number" ? value : Number(value.toString());
}
