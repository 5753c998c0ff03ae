import { describe, expect, test } from "bun:test";
import type { FormattedText, ParseOptions } from "../../src/format/index.ts";
import { e, run } from "./run.ts";

const ok = (text: string, entities: FormattedText["entities"] = []): FormattedText => ({ text, entities });
const bold = (offset: number, length: number) => [{ type: "bold", offset, length }];
const EMPTY = "Bad Request: text must be non-empty";

// [text, parse_mode, entities, options, expected result or error description]
const cases: [string, string | undefined, unknown, ParseOptions, FormattedText | string][] = [
  // parse_mode selection, as the official server does it
  ["*a*", "MarkdownV2", bold(0, 1), {}, ok("a", [e("bold", 0, 1)])],
  ["<b>a</b>", "html", undefined, {}, ok("a", [e("bold", 0, 1)])],
  ["*a*", "MARKDOWNV2", undefined, {}, ok("a", [e("bold", 0, 1)])],
  ["*a*", "none", bold(0, 3), {}, ok("*a*", [e("bold", 0, 3)])],
  ["*a*", "", undefined, {}, ok("*a*")],
  ["*a*", "bbcode", undefined, {}, "Bad Request: unsupported parse_mode"],
  ["", "bbcode", undefined, { allowEmpty: true }, ok("")],
  ["", "bbcode", undefined, {}, EMPTY],
  ["a".repeat(32769), undefined, undefined, {}, "Bad Request: text is too long"],
  ["é".repeat(16385), undefined, undefined, {}, "Bad Request: text is too long"],
  // control characters and invisible marks
  ["a\u0000b\u0007c", undefined, undefined, {}, ok("a b c")],
  ["a\rb", undefined, bold(0, 3), {}, ok("ab", [e("bold", 0, 2)])],
  ["\r\nab", undefined, bold(2, 2), {}, ok("ab", [e("bold", 0, 2)])],
  ["a\u2028b", undefined, bold(0, 3), {}, ok("ab", [e("bold", 0, 2)])],
  ["a\u0333b", undefined, undefined, {}, ok("ab")],
  ["\u200e\u200e\u200ex", undefined, undefined, {}, ok("\u200c\u200c\u200ex")],
  // plain printable ASCII, which the clean-up leaves as it is, and its edges
  ["Hello, world!\nSecond line ~", undefined, undefined, {}, ok("Hello, world!\nSecond line ~")],
  ["a", undefined, [], {}, ok("a")],
  ["a\u007fb", undefined, undefined, {}, ok("a\u007fb")],
  ["a\tb", undefined, undefined, {}, ok("a b")],
  ["a\n", undefined, undefined, {}, ok("a")],
  ["a b ", undefined, undefined, {}, ok("a b")],
  // trimming and empty texts
  ["\n\nhello\n\n", undefined, undefined, {}, ok("hello")],
  ["hello   ", undefined, bold(0, 8), {}, ok("hello", [e("bold", 0, 5)])],
  ["hi  ", undefined, bold(3, 1), {}, ok("hi")],
  ["  hi", undefined, bold(0, 4), {}, ok("  hi", [e("bold", 0, 4)])],
  [" hi", undefined, bold(1, 2), {}, ok("hi", [e("bold", 0, 2)])],
  ["\u200b", undefined, undefined, {}, EMPTY],
  ["\u00a0 \u2003", undefined, undefined, {}, EMPTY],
  ["\u200b", undefined, undefined, { allowEmpty: true }, ok("\u200b")],
  ["   ", undefined, undefined, { allowEmpty: true }, ok("")],
  ["<b> </b>", "HTML", undefined, { allowEmpty: true }, ok("")],
  ["", undefined, undefined, {}, EMPTY],
];

describe("text checks and clean-up", () => {
  test.each(cases)("%p %p %p %p", (text, mode, entities, options, expected) => {
    expect(run(text, mode, entities, options)).toEqual(expected);
  });
});
