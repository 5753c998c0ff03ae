/**
 * Lenient value parsers, as the official server's td::to_integer, td::to_double and
 * Client::to_bool read parameters: they never fail, they read what they can.
 */

const UINT64 = 1n << 64n;
const INT64_MAX = (1n << 63n) - 1n;

/**
 * td::to_integer<int64>: an optional "-", then the leading digits; anything after them
 * is ignored and no digits at all read as 0 ("12abc" → 12, "abc" → 0). Overflow wraps
 * like the C++ unsigned arithmetic it mirrors.
 */
export function toInteger(text: string): number {
  let i = 0;
  const negative = text[0] === "-";
  if (negative) i++;
  let value = 0n;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = (value * 10n + BigInt(c - 48)) % UINT64;
  }
  let signed = negative ? (UINT64 - value) % UINT64 : value;
  if (signed > INT64_MAX) signed -= UINT64;
  return Number(signed);
}

/** td::to_integer_safe: the whole text must be the canonical decimal form ("007" is not). */
export function isCanonicalInteger(text: string): boolean {
  return /^(0|-?[1-9][0-9]*)$/.test(text) && text !== "-0";
}

/** Client::to_bool: "true", "yes" or "1", any case, spaces around ignored; all else false. */
export function toBool(text: string): boolean {
  const value = text.trim().toLowerCase();
  return value === "true" || value === "yes" || value === "1";
}

/** td::to_double: a C++ stream read of the leading number; unreadable text is 0. */
export function toFloat(text: string): number {
  if (/^\s*[+-]?(inf|nan)/i.test(text)) return 0;
  const value = Number.parseFloat(text);
  return Number.isFinite(value) ? value : 0;
}

/** The value of JSON text, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
