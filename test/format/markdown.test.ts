import { describe, expect, test } from "bun:test";
import type { FormattedText } from "../../src/format/index.ts";
import { e, parseError, run } from "./run.ts";

const ok = (text: string, entities: FormattedText["entities"] = []): FormattedText => ({ text, entities });
const noEnd = (byte: number) => parseError(`Can't find end of the entity starting at byte offset ${byte}`);

// [input, expected result or error description]
const cases: [string, FormattedText | string][] = [
  ["*bold*", ok("bold", [e("bold", 0, 4)])],
  ["_it_", ok("it", [e("italic", 0, 2)])],
  ["`code`", ok("code", [e("code", 0, 4)])],
  ["```pre```", ok("pre", [e("pre", 0, 3)])],
  ["```python\ncode```", ok("code", [e("pre", 0, 4, { language: "python" })])],
  ["```\ncode\n```", ok("code", [e("pre", 0, 4)])],
  ["[text](http://example.com)", ok("text", [e("text_link", 0, 4, { url: "http://example.com/" })])],
  // a bare [url] is read from the rewritten buffer, shifted by the removed "[": no link results
  ["[http://example.com]", ok("http://example.com")],
  ["[link](http://a.com", ok("link", [e("text_link", 0, 4, { url: "http://a.com/" })])],
  ["[x](tg://user?id=7)", ok("x", [e("text_mention", 0, 1, { user: { id: 7 } })])],
  ["\\*not bold\\*", ok("*not bold*")],
  ["\\[x]", ok("[x]")],
  ["*bold _not italic_*", ok("bold _not italic_", [e("bold", 0, 17)])],
  ["a.b!-=(x)", ok("a.b!-=(x)")],
  ["`a\\`", ok("a\\", [e("code", 0, 2)])],
  ["😀*b*", ok("😀b", [e("bold", 2, 1)])],
  // TDLib reads a bare [url] from its partly rewritten buffer: after an earlier entity the URL is garbled
  ["_a_[b.com]", ok("ab.com", [e("italic", 0, 1)])],
  ["x**", ok("x")],
  ["*bold", noEnd(0)],
  ["a_b", noEnd(1)],
  ["привет _мир", noEnd(13)],
  ["```x", noEnd(0)],
  ["[x", noEnd(0)],
];

describe("parse_mode Markdown (legacy)", () => {
  test.each(cases)("%p", (input, expected) => {
    expect(run(input, "Markdown")).toEqual(expected);
  });
});
