/** Argument types of every TL constructor and method, from GramJS's own copy of the schema. */
import apiTl from "telegram/tl/apiTl";
import { parseTl } from "telegram/tl/generationHelpers";

export interface TlArg {
  isVector: boolean;
  isFlag: boolean;
  flagIndicator: boolean;
  /** TL type: int, long, string, bytes, Bool, true, double, or a boxed type name. */
  type: string | null;
}

export interface TlDefinition {
  /** GramJS class name, e.g. "messages.SendReaction". */
  className: string;
  args: Record<string, TlArg>;
  isFunction: boolean;
}

let byName: Map<string, TlDefinition> | undefined;

function load(): Map<string, TlDefinition> {
  const map = new Map<string, TlDefinition>();
  const text = apiTl as unknown as string;
  for (const def of parseTl(text, "0")) {
    const className = [def.namespace, def.name].filter(Boolean).join(".");
    map.set(className.toLowerCase(), { className, args: def.argsConfig, isFunction: def.isFunction });
  }
  return map;
}

/** Finds a definition by TL name ("messages.sendReaction") or class name, any case. */
export function tlDefinition(name: string): TlDefinition | undefined {
  byName ??= load();
  return byName.get(name.toLowerCase());
}
