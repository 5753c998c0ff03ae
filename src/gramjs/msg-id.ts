/**
 * GramJS's `MTProtoState._getNewMsgId` with native BigInt: the same message ids (unix
 * seconds << 32 | nanoseconds << 2, each at least 4 above the last), made once per
 * outgoing message without big-integer's shifts and ORs.
 */
import bigInt, { type BigInteger } from "big-integer";
import { native } from "./fast-longs.ts";

/** The fields of GramJS's MTProtoState that a message id uses. */
export interface MsgIdState {
  timeOffset: number;
  _lastMsgId: BigInteger;
}

export function getNewMsgId(this: MsgIdState): BigInteger {
  const now = new Date().getTime() / 1000 + this.timeOffset;
  const seconds = Math.floor(now);
  const nanoseconds = Math.floor((now - seconds) * 1e9);
  let id = (BigInt(seconds) << 32n) | (BigInt(nanoseconds) << 2n);
  const last = native(this._lastMsgId);
  if (last >= id) id = last + 4n;
  this._lastMsgId = bigInt(id);
  return this._lastMsgId;
}

type MsgIdMaker = (this: MsgIdState) => BigInteger;

let stock: MsgIdMaker | undefined;

/**
 * Puts `getNewMsgId` on GramJS's MTProtoState and returns the stock maker. A prototype
 * method, so unlike the TL helpers it takes effect whenever this runs: the modules that
 * create GramJS clients call it.
 */
export function installMsgIds(): MsgIdMaker {
  const { MTProtoState } = require("telegram/network/MTProtoState") as { MTProtoState: { prototype: { _getNewMsgId: MsgIdMaker } } };
  if (MTProtoState.prototype._getNewMsgId !== getNewMsgId) {
    stock = MTProtoState.prototype._getNewMsgId;
    MTProtoState.prototype._getNewMsgId = getNewMsgId;
  }
  return stock!;
}
