/** Tokens are never stored: only their SHA-256, enough to recognise one on the next request. */
import { createHash } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
