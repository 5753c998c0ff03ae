/** The `api` object one plugin's `setup` receives; every call is checked and attributed. */
import type { Config } from "../cli/config.ts";
import { BotApiError, type MethodTable } from "../methods/types.ts";
import type { HookName, MethodSpec, Plugin, PluginApi } from "./api.ts";
import { PluginLoadError, loadErrors } from "./errors.ts";
import type { Hooks } from "./hooks.ts";

export type RouteHandler = (request: Request) => Response | Promise<Response>;

/** An HTTP route a plugin added; the HTTP app mounts these. */
export interface PluginRoute {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly plugin: string;
  readonly handler: RouteHandler;
}

/** What all plugins of one start-up share. */
export interface Registry {
  readonly config: Config;
  readonly table: MethodTable;
  readonly hooks: Hooks;
  readonly routes: PluginRoute[];
  /** Lower-cased method name → the plugin that added it. */
  readonly methodOwners: Map<string, string>;
  readonly log: (line: string) => void;
  readonly version: string;
  /** Plugins whose setup has finished. */
  readonly loaded: Plugin[];
}

const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Paths the HTTP layer owns; a plugin route there would be shadowed or would shadow it. */
const RESERVED = /^\/(bot|user|file\/|docs(\/|$))/i;

function addMethod(reg: Registry, plugin: string, name: string, spec: MethodSpec): void {
  if (typeof name !== "string" || !METHOD_NAME.test(name)) throw new PluginLoadError(loadErrors.badMethodName(String(name)));
  if (typeof spec?.handler !== "function") throw new PluginLoadError(loadErrors.notAFunction(`handler of method "${name}"`));
  const existing = reg.table.get(name);
  if (existing) {
    const owner = reg.methodOwners.get(name.toLowerCase());
    throw new PluginLoadError(
      loadErrors.methodExists(name, owner ? `added by plugin "${owner}"` : `a Bot API method: ${existing.name}`),
    );
  }
  reg.table.add({
    name,
    description: spec.description ?? "",
    params: spec.params ?? [],
    returns: spec.returns ?? [],
    botOnly: spec.botOnly ?? false,
    handler: spec.handler,
  });
  reg.methodOwners.set(name.toLowerCase(), plugin);
}

function addRoute(reg: Registry, plugin: string, method: string, path: string, handler: RouteHandler): void {
  if ((method !== "GET" && method !== "POST") || typeof path !== "string" || !path.startsWith("/")) {
    throw new PluginLoadError(loadErrors.badRoute(String(method), String(path)));
  }
  if (RESERVED.test(path)) throw new PluginLoadError(loadErrors.reservedRoute(path));
  if (typeof handler !== "function") throw new PluginLoadError(loadErrors.notAFunction(`handler of route ${method} ${path}`));
  const clash = reg.routes.find((r) => r.method === method && r.path === path);
  if (clash) throw new PluginLoadError(loadErrors.routeExists(method, path, clash.plugin));
  reg.routes.push({ method, path, plugin, handler });
}

export function createPluginApi(reg: Registry, plugin: string): PluginApi {
  return {
    config: reg.config,
    version: reg.version,
    plugins: () => reg.loaded.map(({ name, version }) => ({ name, version })),
    methods: () =>
      reg.table.all().map((m) => ({ name: m.name, source: m.source, botOnly: m.botOnly, implemented: m.handler !== undefined })),
    method: (name, spec) => addMethod(reg, plugin, name, spec),
    route: (method, path, handler) => addRoute(reg, plugin, method, path, handler),
    on(hook, fn) {
      if (typeof fn !== "function") throw new PluginLoadError(loadErrors.notAFunction(`hook ${String(hook)}`));
      // Hooks.add rejects names outside HOOK_NAMES (a plain-JS plugin is not type-checked).
      reg.hooks.add(hook as HookName, fn);
    },
    error: (code, description, parameters) => new BotApiError(code, description, parameters),
    log: (message) => reg.log(`[plugin ${plugin}] ${message}`),
  };
}
