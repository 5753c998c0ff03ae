/** Value parsers for flags: each returns the value or an error text (never throws). */
import { isIP } from "node:net";
import { cliErrors } from "./messages.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

const RANGES = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
} as const;

/**
 * Strict integer as the official server's option parser: the text must be exactly the
 * decimal form of a number of the type ("+1", "01", " 1", "1k" and "" are refused).
 */
export function parseInteger(text: string, type: keyof typeof RANGES = "int32"): Parsed<bigint> {
  if (!/^-?\d+$/.test(text)) return fail(cliErrors.notANumber(text));
  const value = BigInt(text);
  const [min, max] = RANGES[type];
  if (value.toString() !== text || value < min || value > max) return fail(cliErrors.notANumber(text));
  return ok(value);
}

export function parseNumber(text: string, type: keyof typeof RANGES = "int32"): Parsed<number> {
  const parsed = parseInteger(text, type);
  return parsed.ok ? ok(Number(parsed.value)) : parsed;
}

export function parsePort(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  return parsed.value >= 0 && parsed.value <= 65535 ? parsed : fail(cliErrors.badPort(text));
}

/** `REM/MOD` with REM < MOD, both unsigned. */
export function parseFilter(text: string): Parsed<{ rem: number; mod: number }> {
  const slash = text.indexOf("/");
  const remText = slash < 0 ? text : text.slice(0, slash);
  const modText = slash < 0 ? "" : text.slice(slash + 1);
  const rem = parseInteger(remText, "uint64");
  if (!rem.ok) return rem;
  const mod = parseInteger(modText, "uint64");
  if (!mod.ok) return mod;
  if (rem.value >= mod.value) return fail(cliErrors.badFilter);
  return ok({ rem: Number(rem.value), mod: Number(mod.value) });
}

export function parseIp(text: string): Parsed<string> {
  return isIP(text) ? ok(text) : fail(cliErrors.badIp(text));
}

/** `http://host:port` (the official also takes https:// or no scheme, and means HTTP). */
export function parseProxy(text: string): Parsed<string> {
  const hostPort = text.replace(/^https?:\/\//, "");
  const colon = hostPort.lastIndexOf(":");
  if (colon <= 0) return fail(cliErrors.badProxy(text));
  const port = parsePort(hostPort.slice(colon + 1));
  if (!port.ok || port.value === 0) return fail(cliErrors.badProxy(text));
  return ok(`http://${hostPort}`);
}

export function parseHttpUrl(text: string): Parsed<string> {
  const url = URL.parse(text);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return fail(cliErrors.badUrl(text));
  return ok(text.replace(/\/+$/, ""));
}

/** `a,b,c` → names; empty items (`a,,b`) are a mistake worth reporting. */
export function parseList(text: string): Parsed<string[]> {
  if (text === "") return ok([]);
  const names = text.split(",").map((name) => name.trim());
  return names.includes("") ? fail(cliErrors.badPluginName(text)) : ok(names);
}

/** Environment values are read leniently, as the official reads TELEGRAM_API_ID. */
export function leadingInteger(text: string | undefined): number {
  const match = /^-?\d+/.exec(text ?? "");
  return match ? Number(match[0]) : 0;
}
