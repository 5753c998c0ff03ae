/** Shared fixtures for plugin tests: a config, a call context, a loader run on a spec table. */
import type { Config } from "../../src/cli/config.ts";
import type { CallContext, MethodTable } from "../../src/methods/types.ts";
import { Hooks } from "../../src/plugins/hooks.ts";
import { loadPlugins, type BuiltinRegistry, type LoadPluginsOptions } from "../../src/plugins/loader.ts";
import { createMethodTable } from "../../src/methods/table.ts";

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    local: false,
    httpPort: 0,
    dir: "/tmp/tgrest-test",
    tempDir: "/tmp/tgrest-test/tmp",
    verbosity: 0,
    allowUsers: false,
    allowUsersRegistration: false,
    plugins: [],
    ...overrides,
  };
}

export function callContext(method: string, token = "123:abc", kind: "bot" | "user" = "bot"): CallContext {
  const account = () => Promise.reject(new Error("plugin tests have no Telegram account"));
  const updates = () => {
    throw new Error("plugin tests have no update service");
  };
  return { method, kind, token, testEnv: false, config: testConfig(), raw: new Map(), account, updates };
}

/** Runs the loader against a fresh spec table and hooks; returns everything for assertions. */
export async function load(builtins: BuiltinRegistry, extra: Partial<LoadPluginsOptions> = {}) {
  const table: MethodTable = createMethodTable();
  const hooks = new Hooks();
  const logs: string[] = [];
  const loaded = await loadPlugins({
    config: testConfig(),
    table,
    hooks,
    builtins,
    log: (line) => logs.push(line),
    ...extra,
  });
  return { ...loaded, table, hooks, logs };
}
