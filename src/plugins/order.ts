/** Pure checks on the set of plugins: unique names, present dependencies, a start order. */
import type { Candidate } from "./discover.ts";
import { PluginLoadError, loadErrors } from "./errors.ts";

/**
 * Returns the candidates so that every plugin comes after its dependencies, keeping the
 * given order otherwise (built-ins first, then files by name).
 */
export function orderPlugins(candidates: readonly Candidate[]): Candidate[] {
  const byName = new Map<string, Candidate>();
  for (const c of candidates) {
    const first = byName.get(c.plugin.name);
    if (first) throw new PluginLoadError(loadErrors.duplicate(c.plugin.name, first.origin, c.origin));
    byName.set(c.plugin.name, c);
  }
  for (const c of candidates) {
    for (const dep of c.plugin.dependencies ?? []) {
      if (!byName.has(dep)) throw new PluginLoadError(loadErrors.missingDependency(c.plugin.name, dep));
    }
  }
  const done = new Set<string>();
  const out: Candidate[] = [];
  const visit = (c: Candidate, path: string[]) => {
    const name = c.plugin.name;
    if (done.has(name)) return;
    if (path.includes(name)) throw new PluginLoadError(loadErrors.dependencyCycle([...path.slice(path.indexOf(name)), name]));
    for (const dep of c.plugin.dependencies ?? []) visit(byName.get(dep)!, [...path, name]);
    done.add(name);
    out.push(c);
  };
  for (const c of candidates) visit(c, []);
  return out;
}
