import { describe, expect, test } from "bun:test";
import type { FormattedText } from "../../src/format/index.ts";
import { e, parseError, run } from "./run.ts";

const ok = (text: string, entities: FormattedText["entities"] = []): FormattedText => ({ text, entities });
const EMOJI_ID = "5368324170671202286";

// [input, expected result or error description]
const cases: [string, FormattedText | string][] = [
  // tags and their aliases
  ["<b>bold</b>", ok("bold", [e("bold", 0, 4)])],
  ["<strong>x</strong>", ok("x", [e("bold", 0, 1)])],
  ["<i>x</i>", ok("x", [e("italic", 0, 1)])],
  ["<em>x</em>", ok("x", [e("italic", 0, 1)])],
  ["<u>x</u>", ok("x", [e("underline", 0, 1)])],
  ["<ins>x</ins>", ok("x", [e("underline", 0, 1)])],
  ["<s>x</s>", ok("x", [e("strikethrough", 0, 1)])],
  ["<strike>x</strike>", ok("x", [e("strikethrough", 0, 1)])],
  ["<del>x</del>", ok("x", [e("strikethrough", 0, 1)])],
  ["<tg-spoiler>x</tg-spoiler>", ok("x", [e("spoiler", 0, 1)])],
  ['<span class="tg-spoiler">x</span>', ok("x", [e("spoiler", 0, 1)])],
  ["<B>x</B>", ok("x", [e("bold", 0, 1)])],
  ["<i>a</I>", ok("a", [e("italic", 0, 1)])],
  ["<b >x</b >", ok("x", [e("bold", 0, 1)])],
  ["<b>x</>", ok("x", [e("bold", 0, 1)])],
  ["<code>x</code>", ok("x", [e("code", 0, 1)])],
  ['<code class="language-python">x</code>', ok("x", [e("code", 0, 1)])],
  ["<pre>x</pre>", ok("x", [e("pre", 0, 1)])],
  ['<pre><code class="language-python">x</code></pre>', ok("x", [e("pre", 0, 1, { language: "python" })])],
  ["<pre><code>x</code></pre>", ok("x", [e("pre", 0, 1)])],
  ["<blockquote>q</blockquote>", ok("q", [e("blockquote", 0, 1)])],
  ["<blockquote expandable>q</blockquote>", ok("q", [e("expandable_blockquote", 0, 1)])],
  ['<blockquote expandable="">q</blockquote>', ok("q", [e("expandable_blockquote", 0, 1)])],
  // links and mentions
  ['<a href="http://example.com">x</a>', ok("x", [e("text_link", 0, 1, { url: "http://example.com/" })])],
  ['<a href="https://t.me/x?a=1#f">x</a>', ok("x", [e("text_link", 0, 1, { url: "https://t.me/x?a=1#f" })])],
  ['<a href="example.com">x</a>', ok("x", [e("text_link", 0, 1, { url: "http://example.com/" })])],
  ['<a href="HTTP://EXAMPLE.COM/Path">x</a>', ok("x", [e("text_link", 0, 1, { url: "http://example.com/Path" })])],
  ["<a href=Example.COM>x</a>", ok("x", [e("text_link", 0, 1, { url: "http://example.com/" })])],
  ["<a>example.org</a>", ok("example.org", [e("text_link", 0, 11, { url: "http://example.org/" })])],
  ['<a href="notaurl">x</a>', ok("x")],
  ['<a href="ftp://x.com">x</a>', ok("x")],
  ['<a href="http://x.com:99999">x</a>', ok("x")],
  ['<a href="http://x.com:8080/p">x</a>', ok("x", [e("text_link", 0, 1, { url: "http://x.com:8080/p" })])],
  ['<a href="tg://resolve?domain=x">x</a>', ok("x", [e("text_link", 0, 1, { url: "tg://resolve?domain=x" })])],
  ['<a href="http://a.com?q=&quot;x&quot;">y</a>', ok("y", [e("text_link", 0, 1, { url: 'http://a.com/?q="x"' })])],
  ['<a href="tg://user?id=42">x</a>', ok("x", [e("text_mention", 0, 1, { user: { id: 42 } })])],
  ["<a href='TG://USER?ID=42'>x</a>", ok("x", [e("text_mention", 0, 1, { user: { id: 42 } })])],
  ['<a href="tg://user?id=0">x</a>', ok("x", [e("text_link", 0, 1, { url: "tg://user?id=0" })])],
  // custom emoji and date-time
  [`<tg-emoji emoji-id="${EMOJI_ID}">👍</tg-emoji>`, ok("👍", [e("custom_emoji", 0, 2, { custom_emoji_id: EMOJI_ID })])],
  ['<tg-emoji emoji-id="abc">👍</tg-emoji>', parseError("Invalid custom emoji identifier specified")],
  ["<tg-emoji>👍</tg-emoji>", parseError("Invalid custom emoji identifier specified")],
  [
    '<tg-time unix="1700000000" format="wDT">now</tg-time>',
    ok("now", [e("date_time", 0, 3, { unix_time: 1700000000, date_time_format: "wDT" })]),
  ],
  [
    "<tg-time unix=1700000000 format=r>x</tg-time>",
    ok("x", [e("date_time", 0, 1, { unix_time: 1700000000, date_time_format: "r" })]),
  ],
  ['<tg-time unix="1700000000" format="x">a</tg-time>', parseError("Invalid date format used")],
  ['<tg-time format="d">a</tg-time>', ok("a")],
  // HTML entities
  ["&lt;&gt;&amp;&quot;", ok('<>&"')],
  ["&#65;&#x42;&#x1F600;", ok("AB😀")],
  ["&nbsp;&copy;", ok("&nbsp;&copy;")],
  ["a & b", ok("a & b")],
  ["&lt", ok("<")],
  ["&constructor;", ok("&constructor;")],
  ["&#0;x", ok("&#0;x")],
  ["&#xD83D;", parseError("Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units")],
  ["&#128512;<b>x</b>", ok("😀x", [e("bold", 2, 1)])],
  // UTF-16 offsets
  ["😀<b>😀</b>", ok("😀😀", [e("bold", 2, 2)])],
  ["é<i>ü</i>", ok("éü", [e("italic", 1, 1)])],
  // malformed markup, with byte offsets
  ["<b>x", parseError('Can\'t find end tag corresponding to start tag "b"')],
  ["x</b>", parseError("Unexpected end tag at byte offset 1")],
  ["<b>x</i>", parseError('Unmatched end tag at byte offset 4, expected "</b>", found "</i>"')],
  ["<b>x</b", parseError("Unclosed end tag at byte offset 4")],
  ["<br>", parseError('Unsupported start tag "br" at byte offset 0')],
  ["👍<foo>", parseError('Unsupported start tag "foo" at byte offset 4')],
  ["привет <x>", parseError('Unsupported start tag "x" at byte offset 13')],
  ["<b", parseError("Unclosed start tag at byte offset 0")],
  ['<a href="x', parseError("Unclosed start tag at byte offset 0")],
  ["<a href=", parseError('Unclosed start tag "a" at byte offset 0')],
  ["<b =x>", parseError('Empty attribute name in the tag "b" at byte offset 0')],
  ["<a href=http://example.com>x</a>", parseError("Unexpected end of name token at byte offset 8")],
  ['<span class="spoiler">x</span>', parseError('Tag "span" must have class "tg-spoiler" at byte offset 0')],
  ["<span>x</span>", parseError('Tag "span" must have class "tg-spoiler" at byte offset 0')],
  // what TDLib does after parsing: empty entities, merging, splitting, nesting rules, trimming
  ["<b></b>x", ok("x")],
  ["<b>a</b><b>b</b>", ok("ab", [e("bold", 0, 2)])],
  ["<b>a <i>b</i></b>", ok("a b", [e("bold", 0, 2), e("bold", 2, 1), e("italic", 2, 1)])],
  ["<b><a href='http://a.com'>x</a></b>", ok("x", [e("text_link", 0, 1, { url: "http://a.com/" }), e("bold", 0, 1)])],
  ["<code><b>x</b></code>", ok("x", [e("code", 0, 1)])],
  ["<b>a<code>b</code>c</b>", ok("abc", [e("bold", 0, 1), e("code", 1, 1), e("bold", 2, 1)])],
  ["<blockquote><b>x</b></blockquote>", ok("x", [e("blockquote", 0, 1), e("bold", 0, 1)])],
  ["<blockquote>a</blockquote><blockquote>b</blockquote>", ok("ab", [e("blockquote", 0, 1), e("blockquote", 1, 1)])],
  ["<blockquote><blockquote>x</blockquote></blockquote>", ok("x", [e("blockquote", 0, 1)])],
  ["<pre>  code  </pre>", ok("  code", [e("pre", 0, 6)])],
  ["  <b>x</b>  ", ok("x", [e("bold", 0, 1)])],
  ["<b> </b>", "Bad Request: text must be non-empty"],
  ["a\r\nb", ok("a\nb")],
  ["a\tb", ok("a b")],
];

describe("parse_mode HTML", () => {
  test.each(cases)("%p", (input, expected) => {
    expect(run(input, "HTML")).toEqual(expected);
  });
});
