import { describe, expect, test } from "bun:test";
import { checkToken } from "../../src/http/token.ts";

const verdict = (token: string, filter?: { rem: number; mod: number }) => {
  const error = checkToken(token, filter);
  return error ? error.code : "ok";
};

describe("token rules of the official ClientManager::send", () => {
  test.each([
    ["123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "ok"],
    ["1:x", "ok"],
    ["", 401],
    ["no-colon", 401],
    ["0123:abc", 401],
    [`1:${"a".repeat(79)}`, 401],
    [`1:${"a".repeat(78)}`, "ok"],
    ["a/b:c", 401],
    ["abc:def", 421],
    [":secret", 421],
    ["007:x", 401],
    ["12x:abc", 421],
    ["-5:abc", 401],
    ["99999999999999999999:x", 421],
    [`${2n ** 54n}:x`, 401],
    [`${2n ** 54n - 1n}:x`, "ok"],
  ] as const)("%p → %p", (token, expected) => expect(verdict(token)).toBe(expected));
});

test("--filter=REM/MOD refuses other bot ids with 421", () => {
  expect(verdict("10:x", { rem: 0, mod: 2 })).toBe("ok");
  expect(verdict("11:x", { rem: 0, mod: 2 })).toBe(421);
  expect(checkToken("11:x", { rem: 0, mod: 2 })?.description).toBe("Misdirected Request: unallowed token specified");
  expect(checkToken("x", undefined)?.description).toBe("Unauthorized: invalid token specified");
});
