/**
 * UTF-8 helpers. TDLib parses formatted text byte by byte, reports byte offsets in its
 * errors and counts UTF-16 units as it goes; the parsers here do the same on a byte buffer.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A mutable UTF-8 buffer padded with zero bytes, so reads past the end see '\0' as in C. */
export interface ByteText {
  buf: Uint8Array;
  size: number;
}

export function toBytes(text: string): ByteText {
  const encoded = encoder.encode(text);
  const buf = new Uint8Array(encoded.length + 8);
  buf.set(encoded);
  return { buf, size: encoded.length };
}

/** The byte at `i`, or 0 past the buffer. */
export function byteAt(buf: Uint8Array, i: number): number {
  return buf[i] ?? 0;
}

export function decode(buf: Uint8Array, from: number, to: number): string {
  return decoder.decode(buf.subarray(from, to));
}

/** A byte that starts a UTF-8 character (not a continuation byte). */
export function isFirstCodeUnit(c: number): boolean {
  return (c & 0xc0) !== 0x80;
}

/** UTF-16 units of the character a first code unit starts: a 4-byte one is a surrogate pair. */
export function utf16Units(c: number): number {
  return c >= 0xf0 ? 2 : 1;
}

/** Writes the UTF-8 form of `code` at `pos`; returns the position after it. */
export function putUtf8(buf: Uint8Array, pos: number, code: number): number {
  if (code < 0x80) {
    buf[pos] = code;
    return pos + 1;
  }
  if (code < 0x800) {
    buf[pos] = 0xc0 | (code >> 6);
    buf[pos + 1] = 0x80 | (code & 0x3f);
    return pos + 2;
  }
  if (code < 0x10000) {
    buf[pos] = 0xe0 | (code >> 12);
    buf[pos + 1] = 0x80 | ((code >> 6) & 0x3f);
    buf[pos + 2] = 0x80 | (code & 0x3f);
    return pos + 3;
  }
  buf[pos] = 0xf0 | (code >> 18);
  buf[pos + 1] = 0x80 | ((code >> 12) & 0x3f);
  buf[pos + 2] = 0x80 | ((code >> 6) & 0x3f);
  buf[pos + 3] = 0x80 | (code & 0x3f);
  return pos + 4;
}

/** TDLib's `is_space`: ' ', \t, \r, \n, \0, \v. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0 || c === 0x0b;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAlpha(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

export function isHexDigit(c: number): boolean {
  const l = c | 0x20;
  return isDigit(c) || (l >= 0x61 && l <= 0x66);
}

/** ASCII-only lower case, as TDLib's `to_lower`. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Cuts the text to `size` bytes; the bytes after it read as '\0', as after `std::string::resize`. */
export function truncate(text: ByteText, size: number): void {
  text.buf.fill(0, size);
  text.size = size;
}
