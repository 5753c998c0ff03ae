/** Server msg_ids and server salts: pure rules, checked directly. */
import { describe, expect, test } from "bun:test";
import { msgIdSeconds, nextServerMsgId } from "../../../src/sandbox/mtproto/msg-id.ts";
import { Salts } from "../../../src/sandbox/mtproto/salts.ts";

describe("server msg_id", () => {
  test.each([1, 3] as const)("kind %i: mod 4 == kind, strictly increasing, near the clock", (kind) => {
    const ids = Array.from({ length: 1000 }, () => nextServerMsgId(kind));
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(ids.every((id) => id % 4n === BigInt(kind))).toBe(true);
    expect(Math.abs(msgIdSeconds(ids[0]!) - Date.now() / 1000)).toBeLessThan(5);
  });
});

describe("server salts", () => {
  const salts = new Salts();
  const key = 0x1234567890abcdefn;
  const t = 1_800_000_000;
  test.each([
    ["the current salt", t, t, true],
    ["the previous period's salt", t - 1800, t, true],
    ["a salt two periods old", t - 3600, t, false],
    ["a future period's salt", t + 1800, t, false],
  ])("%s", (_what, issuedAt, now, valid) => {
    expect(salts.isValid(key, salts.current(key, issuedAt), now)).toBe(valid);
  });

  test("salts differ per key, and future_salts starts with the current one", () => {
    expect(salts.current(key, t)).not.toBe(salts.current(key + 1n, t));
    const future = salts.future(key, 3, t);
    expect(future.map((f) => f.salt)[0]).toBe(salts.current(key, t));
    expect(future[1]!.validSince).toBe(future[0]!.validSince + 1800);
  });

  test("a new key's first salt is accepted for one period", () => {
    salts.rememberFirst(key, 42n, t);
    expect(salts.isValid(key, 42n, t + 10)).toBe(true);
    expect(salts.isValid(key, 42n, t + 1801)).toBe(false);
  });
});
