import { describe, expect, test } from "bun:test";
import { checkLink, linkUserId } from "../../src/convert/link-check.ts";

describe("checkLink", () => {
  const cases: [string, object, object][] = [
    ["https://example.com", {}, { url: "https://example.com/" }],
    ["HTTP://Example.com:8080/a?b#c", {}, { url: "http://example.com:8080/a?b#c" }],
    ["example.com", {}, { url: "http://example.com/" }],
    ["user:pw@example.com/x", {}, { url: "http://user:pw@example.com/x" }],
    ["tg://resolve?domain=durov", {}, { url: "tg://resolve?domain=durov" }],
    ["tg:resolve?domain=durov", {}, { url: "tg://resolve?domain=durov" }],
    ["tg://resolve?domain=x", { httpOnly: true }, { error: "URL 'tg://resolve?domain=x' is invalid: Only HTTP links are allowed" }],
    ["tg://a.b/", {}, { error: "URL 'tg://a.b/' is invalid: Unallowed characters in URL host" }],
    ["http://example.com", { httpsOnly: true }, { error: "URL 'http://example.com' is invalid: Only HTTPS links are allowed" }],
    ["localhost", {}, { error: "URL 'localhost' is invalid: Wrong HTTP URL" }],
    ["mailto://a.b", {}, { error: "URL 'mailto://a.b' is invalid: Unsupported URL protocol" }],
    ["http://:80/", {}, { error: "URL 'http://:80/' is invalid: URL host is empty" }],
    ["http://a.b:0/", {}, { error: "URL 'http://a.b:0/' is invalid: Wrong port number specified in the URL" }],
  ];
  test.each(cases)("%s %o", (link, rules, expected) => {
    expect(checkLink(link, rules)).toEqual(expected as never);
  });
});

describe("linkUserId", () => {
  test.each([
    ["tg://user?id=42", 42],
    ["TG:user?id=7", 7],
    ["tg://user?foo=1&id=9", 9],
    ["tg://user?id=x", undefined],
    ["https://t.me/user?id=1", undefined],
  ] as const)("%s", (link, id) => {
    expect(linkUserId(link)).toBe(id);
  });
});
