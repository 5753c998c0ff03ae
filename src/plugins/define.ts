/**
 * Identity helpers that give a plugin object or factory its type without a cast.
 * A plugin file loaded from `--plugins-dir` should not import values from tgrest (the
 * compiled binary has no module to resolve them from): it writes `satisfies Plugin`
 * with a type-only import instead. Built-ins and in-tree code may use these.
 */
import type { Plugin } from "./api.ts";

export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

/** A built-in or user plugin factory: typed options in, a Plugin out. */
export type PluginFactory<O = void> = (options?: O) => Plugin | Promise<Plugin>;
