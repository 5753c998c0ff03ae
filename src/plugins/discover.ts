/** Finds the plugins to load: built-ins named by `--plugins`, then the files of `--plugins-dir`. */
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "./api.ts";
import type { PluginFactory } from "./define.ts";
import { PluginLoadError, loadErrors } from "./errors.ts";

/** A plugin and where it came from, for error messages. */
export interface Candidate {
  plugin: Plugin;
  origin: string;
}

export type BuiltinRegistry = Readonly<Record<string, PluginFactory<never>>>;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Checks the shape of what a module or factory produced. */
export function asPlugin(value: unknown, origin: string): Plugin {
  const p = value as Partial<Plugin> | null;
  const problem =
    typeof p !== "object" || p === null ? `got ${p === null ? "null" : typeof p}`
    : typeof p.name !== "string" || p.name === "" ? "name must be a non-empty string"
    : typeof p.version !== "string" ? "version must be a string"
    : typeof p.setup !== "function" ? "setup must be a function"
    : p.dependencies !== undefined && !(Array.isArray(p.dependencies) && p.dependencies.every((d) => typeof d === "string"))
      ? "dependencies must be an array of plugin names"
    : undefined;
  if (problem) throw new PluginLoadError(loadErrors.notAPlugin(origin, problem));
  return p as Plugin;
}

/** A default export is a Plugin or a factory returning one (called with no options). */
async function fromExport(value: unknown, origin: string): Promise<Plugin> {
  return asPlugin(typeof value === "function" ? await value() : value, origin);
}

export async function builtinCandidates(registry: BuiltinRegistry, names: readonly string[]): Promise<Candidate[]> {
  const known = Object.keys(registry);
  const out: Candidate[] = [];
  for (const name of names) {
    if (!Object.hasOwn(registry, name)) throw new PluginLoadError(loadErrors.unknownBuiltin(name, known));
    out.push({ plugin: await fromExport(registry[name], `built-in plugin "${name}"`), origin: `built-in "${name}"` });
  }
  return out;
}

const isPluginFile = (file: string) => /\.(ts|js|mjs)$/.test(file) && !file.endsWith(".d.ts");

/** Every `.ts`/`.js` file directly in `dir`, in name order so start-up is reproducible. */
export async function directoryCandidates(dir: string): Promise<Candidate[]> {
  const root = resolve(dir);
  let files: string[];
  try {
    files = (await readdir(root, { withFileTypes: true })).filter((e) => e.isFile() && isPluginFile(e.name)).map((e) => e.name);
  } catch (error) {
    throw new PluginLoadError(loadErrors.unreadableDir(root, reason(error)));
  }
  const out: Candidate[] = [];
  for (const file of files.sort()) {
    const path = join(root, file);
    let module: { default?: unknown };
    try {
      module = await import(pathToFileURL(path).href);
    } catch (error) {
      throw new PluginLoadError(loadErrors.importFailed(path, reason(error)));
    }
    out.push({ plugin: await fromExport(module.default, path), origin: path });
  }
  return out;
}
