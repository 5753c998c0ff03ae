/**
 * The gateway's Elysia app: the Bot API catch-all plus whatever routes plugins and
 * other parts (the /docs plugin) add. Specific routes win over the catch-all, so a
 * plugin can serve e.g. GET /metrics; everything else is a Bot API request.
 */
import { type AnyElysia, Elysia } from "elysia";
import type { Config } from "../cli/config.ts";
import { internalError } from "../methods/errors.ts";
import { BotApiError, type MethodTable } from "../methods/types.ts";
import type { Hooks } from "../plugins/hooks.ts";
import type { AccountPool } from "../telegram/account-pool.ts";
import type { UpdatesService } from "../updates/service.ts";
import { errorResponse } from "./envelope.ts";
import { handleApiRequest } from "./handle.ts";

export interface HttpRoute {
  method: "GET" | "POST";
  path: string;
  handler: (request: Request) => Response | Promise<Response>;
}

export interface HttpAppOptions {
  config: Config;
  table: MethodTable;
  hooks: Hooks;
  accounts?: AccountPool;
  updates?: UpdatesService;
  /** Routes added by plugins (`api.route`). */
  routes?: readonly HttpRoute[];
  /** Elysia plugins mounted as they are, e.g. the /docs one. */
  plugins?: readonly AnyElysia[];
}

export function createHttpApp(options: HttpAppOptions) {
  const { config, table, hooks, accounts, updates } = options;
  const deps = { config, table, hooks, accounts, updates };
  const app = new Elysia().onRequest(async ({ request }) => {
    try {
      return await options.hooks.request(request);
    } catch (thrown) {
      const error = thrown instanceof BotApiError ? thrown : internalError(String(thrown));
      return errorResponse(error);
    }
  });
  for (const plugin of options.plugins ?? []) app.use(plugin);
  for (const route of options.routes ?? []) {
    app.route(route.method, route.path, ({ request }) => route.handler(request), { parse: "none" });
  }
  const api = ({ request }: { request: Request }) => handleApiRequest(request, deps);
  return app.all("/", api, { parse: "none" }).all("/*", api, { parse: "none" });
}
