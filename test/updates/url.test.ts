import { describe, expect, test } from "bun:test";
import { isReservedIpv4, refuseAddress } from "../../src/updates/webhook/ip.ts";
import { parseWebhookUrl, requestUrl } from "../../src/updates/webhook/url.ts";

describe("parseWebhookUrl", () => {
  const good: Array<[string, string, number, string, string]> = [
    ["example.com", "https", 443, "example.com", "/"],
    ["HTTP://Example.COM:8080/a b?x=1 ", "http", 8080, "example.com", "/a%20b?x=1"],
    ["https://user:pw@host.io:0088/hook", "https", 88, "host.io", "/hook"],
    ["https://[::1]:8443/x", "https", 8443, "[::1]", "/x"],
    ["https://bücher.de", "https", 443, "bücher.de", "/"],
  ];
  for (const [url, protocol, port, host, query] of good) {
    test(`reads ${url}`, () => {
      expect(parseWebhookUrl(url)).toMatchObject({ protocol, port, host, query });
    });
  }
  const bad = ["ftp://example.com", "https://", "https://example.com:0", "https://example.com:70000", "https://ex ample.com", "https://.", "https://[zz]/", "https://a%zz"];
  for (const url of bad) test(`refuses ${url}`, () => expect(parseWebhookUrl(url)).toBeUndefined());

  test("keeps userinfo and builds the request URL, with a fixed IP when given", () => {
    const url = parseWebhookUrl("https://u:p@bot.example:8443/path?q")!;
    expect(url.userinfo).toBe("u:p");
    expect(requestUrl(url)).toBe("https://bot.example:8443/path?q");
    expect(requestUrl(url, "1.2.3.4")).toBe("https://1.2.3.4:8443/path?q");
  });
});

describe("webhook addresses", () => {
  const cases: Array<[string, boolean, string | undefined]> = [
    ["8.8.8.8", false, undefined],
    ["127.0.0.1", false, "IP address 127.0.0.1 is reserved"],
    ["10.1.2.3", false, "IP address 10.1.2.3 is reserved"],
    ["172.31.255.255", false, "IP address 172.31.255.255 is reserved"],
    ["172.32.0.1", false, undefined],
    ["100.64.0.1", false, "IP address 100.64.0.1 is reserved"],
    ["240.0.0.1", false, "IP address 240.0.0.1 is reserved"],
    ["2001:db8::1", false, "IPv6-only addresses are not allowed"],
    ["not an ip", false, "Invalid IP address specified"],
    ["127.0.0.1", true, undefined],
    ["::1", true, undefined],
    ["not an ip", true, "Invalid IP address specified"],
  ];
  for (const [ip, local, refusal] of cases) {
    test(`${ip}${local ? " (local)" : ""}`, () => expect(refuseAddress(ip, local)).toBe(refusal));
  }
  test("block edges", () => {
    expect(isReservedIpv4("192.168.255.255")).toBe(true);
    expect(isReservedIpv4("192.169.0.0")).toBe(false);
    expect(isReservedIpv4("198.19.255.255")).toBe(true);
    expect(isReservedIpv4("223.255.255.255")).toBe(false);
  });
});
