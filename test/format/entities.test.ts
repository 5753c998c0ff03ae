import { describe, expect, test } from "bun:test";
import type { FormattedText, MessageEntity } from "../../src/format/index.ts";
import { e, run } from "./run.ts";

const ok = (text: string, entities: FormattedText["entities"] = []): FormattedText => ({ text, entities });
const entityError = (message: string) => `Bad Request: can't parse MessageEntity: ${message}`;
const EMOJI_ID = "5368324170671202286";

/** `count` one-character entities of a type, one per character (bold ones at the end of the text). */
function many(type: string, count: number, extra: Partial<MessageEntity> = {}): MessageEntity[] {
  const start = type === "bold" ? 101 : 0;
  return Array.from({ length: count }, (_, i) => e(type, start + i, 1, extra));
}

// [text, entities (JSON text or decoded), expected result or error description]
const cases: [string, unknown, FormattedText | string][] = [
  ["hello", [{ type: "bold", offset: 0, length: 5 }], ok("hello", [e("bold", 0, 5)])],
  ["hello", '[{"type":"italic","offset":1,"length":3}]', ok("hello", [e("italic", 1, 3)])],
  ["hello", '[{"type":"underline","offset":"1","length":"3"}]', ok("hello", [e("underline", 1, 3)])],
  ["hi", [{ type: "spoiler", offset: 0, length: 2 }], ok("hi", [e("spoiler", 0, 2)])],
  ["hi", [{ type: "strikethrough", offset: 0, length: 2 }], ok("hi", [e("strikethrough", 0, 2)])],
  ["hi", [{ type: "code", offset: 0, length: 2 }], ok("hi", [e("code", 0, 2)])],
  ["hi", [{ type: "blockquote", offset: 0, length: 2 }], ok("hi", [e("blockquote", 0, 2)])],
  ["hi", [{ type: "expandable_blockquote", offset: 0, length: 2 }], ok("hi", [e("expandable_blockquote", 0, 2)])],
  ["hi", [{ type: "pre", offset: 0, length: 2, language: "go" }], ok("hi", [e("pre", 0, 2, { language: "go" })])],
  ["hi", [{ type: "pre", offset: 0, length: 2, language: "" }], ok("hi", [e("pre", 0, 2)])],
  ["hi", [{ type: "pre", offset: 0, length: 2, language: true }], entityError('Field "language" must be of type String')],
  // links and mentions
  ["hi", [{ type: "text_link", offset: 0, length: 2, url: "example.com" }], ok("hi", [e("text_link", 0, 2, { url: "http://example.com/" })])],
  ["hi", [{ type: "text_link", offset: 0, length: 2 }], entityError('Can\'t find field "url"')],
  ["hi", [{ type: "text_link", offset: 0, length: 2, url: "abc" }], "Bad Request: entity URL 'abc' is invalid: Wrong HTTP URL"],
  ["hi", [{ type: "text_link", offset: 0, length: 2, url: "" }], "Bad Request: entity URL '' is invalid: URL host is empty"],
  ["hi", [{ type: "text_link", offset: 0, length: 2, url: "tg://user?id=5" }], ok("hi", [e("text_mention", 0, 2, { user: { id: 5 } })])],
  ["hi", [{ type: "text_mention", offset: 0, length: 2, user: { id: 77 } }], ok("hi", [e("text_mention", 0, 2, { user: { id: 77 } })])],
  ["hi", [{ type: "text_mention", offset: 0, length: 2 }], entityError('Can\'t find field "user"')],
  ["hi", [{ type: "text_mention", offset: 0, length: 2, user: 5 }], entityError('Field "user" must be of type Object')],
  ["hi", [{ type: "text_mention", offset: 0, length: 2, user: {} }], entityError('Can\'t find field "id"')],
  ["hi", [{ type: "text_mention", offset: 0, length: 2, user: { id: 0 } }], "Bad Request: user not found"],
  // custom emoji and date-time
  ["👍", [{ type: "custom_emoji", offset: 0, length: 2, custom_emoji_id: EMOJI_ID }], ok("👍", [e("custom_emoji", 0, 2, { custom_emoji_id: EMOJI_ID })])],
  ["👍", `[{"type":"custom_emoji","offset":0,"length":2,"custom_emoji_id":${EMOJI_ID}}]`, ok("👍", [e("custom_emoji", 0, 2, { custom_emoji_id: EMOJI_ID })])],
  ["👍", [{ type: "custom_emoji", offset: 0, length: 2 }], entityError('Can\'t find field "custom_emoji_id"')],
  ["👍", [{ type: "custom_emoji", offset: 0, length: 2, custom_emoji_id: "abc" }], entityError('Field "custom_emoji_id" must be a valid Number')],
  ["👍", [{ type: "custom_emoji", offset: 0, length: 2, custom_emoji_id: "0" }], "Bad Request: invalid custom emoji identifier specified"],
  ["now", [{ type: "date_time", offset: 0, length: 3, unix_time: 1700000000, date_time_format: "wDT" }], ok("now", [e("date_time", 0, 3, { unix_time: 1700000000, date_time_format: "wDT" })])],
  ["now", [{ type: "date_time", offset: 0, length: 3, unix_time: 1700000000, date_time_format: "tT" }], ok("now", [e("date_time", 0, 3, { unix_time: 1700000000, date_time_format: "T" })])],
  ["now", [{ type: "date_time", offset: 0, length: 3, unix_time: 1700000000 }], ok("now", [e("date_time", 0, 3, { unix_time: 1700000000, date_time_format: "" })])],
  ["now", [{ type: "date_time", offset: 0, length: 3, unix_time: 1700000000, date_time_format: "x" }], entityError("Invalid date-time format specified")],
  ["now", [{ type: "date_time", offset: 0, length: 3, unix_time: 0 }], "Bad Request: invalid date specified"],
  ["now", [{ type: "date_time", offset: 0, length: 3 }], entityError('Can\'t find field "unix_time"')],
  // the JSON reader's checks
  ["hi", [{ type: "foo", offset: 0, length: 1 }], entityError("Unsupported type specified")],
  ["hi", [{ type: "", offset: 0, length: 1 }], entityError("Type is not specified")],
  ["hi", [{ offset: 0, length: 1 }], entityError('Can\'t find field "type"')],
  ["hi", [{ type: 5, offset: 0, length: 1 }], entityError("Unsupported type specified")],
  ["hi", [{ type: true, offset: 0, length: 1 }], entityError('Field "type" must be of type String')],
  ["hi", [{ type: "bold", length: 1 }], entityError('Can\'t find field "offset"')],
  ["hi", [{ type: "bold", offset: 0 }], entityError('Can\'t find field "length"')],
  ["hi", [{ type: "bold", offset: null, length: 1 }], entityError('Field "offset" must be a Number')],
  ["hi", [{ type: "bold", offset: "x", length: 1 }], entityError('Field "offset" must be a valid Number')],
  ["hi", '[{"type":"bold","offset":1.0,"length":1}]', entityError('Field "offset" must be a valid Number')],
  ["hi", [{ type: "bold", offset: 0, length: 2147483648 }], entityError('Field "length" must be a valid Number')],
  ["hi", [{ type: "foo" }], entityError('Can\'t find field "offset"')],
  ["hi", [5], entityError("expected an Object")],
  ["hi", [null], entityError("expected an Object")],
  ["hi", "[{bad json", ok("hi")],
  ["hi", '{"type":"bold","offset":0,"length":2}', ok("hi")],
  ["hi", [{ type: "url", offset: 0, length: 2 }, { type: "mention", offset: 0, length: 1 }], ok("hi")],
  ["hi", [{ type: "bold", offset: 0, length: 0 }], ok("hi")],
  // TDLib's checks against the text
  ["hi", [{ type: "bold", offset: -1, length: 1 }], "Bad Request: receive an entity with incorrect offset -1"],
  ["hi", [{ type: "bold", offset: 0, length: -1 }], "Bad Request: receive an entity with incorrect length -1"],
  ["hi", [{ type: "bold", offset: 1000001, length: 1 }], "Bad Request: receive an entity with incorrect offset 1000001"],
  ["abc", [{ type: "bold", offset: 5, length: 1 }], "Bad Request: entity begins after the end of the text at UTF-16 offset 5"],
  ["abc", [{ type: "bold", offset: 1, length: 5 }], "Bad Request: entity beginning at UTF-16 offset 1 ends after the end of the text at UTF-16 offset 6"],
  ["😀", [{ type: "bold", offset: 1, length: 1 }], "Bad Request: entity begins in a middle of a UTF-16 symbol at byte offset 4"],
  ["😀", [{ type: "bold", offset: 0, length: 1 }], "Bad Request: entity beginning at UTF-16 offset 0 ends in a middle of a UTF-16 symbol at byte offset 4"],
  ["a😀b", [{ type: "italic", offset: 1, length: 3 }], ok("a😀b", [e("italic", 1, 3)])],
  // nesting rules applied to explicit entities
  ["abcde", [{ type: "bold", offset: 0, length: 3 }, { type: "italic", offset: 2, length: 3 }], ok("abcde", [e("bold", 0, 2), e("italic", 2, 3), e("bold", 2, 1)])],
  ["abcde", [{ type: "code", offset: 0, length: 3 }, { type: "text_link", offset: 2, length: 3, url: "a.com" }], ok("abcde", [e("code", 0, 3)])],
  ["abc", [{ type: "bold", offset: 0, length: 1 }, { type: "bold", offset: 1, length: 2 }], ok("abc", [e("bold", 0, 3)])],
  ["abc", [{ type: "pre", offset: 0, length: 3 }, { type: "bold", offset: 1, length: 1 }], ok("abc", [e("pre", 0, 3)])],
  ["abc", [{ type: "blockquote", offset: 0, length: 3 }, { type: "blockquote", offset: 1, length: 2 }], ok("abc", [e("blockquote", 0, 3)])],
  ["abc", [{ type: "blockquote", offset: 1, length: 2 }, { type: "code", offset: 0, length: 2 }], ok("abc", [e("blockquote", 1, 2)])],
  ["abc", [{ type: "bold", offset: 0, length: 3 }, { type: "custom_emoji", offset: 1, length: 1, custom_emoji_id: "1" }], ok("abc", [e("bold", 0, 3), e("custom_emoji", 1, 1, { custom_emoji_id: "1" })])],
  // at most 100 entities are sent besides custom emoji; splittable ones are dropped first
  ["x".repeat(101), many("code", 101), ok("x".repeat(101), many("code", 100))],
  ["x".repeat(102), [...many("bold", 1), ...many("code", 100)], ok("x".repeat(102), many("code", 100))],
  ["x".repeat(102), [...many("bold", 1), ...many("code", 99)], ok("x".repeat(102), [...many("code", 99), e("bold", 101, 1)])],
  ["x".repeat(150), many("custom_emoji", 150, { custom_emoji_id: "1" }), ok("x".repeat(150), many("custom_emoji", 150, { custom_emoji_id: "1" }))],
];

describe("explicit entities", () => {
  test.each(cases)("%p %p", (text, entities, expected) => {
    expect(run(text, undefined, entities)).toEqual(expected);
  });
});
