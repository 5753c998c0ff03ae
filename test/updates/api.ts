/**
 * Calls the update methods the way the gateway does — parameters parsed by the method
 * table's schema, then the handler — for an account that needs no Telegram.
 */
import type { Config } from "../../src/cli/config.ts";
import { updateHandlers } from "../../src/methods/updates/index.ts";
import { parseParams } from "../../src/methods/params.ts";
import { createMethodTable } from "../../src/methods/table.ts";
import { BotApiError, Described, type CallContext, type RawParams, type UploadedFile } from "../../src/methods/types.ts";
import type { Account } from "../../src/telegram/account.ts";
import type { UpdatesService } from "../../src/updates/service.ts";

export type Outcome = { ok: true; result: unknown; description?: string } | { ok: false; code: number; description: string };

export function api(updates: UpdatesService, config: Partial<Config> = {}) {
  const table = createMethodTable();
  for (const [name, handler] of Object.entries(updateHandlers)) table.implement(name, handler);
  /** `described`: keep the description the official sends beside some results. */
  return async (accountId: number, method: string, values: Record<string, string | UploadedFile> = {}, described = false): Promise<Outcome> => {
    const entry = table.get(method)!;
    const raw: RawParams = new Map(Object.entries(values));
    const ctx: CallContext = {
      method: entry.name,
      kind: "bot",
      token: `${accountId}:x`,
      testEnv: false,
      config: { local: true, ...config } as Config,
      raw,
      account: async () => ({ id: accountId }) as Account,
      updates: () => updates,
    };
    try {
      const value = await entry.handler!(ctx, parseParams(entry, raw));
      if (!(value instanceof Described)) return { ok: true, result: value };
      return described ? { ok: true, result: value.result, description: value.description } : { ok: true, result: value.result };
    } catch (error) {
      if (error instanceof BotApiError) return { ok: false, code: error.code, description: error.description };
      throw error;
    }
  };
}
