/**
 * The link checks TDLib applies to text links: `tg://user?id=` mentions, the URL
 * normalisation of `check_link`/`parse_url`, and `tg://emoji` / `tg://time` links.
 */
import { isIPv6 } from "node:net";
import { asciiLower } from "./bytes.ts";
import { urlErrors } from "./errors.ts";

/** Largest user id TDLib accepts ((1 << 40) - 1). */
const MAX_USER_ID = 2 ** 40 - 1;

/** TDLib's `to_integer_safe`: the canonical decimal form of an integer of `bits` bits, or undefined. */
export function toIntegerSafe(s: string, bits: 32 | 64): bigint | undefined {
  if (!/^-?\d+$/.test(s)) return undefined;
  const v = BigInt(s);
  if (v.toString() !== s) return undefined;
  const limit = 1n << BigInt(bits - 1);
  return v >= -limit && v < limit ? v : undefined;
}

/** TDLib's lenient `to_integer<int32>`: leading digits, wrapping on overflow. */
export function toInt32Lenient(s: string): number {
  let i = 0;
  let negative = false;
  if (s[0] === "-") {
    negative = true;
    i = 1;
  }
  let v = 0n;
  for (; i < s.length && s[i]! >= "0" && s[i]! <= "9"; i++) v = (v * 10n + BigInt(s.charCodeAt(i) - 48)) % 2n ** 32n;
  if (v > 2n ** 31n - 1n) {
    v = (2n ** 32n - v) % 2n ** 32n;
    negative = !negative;
    if (v > 2n ** 31n - 1n) return -(2 ** 31);
  }
  return Number(negative ? -v : v);
}

function startsWithLower(s: string, prefix: string): boolean {
  return asciiLower(s.slice(0, prefix.length)) === prefix;
}

/** Splits "k=v" at the first '='. */
function splitParam(param: string): [string, string] {
  const eq = param.indexOf("=");
  return eq < 0 ? [param, ""] : [param.slice(0, eq), param.slice(eq + 1)];
}

/** The user id of a `tg://user?id=` link; undefined if the link is not one or the id is no user id. */
export function linkUserId(url: string): number | undefined {
  let u = asciiLower(url);
  if (!u.startsWith("tg:")) return undefined;
  u = u.slice(3);
  if (u.startsWith("//")) u = u.slice(2);
  if (!u.startsWith("user") || (u.length > 4 && !"/?#".includes(u[4]!))) return undefined;
  u = u.slice(4);
  if (u.startsWith("/")) u = u.slice(1);
  if (!u.startsWith("?")) return undefined;
  u = u.slice(1);
  const hash = u.indexOf("#");
  if (hash >= 0) u = u.slice(0, hash);
  for (const param of u.split("&")) {
    const [key, value] = splitParam(param);
    if (key !== "id") continue;
    const id = toIntegerSafe(value, 64);
    return id !== undefined && id > 0n && id <= BigInt(MAX_USER_ID) ? Number(id) : undefined;
  }
  return undefined;
}

interface HttpUrl {
  https: boolean;
  userinfo: string;
  host: string;
  ipv6: boolean;
  specifiedPort: number;
  query: string;
}

type Checked<T> = { ok: T } | { error: string };

