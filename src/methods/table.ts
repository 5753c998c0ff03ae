/**
 * The method table, built at start from the vendored Bot API spec (imported as JSON so
 * `bun build --compile` embeds it): every spec method with its parameter schema, looked
 * up case-insensitively, plus the methods plugins add.
 */
import spec from "../../spec/api.json" with { type: "json" };
import { isBotOnly } from "./bot-only.ts";
import type { Handler, MethodEntry, MethodTable, ParamSpec } from "./types.ts";

interface SpecMethod {
  name: string;
  href: string;
  description?: string[];
  returns: string[];
  fields?: ParamSpec[];
}

/** Parameters the spec marks required that the official server reads as optional. */
const OPTIONAL_IN_OFFICIAL = new Set([
  // Without it restrictChatMember falls back to its pre-ChatPermissions top-level flags.
  "restrictChatMember.permissions",
]);

function fromSpec(method: SpecMethod): MethodEntry {
  const params = (method.fields ?? []).map(({ name, types, required, description }) => ({
    name,
    types,
    required: required && !OPTIONAL_IN_OFFICIAL.has(`${method.name}.${name}`),
    description,
  }));
  return {
    name: method.name,
    description: (method.description ?? []).join("\n"),
    params,
    returns: method.returns,
    href: method.href,
    botOnly: isBotOnly(method.name, params),
    source: "spec",
  };
}

export function createMethodTable(): MethodTable {
  const entries = new Map<string, MethodEntry>();
  for (const method of Object.values(spec.methods as Record<string, SpecMethod>)) {
    entries.set(method.name.toLowerCase(), fromSpec(method));
  }
  return {
    get: (name) => entries.get(name.toLowerCase()),
    all: () => [...entries.values()],
    add(entry) {
      const key = entry.name.toLowerCase();
      if (entries.has(key)) throw new Error(`method "${entry.name}" already exists`);
      entries.set(key, { ...entry, source: "plugin" });
    },
    implement(name: string, handler: Handler) {
      const entry = entries.get(name.toLowerCase());
      if (!entry || entry.source !== "spec") throw new Error(`"${name}" is not a Bot API method`);
      if (entry.handler) throw new Error(`method "${entry.name}" is implemented twice`);
      entry.handler = handler;
    },
  };
}
