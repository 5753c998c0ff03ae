import { describe, expect, test } from "bun:test";
import type { FormattedText } from "../../src/format/index.ts";
import { e, parseError, run } from "./run.ts";

const ok = (text: string, entities: FormattedText["entities"] = []): FormattedText => ({ text, entities });
const reserved = (c: string) => parseError(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
const EMOJI_ID = "5368324170671202286";

// [input, expected result or error description]
const cases: [string, FormattedText | string][] = [
  ["*b*", ok("b", [e("bold", 0, 1)])],
  ["_i_", ok("i", [e("italic", 0, 1)])],
  ["__u__", ok("u", [e("underline", 0, 1)])],
  ["~s~", ok("s", [e("strikethrough", 0, 1)])],
  ["||sp||", ok("sp", [e("spoiler", 0, 2)])],
  ["`c`", ok("c", [e("code", 0, 1)])],
  ["```\npre\n```", ok("pre", [e("pre", 0, 3)])],
  ["```js\nx = 1\n```", ok("x = 1", [e("pre", 0, 5, { language: "js" })])],
  ["```js x```", ok(" x", [e("pre", 0, 2, { language: "js" })])],
  ["```\na.b\n```", ok("a.b", [e("pre", 0, 3)])],
  ["`a\\`b`", ok("a`b", [e("code", 0, 3)])],
  ["`code *not bold*`", ok("code *not bold*", [e("code", 0, 15)])],
  // nesting
  // TDLib cuts a splittable entity only where a nested one starts
  ["*bold _italic_ bold*", ok("bold italic bold", [e("bold", 0, 5), e("bold", 5, 11), e("italic", 5, 6)])],
  ["*a*_b_", ok("ab", [e("bold", 0, 1), e("italic", 1, 1)])],
  ["*a\nb*", ok("a\nb", [e("bold", 0, 3)])],
  ["___a_ b__", ok("a b", [e("underline", 0, 3), e("italic", 0, 1)])],
  ["_a *b_ c*", parseError("Can't find end of Bold entity at byte offset 8")],
  // links, mentions, custom emoji, date-time
  ["[link](http://example.com)", ok("link", [e("text_link", 0, 4, { url: "http://example.com/" })])],
  ["[l](http://example.com/a\\)b)", ok("l", [e("text_link", 0, 1, { url: "http://example.com/a)b" })])],
  ["[x](tg://user?id=123)", ok("x", [e("text_mention", 0, 1, { user: { id: 123 } })])],
  ["[example\\.com]", ok("example.com", [e("text_link", 0, 11, { url: "http://example.com/" })])],
  ["[x](not a link)", ok("x")],
  ["x[](http://a.com)", ok("x")],
  ["[*b*](http://a.com)", ok("b", [e("text_link", 0, 1, { url: "http://a.com/" }), e("bold", 0, 1)])],
  [`![👍](tg://emoji?id=${EMOJI_ID})`, ok("👍", [e("custom_emoji", 0, 2, { custom_emoji_id: EMOJI_ID })])],
  ["![👍](tg://emoji?id=0)", parseError("Invalid tg://emoji or tg://time URL specified")],
  ["![👍](http://a.com)", parseError("Invalid tg://emoji or tg://time URL specified")],
  ["![👍]", parseError("The entity must contain a tg://emoji or tg://time URL")],
  [
    "![x](tg://time?unix=1700000000&format=t)",
    ok("x", [e("date_time", 0, 1, { unix_time: 1700000000, date_time_format: "t" })]),
  ],
  ["![x](tg://time?unix=1700000000)", ok("x", [e("date_time", 0, 1, { unix_time: 1700000000, date_time_format: "" })])],
  ["![x](tg://time?unix=-5)", parseError("Invalid tg://emoji or tg://time URL specified")],
  ["[x](http://a.com", parseError("Can't find end of a URL at byte offset 4")],
  // reserved characters and escapes
  ["a.b", reserved(".")],
  ["a-b", reserved("-")],
  ["a!b", reserved("!")],
  ["1+1", reserved("+")],
  ["x=2", reserved("=")],
  ["#tag", reserved("#")],
  ["a|b", reserved("|")],
  ["{x}", reserved("{")],
  ["a)", reserved(")")],
  ["a]", reserved("]")],
  ["(x", reserved("(")],
  ["a>b", reserved(">")],
  ["😀.", reserved(".")],
  ["\\.\\!\\-", ok(".!-")],
  ["\\\\", ok("\\")],
  ["\\_not italic\\_", ok("_not italic_")],
  ["\\*\\**", parseError("Can't find end of Bold entity at byte offset 4")],
  ["*\\**", ok("*", [e("bold", 0, 1)])],
  ["\\ж", ok("\\ж")],
  ["a\\", ok("a\\")],
  // unclosed entities, with byte offsets
  ["*bold", parseError("Can't find end of Bold entity at byte offset 0")],
  ["привет *мир", parseError("Can't find end of Bold entity at byte offset 13")],
  ["😀_x", parseError("Can't find end of Italic entity at byte offset 4")],
  ["__x", parseError("Can't find end of Underline entity at byte offset 0")],
  ["||x", parseError("Can't find end of Spoiler entity at byte offset 0")],
  ["`x", parseError("Can't find end of Code entity at byte offset 0")],
  ["```x", parseError("Can't find end of Pre entity at byte offset 0")],
  ["```py x", parseError("Can't find end of PreCode entity at byte offset 0")],
  ["[x", parseError("Can't find end of TextUrl entity at byte offset 0")],
  ["![x", parseError("Can't find end of CustomEmoji entity at byte offset 0")],
  // blockquotes
  [">quote", ok("quote", [e("blockquote", 0, 5)])],
  [">line1\n>line2", ok("line1\nline2", [e("blockquote", 0, 11)])],
  [">q\nnot", ok("q\nnot", [e("blockquote", 0, 2)])],
  [">a\n>b\n\n>c", ok("a\nb\n\nc", [e("blockquote", 0, 4), e("blockquote", 5, 1)])],
  ["**>expand\n>more||", ok("expand\nmore", [e("expandable_blockquote", 0, 11)])],
  ["**>a||\nb", ok("a\nb", [e("expandable_blockquote", 0, 2)])],
  [">*a\nb*", parseError("Can't find end of Bold entity at byte offset 1")],
  [">>x", ok("x", [e("blockquote", 0, 1)])],
  // UTF-16 offsets
  ["😀*b*", ok("😀b", [e("bold", 2, 1)])],
  ["*😀*_é_", ok("😀é", [e("bold", 0, 2), e("italic", 2, 1)])],
  // empty entities and trimming
  ["a~~", ok("a")],
  ["  *x*  ", ok("x", [e("bold", 0, 1)])],
  ["**", "Bad Request: text must be non-empty"],
];

describe("parse_mode MarkdownV2", () => {
  test.each(cases)("%p", (input, expected) => {
    expect(run(input, "MarkdownV2")).toEqual(expected);
  });
});
