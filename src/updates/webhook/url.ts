/**
 * A webhook URL read as the official reads it (td::parse_url with HTTPS as the default
 * protocol): `[http(s)://][userinfo@]host[:port][/path?query]`. Anything it refuses is
 * "invalid webhook URL specified".
 */
export interface WebhookUrl {
  readonly protocol: "http" | "https";
  readonly userinfo: string;
  /** Lower-cased; IPv6 hosts keep their brackets. */
  readonly host: string;
  readonly isIpv6: boolean;
  readonly port: number;
  /** Path and query, starting with "/"; bytes up to 0x20 percent-encoded. */
  readonly query: string;
}

const ALLOWED_PUNCTUATION = new Set(".-_!$,~*'();&+=");
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** Whether every character is RFC 3986, a percent escape or non-ASCII (td::parse_url's check). */
function checkPart(part: string, allowColon: boolean): boolean {
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (/[a-zA-Z0-9]/.test(c) || ALLOWED_PUNCTUATION.has(c) || (allowColon && c === ":")) continue;
    if (c === "%") {
      if (isHex(part[i + 1]) && isHex(part[i + 2])) {
        i += 2;
        continue;
      }
      return false;
    }
    if (c.charCodeAt(0) >= 128) continue;
    return false;
  }
  return true;
}

function readPort(text: string): number | undefined {
  const digits = text.replace(/^0+(?=.)/, "");
  if (!/^(0|[1-9][0-9]*)$/.test(digits)) return undefined;
  const port = Number(digits);
  return port === 0 || port > 65535 ? undefined : port;
}

export function parseWebhookUrl(url: string): WebhookUrl | undefined {
  let rest = url;
  let protocol: "http" | "https" = "https";
  const scheme = /^([^:/?#@[\]]*):\/\//.exec(url);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== "http" && name !== "https") return undefined;
    protocol = name;
    rest = url.slice(scheme[0].length);
  }
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  let query = end < 0 ? "" : rest.slice(end);

  let port = 0;
  let userinfoHost = authority;
  const colon = Math.max(authority.lastIndexOf(":"), authority.lastIndexOf("]"), authority.lastIndexOf("@"));
  if (colon > 0 && authority[colon] === ":") {
    const read = readPort(authority.slice(colon + 1));
    if (read === undefined) return undefined;
    port = read;
    userinfoHost = authority.slice(0, colon);
  }
  const at = userinfoHost.lastIndexOf("@");
  const userinfo = at < 0 ? "" : userinfoHost.slice(0, at);
  const rawHost = userinfoHost.slice(at + 1);
  const isIpv6 = rawHost.length > 1 && rawHost.startsWith("[") && rawHost.endsWith("]");
  if (isIpv6 && !/^[0-9a-fA-F:.]+$/.test(rawHost.slice(1, -1))) return undefined;
  if (rawHost === "" || rawHost === ".") return undefined;
  const host = rawHost.toLowerCase();
  if (!isIpv6 && (!checkPart(host, false) || !checkPart(userinfo, true))) return undefined;

  query = query.replace(/\s+$/, "");
  if (query === "") query = "/";
  if (!query.startsWith("/")) query = `/${query}`;
  query = query.replace(/[\x00-\x20]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return { protocol, userinfo, host, isIpv6, port: port || (protocol === "http" ? 80 : 443), query };
}

/** The URL to request: the host replaced by a fixed IP address when one is set. */
export function requestUrl(url: WebhookUrl, ip?: string): string {
  const host = ip === undefined ? url.host : ip.includes(":") ? `[${ip}]` : ip;
  return `${url.protocol}://${host}:${url.port}${url.query}`;
}
