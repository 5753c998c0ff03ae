/**
 * Loads the plugins of one start-up: built-ins named by `--plugins`, then every
 * `.ts`/`.js` file of `--plugins-dir`; checks names and dependencies, then runs each
 * `setup(api)` in dependency order. Every problem is a PluginLoadError naming the plugin.
 */
import type { Config } from "../cli/config.ts";
import type { MethodTable } from "../methods/types.ts";
import { VERSION } from "../version.ts";
import type { Plugin } from "./api.ts";
import { createPluginApi, type PluginRoute, type Registry } from "./context.ts";
import { builtinCandidates, directoryCandidates, type BuiltinRegistry } from "./discover.ts";
import { PluginLoadError, loadErrors } from "./errors.ts";
import type { Hooks } from "./hooks.ts";
import { orderPlugins } from "./order.ts";

export type { PluginRoute, RouteHandler } from "./context.ts";
export type { BuiltinRegistry } from "./discover.ts";
export { PluginLoadError } from "./errors.ts";

export interface LoadPluginsOptions {
  config: Config;
  table: MethodTable;
  hooks: Hooks;
  /** The built-in registry (plugins/index.ts). */
  builtins: BuiltinRegistry;
  /** Built-ins to enable; default `config.plugins`. */
  names?: readonly string[];
  /** Directory of user plugins; default `config.pluginsDir`. */
  dir?: string;
  /** Reported to plugins as `api.version`; default the package version. */
  version?: string;
  /** Where `api.log` lines go; default stderr. */
  log?: (line: string) => void;
}

export interface LoadedPlugins {
  /** In the order their setup ran. */
  plugins: Plugin[];
  routes: PluginRoute[];
}

export async function loadPlugins(options: LoadPluginsOptions): Promise<LoadedPlugins> {
  const { config, table, hooks, builtins } = options;
  const dir = options.dir ?? config.pluginsDir;
  const candidates = [
    ...(await builtinCandidates(builtins, options.names ?? config.plugins)),
    ...(dir ? await directoryCandidates(dir) : []),
  ];
  const registry: Registry = {
    config,
    table,
    hooks,
    routes: [],
    methodOwners: new Map(),
    log: options.log ?? ((line) => console.error(line)),
    version: options.version ?? VERSION,
    loaded: [],
  };
  for (const { plugin } of orderPlugins(candidates)) {
    try {
      await plugin.setup(createPluginApi(registry, plugin.name));
    } catch (error) {
      throw new PluginLoadError(loadErrors.setupFailed(plugin.name, error instanceof Error ? error.message : String(error)));
    }
    registry.loaded.push(plugin);
  }
  return { plugins: registry.loaded, routes: registry.routes };
}
