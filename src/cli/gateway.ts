/**
 * Starts one gateway: storage, the method table and its handlers, hooks, plugins, the
 * HTTP app with /docs, and the statistics port. Used by `serve` and, against the
 * in-process emulator, by `sandbox`. Every start-up failure is a one-line error text.
 */
import { builtinPlugins } from "../../plugins/index.ts";
import { createHttpApp } from "../http/app.ts";
import { docsRoutes } from "../http/docs.ts";
import { serve as listen } from "../http/serve.ts";
import { callMethod, type CallDeps } from "../methods/call.ts";
import { registerHandlers } from "../methods/index.ts";
import { createMethodTable } from "../methods/table.ts";
import { Hooks } from "../plugins/hooks.ts";
import { loadPlugins, PluginLoadError } from "../plugins/loader.ts";
import { Store } from "../store/store.ts";
import { AccountPool } from "../telegram/account-pool.ts";
import { UpdateManagers } from "../updates/managers.ts";
import { UpdatesService } from "../updates/service.ts";
import { fileIdsOf } from "../files/file-ids.ts";
import { fetchSandboxConfig, sandboxBackend, telegramBackend, type TelegramBackend } from "../telegram/backend.ts";
import { VERSION } from "../version.ts";
import type { Config } from "./config.ts";
import { createLogger, LogLevel, type Logger } from "./log.ts";
import { cliErrors } from "./messages.ts";
import { countRequests, serveStats } from "./stats.ts";
import { prepareDirectories } from "./workdirs.ts";

export interface Gateway {
  /** The HTTP port actually bound (differs from the config's when it was 0). */
  readonly port: number;
  readonly log: Logger;
  /** Stops listening, runs the plugins' onStop hooks, closes the store. */
  stop(): Promise<void>;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Telegram itself, or the sandbox whose control URL was given (its DCs and key read from it). */
async function backendFor(config: Config): Promise<TelegramBackend> {
  if (config.sandboxControl) return sandboxBackend(await fetchSandboxConfig(config.sandboxControl));
  return telegramBackend(config.apiId!, config.apiHash!);
}

export async function startGateway(input: Config): Promise<Gateway | { error: string }> {
  const prepared = prepareDirectories(input);
  if ("error" in prepared) return prepared;
  const config = prepared.config;
  const log = createLogger(config);

  let store: Store;
  try {
    store = Store.open(config.dir);
  } catch (error) {
    return { error: cliErrors.cannotOpenStore(config.dir, reason(error)) };
  }
  let accounts: AccountPool;
  try {
    accounts = new AccountPool(await backendFor(config), store);
  } catch (error) {
    store.close();
    return { error: cliErrors.cannotReachSandbox(config.sandboxControl ?? "", reason(error)) };
  }
  const table = createMethodTable();
  registerHandlers(table);
  const hooks = new Hooks();
  // Registered before the plugins' hooks, so requests a plugin refuses are counted too.
  const stats = countRequests(hooks);
  stats.accountCount = () => store.accounts.count();
  let loaded;
  try {
    loaded = await loadPlugins({
      config,
      table,
      hooks,
      builtins: builtinPlugins,
      log: (line) => log.write(LogLevel.plain, line),
    });
  } catch (error) {
    store.close();
    if (error instanceof PluginLoadError) return { error: error.message };
    throw error;
  }

  const deps: CallDeps = { config, table, hooks, accounts };
  // A method returned in a webhook reply runs as the gateway's own call for that account.
  const runMethod = (accountId: number, method: string, params: Record<string, string>) =>
    callMethod(deps, { method, kind: "bot", token: "", testEnv: false, raw: new Map(Object.entries(params)), accountId });
  const updates = new UpdatesService({ store, config, runMethod });
  deps.updates = updates;
  updates.start();
  const managers = new UpdateManagers({
    pool: accounts,
    store,
    updates,
    media: { fileIds: fileIdsOf },
    onQueued: (accountId, update) => hooks.run("onUpdate", accountId, update),
    log: (line) => log.write(LogLevel.warning, line),
  });
  managers.resumeWebhooks();

  const app = createHttpApp({ ...deps, routes: loaded.routes, plugins: [docsRoutes(table)] });
  const host = config.httpIpAddress ?? "0.0.0.0";
  const statHost = config.httpStatIpAddress ?? "0.0.0.0";
  let statServer: ReturnType<typeof serveStats> | undefined;
  try {
    listen(app, config);
  } catch (error) {
    store.close();
    return { error: cliErrors.cannotListen("HTTP", host, config.httpPort, reason(error)) };
  }
  try {
    if (config.httpStatPort) statServer = serveStats(stats, config.httpStatPort, statHost);
  } catch (error) {
    await app.stop();
    store.close();
    return { error: cliErrors.cannotListen("statistics", statHost, config.httpStatPort!, reason(error)) };
  }
  await hooks.run("onStart");

  const port = app.server!.port!;
  const url = `http://${app.server!.hostname}:${port}/`;
  log.write(LogLevel.plain, `tgrest ${VERSION} serving the Bot API on ${url} (docs at ${url}docs)`);
  if (statServer) log.write(LogLevel.plain, `statistics on http://${statServer.hostname}:${statServer.port}/`);

  return {
    port,
    log,
    async stop() {
      await app.stop();
      statServer?.stop(true);
      await hooks.run("onStop");
      updates.close();
      await accounts.stopAll();
      store.close();
    },
  };
}