function checkUrlPart(part: string, name: string, allowColon: boolean): string | undefined {
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (/[A-Za-z0-9.\-_!$,~*'();&+=]/.test(c) || (allowColon && c === ":")) continue;
    if (c === "%") {
      if (/[0-9A-Fa-f]/.test(part[i + 1] ?? "") && /[0-9A-Fa-f]/.test(part[i + 2] ?? "")) {
        i += 2;
        continue;
      }
      return urlErrors.percent(name);
    }
    if (c.charCodeAt(0) >= 128) continue;
    return urlErrors.disallowed(name);
  }
  return undefined;
}

/** TDLib's `parse_url` with HTTP as the default protocol. */
function parseUrl(url: string): Checked<HttpUrl> {
  let rest = url;
  const protoEnd = url.search(/[:/?#@[\]]/);
  const protocol = asciiLower(protoEnd < 0 ? url : url.slice(0, protoEnd));
  let https = false;
  if (protoEnd >= 0 && url.startsWith("://", protoEnd)) {
    if (protocol === "https") https = true;
    else if (protocol !== "http") return { error: urlErrors.protocol };
    rest = url.slice(protoEnd + 3);
  }
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  let query = authorityEnd < 0 ? "" : rest.slice(authorityEnd);

  let colon = authority.length - 1;
  while (colon > 0 && !":]@".includes(authority[colon]!)) colon--;
  let port = 0;
  let userinfoHost = authority;
  if (colon > 0 && authority[colon] === ":") {
    const portText = authority.slice(colon + 1).replace(/^0+(?=.)/, "");
    const parsed = toIntegerSafe(portText, 32);
    port = parsed === undefined || parsed === 0n ? -1 : Number(parsed);
    userinfoHost = authority.slice(0, colon);
  }
  if (port < 0 || port > 65535) return { error: urlErrors.port };

  const at = userinfoHost.lastIndexOf("@");
  const userinfo = at < 0 ? "" : userinfoHost.slice(0, at);
  const host = userinfoHost.slice(at + 1);
  const ipv6 = host.startsWith("[") && host.endsWith("]") && host.length >= 2;
  if (ipv6 && !isIPv6(host.slice(1, -1))) return { error: urlErrors.ipv6 };
  if (host === "") return { error: urlErrors.emptyHost };
  if (host === ".") return { error: urlErrors.invalidHost };

  query = query.replace(/[ \t\r\n\0\v]+$/, "");
  if (query === "") query = "/";
  let encoded = query.startsWith("/") ? "" : "/";
  for (const ch of query) {
    const code = ch.charCodeAt(0);
    encoded += code <= 0x20 ? `%${code.toString(16).toUpperCase().padStart(2, "0")}` : ch;
  }

  const lowerHost = asciiLower(host);
  if (ipv6) {
    if (!/^[0-9a-f:.]*$/.test(lowerHost.slice(1, -1))) return { error: urlErrors.ipv6Host };
  } else {
    const error = checkUrlPart(lowerHost, "host", false) ?? checkUrlPart(userinfo, "userinfo", true);
    if (error) return { error };
  }
  return { ok: { https, userinfo, host: lowerHost, ipv6, specifiedPort: port, query: encoded } };
}

/** TDLib's `check_link`: the normalised URL, or why it is refused. */
export function checkLink(link: string): Checked<string> {
  let scheme = "";
  for (const s of ["tg", "ton", "tonsite"]) {
    if (startsWithLower(link, `${s}:`)) {
      scheme = s;
      link = link.slice(s.length + 1);
      if (link.startsWith("//")) link = link.slice(2);
      break;
    }
  }
  const parsed = parseUrl(link);
  if ("error" in parsed) return parsed;
  const url = parsed.ok;
  if (scheme) {
    if (startsWithLower(link, "http://") || url.https || url.userinfo || url.specifiedPort !== 0 || url.ipv6) {
      return { error: scheme === "tg" ? urlErrors.tg : urlErrors.ton };
    }
    const query = url.query.startsWith("/?") ? url.query.slice(1) : url.query;
    const hostChar = scheme === "tonsite" ? /^[A-Za-z0-9_.-]$/ : /^[A-Za-z0-9_-]$/;
    for (const c of url.host) if (!hostChar.test(c)) return { error: urlErrors.hostChars };
    return { ok: `${scheme}://${url.host}${query}` };
  }
  if (!url.host.includes(".") && !url.ipv6) return { error: urlErrors.http };
  const port = url.specifiedPort > 0 ? `:${url.specifiedPort}` : "";
  const userinfo = url.userinfo ? `${url.userinfo}@` : "";
  return { ok: `${url.https ? "https" : "http"}://${userinfo}${url.host}${port}${url.query}` };
}

/** TDLib's `get_checked_link`: the normalised URL, or "" when refused. */
export function checkedLink(link: string): string {
  const result = checkLink(link);
  return "ok" in result ? result.ok : "";
}

/** The query of a `tg://<host>?…` link, or undefined. */
function tgQuery(url: string, host: string): string | undefined {
  if (!startsWithLower(url, "tg:")) return undefined;
  url = url.slice(3);
  if (url.startsWith("//")) url = url.slice(2);
  if (!startsWithLower(url, host) || (url.length > host.length && !"/?#".includes(url[host.length]!))) {
    return undefined;
  }
  url = url.slice(host.length);
  if (url.startsWith("/")) url = url.slice(1);
  if (!url.startsWith("?")) return undefined;
  const hash = url.indexOf("#");
  return hash < 0 ? url.slice(1) : url.slice(1, hash);
}

/** The custom emoji id of a `tg://emoji?id=` link (decimal string), or undefined. */
export function linkCustomEmojiId(url: string): string | undefined {
  const query = tgQuery(url, "emoji");
  if (query === undefined) return undefined;
  for (const param of query.split("&")) {
    const [key, value] = splitParam(param);
    if (key !== "id") continue;
    const id = toIntegerSafe(value, 64);
    return id === undefined || id === 0n ? undefined : id.toString();
  }
  return undefined;
}

/** Date flags, as TDLib's FormattedDate keeps them. */
export const DateFlag = { relative: 1, shortTime: 2, longTime: 4, shortDate: 8, longDate: 16, dayOfWeek: 32 };

/** The flags a `date_time_format` string sets, or undefined for an invalid one. */
export function dateFlags(format: string): number | undefined {
  if (format === "r" || format === "R") return DateFlag.relative;
  const byChar: Record<string, number> = {
    t: DateFlag.shortTime,
    T: DateFlag.longTime,
    d: DateFlag.shortDate,
    D: DateFlag.longDate,
    w: DateFlag.dayOfWeek,
    W: DateFlag.dayOfWeek,
  };
  let flags = 0;
  for (const c of format) {
    const flag = byChar[c];
    if (flag === undefined) return undefined;
    flags |= flag;
  }
  return flags;
}

/** The `date_time_format` the official server shows for some flags (short wins over long). */
export function dateFormat(flags: number): string {
  if (flags & DateFlag.relative) return "r";
  let format = flags & DateFlag.dayOfWeek ? "w" : "";
  if (flags & DateFlag.shortDate) format += "d";
  else if (flags & DateFlag.longDate) format += "D";
  if (flags & DateFlag.shortTime) format += "t";
  else if (flags & DateFlag.longTime) format += "T";
  return format;
}

/** The date of a `tg://time?unix=…&format=…` link, or undefined. */
export function linkDate(url: string): { unix: number; flags: number } | undefined {
  const query = tgQuery(url, "time");
  if (query === undefined) return undefined;
  let unix = 0;
  let format = "";
  for (const param of query.split("&")) {
    const [key, value] = splitParam(param);
    if (key === "unix") {
      const date = toIntegerSafe(value, 32);
      if (date === undefined || date <= 0n) return undefined;
      unix = Number(date);
    }
    if (key === "format") format = value;
  }
  if (unix === 0) return undefined;
  const flags = dateFlags(format);
  return flags === undefined ? undefined : { unix, flags };
}
