import { describe, expect, test } from "bun:test";
import { zeroDecode, zeroEncode } from "../../src/files/file-id/zero-rle.ts";

describe("zero run-length coding", () => {
  test.each([
    ["no zeros", [1, 2, 3], [1, 2, 3]],
    ["one zero", [5, 0, 6], [5, 0, 1, 6]],
    ["a run", [0, 0, 0, 0, 7], [0, 4, 7]],
    ["a trailing run", [7, 0, 0], [7, 0, 2]],
    ["two runs", [0, 1, 0, 0], [0, 1, 1, 0, 2]],
    ["a run longer than 250", [...new Array(251).fill(0)], [0, 250, 0, 1]],
    ["nothing", [], []],
  ])("%s", (_, plain, coded) => {
    expect([...zeroEncode(Uint8Array.from(plain))]).toEqual(coded);
    expect([...zeroDecode(Uint8Array.from(coded))]).toEqual(plain);
  });

  test("a zero as the last byte stays one zero, as TDLib reads it", () => {
    expect([...zeroDecode(Uint8Array.of(3, 0))]).toEqual([3, 0]);
  });
});
