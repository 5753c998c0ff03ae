/** `application/x-www-form-urlencoded` and query strings, decoded as the official does. */

const HEX = /^[0-9a-fA-F]{2}$/;

/**
 * td::url_decode: "%XY" with two hex digits is a byte, any other "%" stays as it is,
 * "+" is a space only in parameters (not in the path). Bytes are read as UTF-8.
 */
export function decodePercent(text: string, plusAsSpace: boolean): string {
  if (!text.includes("%") && !(plusAsSpace && text.includes("+"))) return text;
  const bytes: number[] = [];
  const input = Buffer.from(text, "utf8");
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === 0x25 && i + 2 < input.length && HEX.test(String.fromCharCode(input[i + 1]!, input[i + 2]!))) {
      bytes.push(Number.parseInt(String.fromCharCode(input[i + 1]!, input[i + 2]!), 16));
      i += 2;
    } else {
      bytes.push(plusAsSpace && c === 0x2b ? 0x20 : c);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** "a=1&b=2" → [["a","1"],["b","2"]]; a key without "=" has an empty value. */
export function parseUrlencoded(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? "" : part.slice(eq + 1);
    pairs.push([decodePercent(key, true), decodePercent(value, true)]);
  }
  return pairs;
}
