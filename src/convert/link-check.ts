/**
 * The URL check TDLib applies to the URLs of keyboard buttons (LinkManager::check_link on
 * top of tdutils' parse_url): it accepts http(s) and tg: links, normalizes them, and
 * names the reason when it refuses one.
 */
import { URL_ERRORS } from "./errors.ts";

export interface LinkRules {
  /** Only http(s) links (Web App and login URLs). */
  httpOnly?: boolean;
  httpsOnly?: boolean;
}

/** The normalized URL, or the reason TDLib gives (already wrapped as "URL '…' is invalid: …"). */
export function checkLink(link: string, rules: LinkRules = {}): { url: string } | { error: string } {
  const result = checkLinkImpl(link, rules);
  return "error" in result ? { error: URL_ERRORS.invalid(link, result.error) } : result;
}

function checkLinkImpl(link: string, rules: LinkRules): { url: string } | { error: string } {
  const tg = /^(tg|ton):(\/\/)?/i.exec(link);
  if (tg) {
    if (rules.httpsOnly) return { error: URL_ERRORS.httpsOnly };
    if (rules.httpOnly) return { error: URL_ERRORS.httpOnly };
    const rest = link.slice(tg[0].length);
    const host = /^[^/?#]*/.exec(rest)![0];
    if (host === "" || /[:@[]/.test(host)) return { error: URL_ERRORS.wrongTg };
    if (!/^[A-Za-z0-9_-]+$/.test(host)) return { error: URL_ERRORS.hostChars };
    let query = rest.slice(host.length) || "/";
    if (query.startsWith("/?")) query = query.slice(1);
    return { url: `${tg[1]!.toLowerCase()}://${host}${query}` };
  }
  const parsed = parseUrl(link);
  if ("error" in parsed) return parsed;
  if (rules.httpsOnly && parsed.protocol !== "https") return { error: URL_ERRORS.httpsOnly };
  if (!parsed.host.includes(".") && !parsed.host.startsWith("[")) return { error: URL_ERRORS.wrongHttp };
  const port = parsed.port ? `:${parsed.port}` : "";
  return { url: `${parsed.protocol}://${parsed.userinfo}${parsed.host}${port}${parsed.query}` };
}

interface ParsedUrl {
  protocol: "http" | "https";
  userinfo: string;
  host: string;
  port: string;
  query: string;
}

function parseUrl(link: string): ParsedUrl | { error: string } {
  let rest = link.trim();
  let protocol: "http" | "https" = "http";
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== "http" && name !== "https") return { error: URL_ERRORS.protocol };
    protocol = name;
    rest = rest.slice(scheme[0].length);
  }
  const authority = /^[^/?#]*/.exec(rest)![0];
  let query = rest.slice(authority.length) || "/";
  if (!query.startsWith("/")) query = `/${query}`;
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : "";
  let host = authority.slice(at + 1);
  let port = "";
  const portMatch = /:([^:\]]*)$/.exec(host);
  if (portMatch) {
    port = portMatch[1]!;
    host = host.slice(0, portMatch.index);
    const n = Number(port);
    if (!/^\d+$/.test(port) || n < 1 || n > 65535) return { error: URL_ERRORS.badPort };
  }
  if (host === "") return { error: URL_ERRORS.emptyHost };
  return { protocol, userinfo, host: host.toLowerCase(), port, query };
}

/** The user id of a `tg://user?id=…` link, which TDLib turns into a profile button. */
export function linkUserId(link: string): number | undefined {
  const m = /^tg:(?:\/\/)?user\/?\?(?:.*&)?id=(\d+)(?:&|#|$)/i.exec(link);
  return m ? Number(m[1]) : undefined;
}
