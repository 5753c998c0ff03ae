import { describe, expect, test } from "bun:test";
import { checkLink, linkUserId } from "../../src/format/links.ts";

// [link, normalised URL or the reason TDLib refuses it]
const links: [string, { ok: string } | { error: string }][] = [
  ["example.com", { ok: "http://example.com/" }],
  ["https://Example.com", { ok: "https://example.com/" }],
  ["http://user:pass@example.com:8080/x", { ok: "http://user:pass@example.com:8080/x" }],
  ["http://example.com:080/", { ok: "http://example.com:80/" }],
  ["http://example.com:0", { error: "Wrong port number specified in the URL" }],
  ["http://exa mple.com", { error: "Disallowed character in URL host" }],
  ["http://%zz.com", { error: "Wrong percent-encoded symbol in URL host" }],
  ["http://example.com/a b", { ok: "http://example.com/a%20b" }],
  ["http://example.com?q=1", { ok: "http://example.com/?q=1" }],
  ["ftp://example.com", { error: "Unsupported URL protocol" }],
  ["localhost", { error: "Wrong HTTP URL" }],
  ["http://[::1]/x", { ok: "http://[::1]/x" }],
  ["http://[zz]/", { error: "Wrong IPv6 address specified in the URL" }],
  ["http://", { error: "URL host is empty" }],
  ["tg://resolve?domain=durov", { ok: "tg://resolve?domain=durov" }],
  ["tg:resolve?domain=durov", { ok: "tg://resolve?domain=durov" }],
  ["tg://http://x.com", { error: "Wrong tg URL" }],
  ["tg://a.b", { error: "Unallowed characters in URL host" }],
  ["ton://abc", { ok: "ton://abc/" }],
  ["tonsite://a.ton", { ok: "tonsite://a.ton/" }],
];

// [link, user id it mentions]
const mentions: [string, number | undefined][] = [
  ["tg://user?id=123", 123],
  ["tg:user?id=1", 1],
  ["TG://USER?ID=5", 5],
  ["tg://user/?x=1&id=9#frag", 9],
  ["tg://user?id=abc", undefined],
  ["tg://user?id=01", undefined],
  ["tg://user?id=1099511627776", undefined],
  ["tg://users?id=1", undefined],
  ["http://user?id=1", undefined],
];

describe("check_link", () => {
  test.each(links)("%p", (link, expected) => {
    expect(checkLink(link)).toEqual(expected);
  });
});

describe("tg://user links", () => {
  test.each(mentions)("%p", (link, expected) => {
    expect(linkUserId(link)).toBe(expected);
  });
});
