/**
 * The folder map of design.md as a test: which src/ folder may import which. A new
 * import that crosses the map fails here rather than in review.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dir, "..");
const src = join(root, "src");

/**
 * folder → folders it may import (besides itself). "*" is everything; "folder/file" allows
 * one pure module of a folder that is otherwise off limits.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  cli: ["*"],
  http: ["methods", "store", "cli", "plugins", "telegram", "updates"],
  methods: ["convert", "telegram", "format", "files", "updates", "cli", "plugins", "store"],
  // "Nothing stateful": the pure parsers and the file_id codec, and BotApiError's type.
  convert: ["methods", "format", "files/file-id"],
  format: [],
  telegram: ["store", "convert", "methods", "gramjs"],
  updates: ["telegram", "convert", "store", "methods", "cli", "files"],
  files: ["telegram", "store", "convert", "methods"],
  store: [],
  plugins: ["methods", "http", "cli", "store"],
  sandbox: [],
  // GramJS patches shared by the gateway and the sandbox (loaded by main.ts and the preload).
  gramjs: [],
};

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith(".ts")) yield path;
  }
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)];
  return specifiers.map((m) => m[1] ?? m[2]!).filter((s) => s.startsWith("."));
}

function folderOf(path: string): string | undefined {
  const rel = relative(src, path);
  if (rel.startsWith("..")) return undefined;
  const first = rel.split("/")[0]!;
  return first.endsWith(".ts") ? undefined : first;
}

describe("imports follow design.md's folder map", () => {
  const violations: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = folderOf(file);
    if (!from) continue;
    const allowed = MAY_IMPORT[from];
    for (const specifier of importsOf(file)) {
      const target = resolve(dirname(file), specifier);
      const to = folderOf(target);
      if (to === undefined || to === from) continue;
      const module = relative(src, target).replace(/\.ts$/, "");
      const permitted = allowed?.some((entry) => entry === "*" || entry === to || module === entry || module.startsWith(`${entry}/`));
      if (!permitted) {
        violations.push(`${relative(root, file)} imports ${to}/ (${specifier})`);
      }
    }
  }

  test("the sandbox imports nothing from the gateway", () => {
    expect(violations.filter((v) => v.startsWith("src/sandbox/"))).toEqual([]);
  });

  test("pure folders stay pure and the rest follow the map", () => {
    expect(violations).toEqual([]);
  });
});

test("built-in plugins use only the public plugin API, as a user's plugin would", () => {
  const api = join(src, "plugins", "api.ts");
  const reaching: string[] = [];
  for (const file of sourceFiles(join(root, "plugins"))) {
    const text = readFileSync(file, "utf8");
    for (const specifier of importsOf(file)) {
      const target = resolve(dirname(file), specifier);
      if (!relative(join(root, "plugins"), target).startsWith("..")) continue;
      const typeOnly = new RegExp(`import type [^;]*from "${specifier.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(text);
      if (target !== api || !typeOnly) reaching.push(`${relative(root, file)} imports ${specifier}`);
    }
  }
  expect(reaching).toEqual([]);
});
