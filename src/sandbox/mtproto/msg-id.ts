/**
 * Server message ids: unixtime in the high 32 bits, strictly increasing; mod 4 is 1 for
 * answers to a client message and 3 for messages the server sends on its own.
 * https://core.telegram.org/mtproto/description#message-identifier-msg-id
 */
export type MsgIdKind = 1 | 3;

let last = 0n;

export function nextServerMsgId(kind: MsgIdKind): bigint {
  const ms = Date.now();
  const fromClock = (BigInt(Math.floor(ms / 1000)) << 32n) | ((BigInt(ms % 1000) << 32n) / 1000n);
  const clockBase = fromClock & ~3n;
  const next = (last & ~3n) + 4n;
  const base = clockBase > next ? clockBase : next;
  last = base | BigInt(kind);
  return last;
}

/** Seconds of a msg_id's timestamp. */
export function msgIdSeconds(msgId: bigint): number {
  return Number(msgId >> 32n);
}
