/**
 * Request path → what it addresses, as the official HttpConnection::handle splits it:
 * `/bot<token>[/test]/<method>`, plus our `/user<token>/<method>` and `/userLogin`.
 */
import { decodePercent } from "./urlencoded.ts";

export type Target =
  | { kind: "bot" | "user"; token: string; testEnv: boolean; method: string }
  | { kind: "userLogin" }
  | { kind: "notFound" };

export function parseTarget(rawPath: string, allowUsers: boolean): Target {
  // The official decodes the path before splitting it, so "%2F" separates too.
  const path = decodePercent(rawPath, false);
  if (allowUsers && path === "/userLogin") return { kind: "userLogin" };
  const kind = path.startsWith("/bot") ? "bot" : allowUsers && path.startsWith("/user") ? "user" : undefined;
  if (!kind) return { kind: "notFound" };
  const rest = path.slice(kind === "bot" ? 4 : 5);
  const slash = rest.indexOf("/");
  const token = slash < 0 ? rest : rest.slice(0, slash);
  let after = slash < 0 ? "" : rest.slice(slash);
  const testEnv = after.startsWith("/test");
  if (testEnv) after = after.slice(5);
  if (!after.startsWith("/")) return { kind: "notFound" };
  return { kind, token, testEnv, method: after.slice(1) };
}
