/** Native message ids are GramJS's own, for every clock, offset and last id. */
import { afterAll, describe, expect, setSystemTime, test } from "bun:test";
import bigInt from "big-integer";
import { getNewMsgId, installMsgIds, type MsgIdState } from "../../src/gramjs/msg-id.ts";

const stock = installMsgIds();
afterAll(() => setSystemTime());

const CLOCKS = [0, 1, 999, 1_700_000_000_000, 1_700_000_000_123, 1_700_000_000_999, 1_763_771_234_567, 4_102_444_800_001];
const OFFSETS = [0, 37, -5, -3600];
const LASTS = ["0", "7301234567890123456", "9223372036854775804", "-4"];

describe("getNewMsgId", () => {
  for (const clock of CLOCKS) {
    for (const timeOffset of OFFSETS) {
      for (const last of LASTS) {
        test(`clock ${clock} ms, offset ${timeOffset} s, last id ${last}`, () => {
          setSystemTime(new Date(clock));
          const ours: MsgIdState = { timeOffset, _lastMsgId: bigInt(last) };
          const theirs: MsgIdState = { timeOffset, _lastMsgId: bigInt(last) };
          for (let i = 0; i < 3; i++) {
            const got = getNewMsgId.call(ours);
            const want = stock.call(theirs);
            expect(got.toString()).toBe(want.toString());
            expect(ours._lastMsgId.toString()).toBe(theirs._lastMsgId.toString());
          }
        });
      }
    }
  }

  test("is what GramJS's MTProtoState uses", () => {
    const { MTProtoState } = require("telegram/network/MTProtoState");
    expect(MTProtoState.prototype._getNewMsgId).toBe(getNewMsgId);
  });
});
