/**
 * One Bot API call: look the method up, check who may call it, read its parameters,
 * run the hooks and the handler. Always settles to a result or a BotApiError, so the
 * HTTP layer answers every request exactly once.
 */
import type { Config } from "../cli/config.ts";
import type { Hooks } from "../plugins/hooks.ts";
import type { AccountPool } from "../telegram/account-pool.ts";
import type { UpdatesService } from "../updates/service.ts";
import { apiError, internalError, notImplemented } from "./errors.ts";
import { parseParams } from "./params.ts";
import { type AccountKind, BotApiError, Described, type CallContext, type MethodTable, type RawParams } from "./types.ts";

export interface CallRequest {
  /** The method name as the client spelled it. */
  method: string;
  kind: AccountKind;
  token: string;
  testEnv: boolean;
  raw: RawParams;
  signal?: AbortSignal;
  /** Set for calls the gateway makes itself for a known account (a webhook reply's method). */
  accountId?: number;
}

export interface CallDeps {
  table: MethodTable;
  hooks: Hooks;
  config: Config;
  /** Absent where no Telegram is configured (routing tests): account() then fails. */
  accounts?: AccountPool;
  updates?: UpdatesService;
}

export type CallOutcome = { ok: true; result: unknown; description?: string } | { ok: false; error: BotApiError };

export async function callMethod(deps: CallDeps, request: CallRequest): Promise<CallOutcome> {
  const entry = deps.table.get(request.method);
  const ctx: CallContext = {
    method: entry?.name ?? request.method.toLowerCase(),
    kind: request.kind,
    token: request.token,
    testEnv: request.testEnv,
    config: deps.config,
    raw: request.raw,
    ...(request.signal ? { signal: request.signal } : {}),
    account: () => openAccount(deps, request),
    updates: () => {
      if (!deps.updates) throw internalError("no update service is configured");
      return deps.updates;
    },
  };
  try {
    if (!entry) throw apiError("methodNotFound");
    if (entry.botOnly && request.kind === "user") throw apiError("botOnly");
    const params = parseParams(entry, request.raw);
    await deps.hooks.run("beforeCall", ctx, params);
    if (!entry.handler) throw notImplemented(entry.name);
    const value = await entry.handler(ctx, params);
    // Most Bot API methods "return True on success": a handler may just return.
    const described = value instanceof Described ? value : undefined;
    const result = described ? described.result : value === undefined ? true : value;
    await deps.hooks.run("afterCall", ctx, params, result);
    return described ? { ok: true, result, description: described.description } : { ok: true, result };
  } catch (thrown) {
    const error = thrown instanceof BotApiError ? thrown : internalError(errorMessage(thrown));
    try {
      await deps.hooks.run("onError", ctx, error);
    } catch {
      // An onError hook cannot change or suppress the answer already decided.
    }
    return { ok: false, error };
  }
}

function openAccount(deps: CallDeps, request: CallRequest) {
  if (!deps.accounts) return Promise.reject(internalError("no Telegram backend is configured"));
  if (request.kind === "user") return Promise.reject(notImplemented("user accounts"));
  if (request.accountId !== undefined) return deps.accounts.byId(request.accountId);
  return deps.accounts.bot(request.token);
}

function errorMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
