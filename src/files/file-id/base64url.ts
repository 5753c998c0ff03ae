/**
 * base64url as TDLib's tdutils does it: written without padding, read with optional
 * padding, and refused (not skipped) on a stray character or non-zero spare bits.
 */
import { FileIdError } from "./errors.ts";

const ALPHABET = /^[A-Za-z0-9_-]*$/;

export function base64urlEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}

export function base64urlDecode(text: string): Uint8Array {
  let body = text;
  let padding = 0;
  while (body.endsWith("=")) {
    body = body.slice(0, -1);
    padding++;
  }
  if (padding >= 3) throw new FileIdError("base64Padding");
  if (padding > 0 && (body.length + padding) % 4 !== 0) throw new FileIdError("base64PaddingLength");
  if (body.length % 4 === 1) throw new FileIdError("base64Length");
  if (!ALPHABET.test(body)) throw new FileIdError("base64Character");
  const bytes = new Uint8Array(Buffer.from(body, "base64url"));
  // Re-encoding must give the input back, or the spare low bits were not zero.
  if (base64urlEncode(bytes) !== body) throw new FileIdError("base64Bits");
  return bytes;
}
