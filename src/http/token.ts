/**
 * Which tokens are malformed, exactly as the official ClientManager::send decides,
 * before any lookup: 401 for a malformed token, 421 for a bot id outside `--filter`.
 */
import type { Config } from "../cli/config.ts";
import { apiError } from "../methods/errors.ts";
import type { BotApiError } from "../methods/types.ts";
import { isCanonicalInteger } from "../methods/values.ts";

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64 = 1n << 64n;
const MAX_ACCOUNT_ID = 1n << 54n;

/** The error for a token the official would refuse, or undefined for a well-formed one. */
export function checkToken(token: string, filter: Config["filter"]): BotApiError | undefined {
  const colon = token.indexOf(":");
  if (token.startsWith("0") || Buffer.byteLength(token) > 80 || token.includes("/") || colon < 0) {
    return apiError("invalidToken");
  }
  const prefix = token.slice(0, colon);
  const id = isCanonicalInteger(prefix) ? BigInt(prefix) : undefined;
  if (id === undefined || id < INT64_MIN || id > INT64_MAX || !inFilter(id, filter)) return apiError("unallowedToken");
  if (id <= 0n || id >= MAX_ACCOUNT_ID) return apiError("invalidToken");
  return undefined;
}

/** `--filter=REM/MOD`: the id, read as an unsigned 64-bit number, modulo MOD is REM. */
function inFilter(id: bigint, filter: Config["filter"]): boolean {
  if (!filter) return true;
  const unsigned = id < 0n ? id + UINT64 : id;
  return unsigned % BigInt(filter.mod) === BigInt(filter.rem);
}
