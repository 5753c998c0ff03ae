import { describe, expect, test } from "bun:test";
import { parseJsonBody } from "../../src/http/json-body.ts";
import { decodePercent, parseUrlencoded } from "../../src/http/urlencoded.ts";

describe("percent-decoding as td::url_decode", () => {
  test.each([
    ["a%20b", true, "a b"],
    ["a+b", true, "a b"],
    ["a+b", false, "a+b"],
    ["100%", true, "100%"],
    ["%zz", true, "%zz"],
    ["%D0%BF%D1%80", true, "пр"],
    ["%2", true, "%2"],
  ] as const)("%p (plus=%p) → %p", (text, plus, decoded) => expect(decodePercent(text, plus)).toBe(decoded));
});

test("urlencoded pairs keep order and duplicates (first wins later)", () => {
  expect(parseUrlencoded("a=1&b=&c&a=2&&d=x%3Dy")).toEqual([
    ["a", "1"],
    ["b", ""],
    ["c", ""],
    ["a", "2"],
    ["d", "x=y"],
  ]);
});

describe("JSON bodies: strings decoded, other values kept as their exact text", () => {
  test.each([
    ['{"chat_id":-1001234567890123456,"text":"hi \\"you\\""}', [["chat_id", "-1001234567890123456"], ["text", 'hi "you"']]],
    ['{"reply_markup": {"inline_keyboard": [[{"text":"a","callback_data":"b"}]]}}', [["reply_markup", '{"inline_keyboard": [[{"text":"a","callback_data":"b"}]]}']]],
    ['{"a":true,"b":null,"c":1.50,"d":[1, 2]}', [["a", "true"], ["b", "null"], ["c", "1.50"], ["d", "[1, 2]"]]],
    ['"just text"', [["content", "just text"]]],
    ["{}", []],
    ['{"a":1,"b":oops}', [["a", "1"]]],
    ["[1,2]", []],
    ["", []],
  ] as const)("%s", (body, pairs) => expect(parseJsonBody(body)).toEqual(pairs as unknown as [string, string][]));
});
