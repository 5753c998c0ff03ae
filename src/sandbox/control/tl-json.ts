/**
 * TL objects ↔ JSON for the control API's `act`: results become `{"_": class, …fields}`
 * with longs as numbers (strings beyond 2^53) and bytes as base64; params are built back
 * into GramJS objects by the schema, peers given as Bot API chat ids.
 */
import bigInt from "big-integer";
import { Api } from "telegram";
import { tlDefinition, type TlArg } from "./tl-schema.ts";

const SKIP = new Set(["CONSTRUCTOR_ID", "SUBCLASS_OF_ID", "className", "classType", "originalArgs", "flags", "flags2"]);

export function tlToJson(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (bigInt.isInstance(value)) {
    const n = (value as bigInt.BigInteger).toJSNumber();
    return Number.isSafeInteger(n) ? n : value.toString();
  }
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(tlToJson);
  if (typeof value === "object") {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    if (typeof source.className === "string") out._ = source.className;
    for (const [key, field] of Object.entries(source)) {
      if (SKIP.has(key) || typeof field === "function") continue;
      const json = tlToJson(field);
      if (json !== undefined && json !== false) out[key] = json;
    }
    return out;
  }
  return value;
}

/** Turns a Bot API chat id into the input object a TL field of `type` expects. */
export type PeerInput = (chatId: number, type: "InputPeer" | "InputUser" | "InputChannel") => unknown;

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function scalar(arg: TlArg, value: unknown, peer: PeerInput, path: string): unknown {
  switch (arg.type) {
    case "int":
    case "double":
    case "date":
      if (typeof value !== "number") throw new Error(`${path} must be a number`);
      return value;
    case "long":
      if (typeof value !== "number" && typeof value !== "string") throw new Error(`${path} must be an integer`);
      return bigInt(String(value));
    case "string":
      return String(value);
    case "bytes":
      return typeof value === "string" ? Buffer.from(value, "base64") : Buffer.from(value as number[]);
    case "Bool":
    case "true":
      return Boolean(value);
    case "InputPeer":
    case "InputUser":
    case "InputChannel":
      if (typeof value === "number") return peer(value, arg.type);
      return build(value, peer, path);
    case "InputMessage":
      if (typeof value === "number") return new Api.InputMessageID({ id: value });
      return build(value, peer, path);
    default:
      return build(value, peer, path);
  }
}

/** What a required field left out of params means: zero, empty, false (offsets, hashes, lists). */
function defaultOf(arg: TlArg): unknown {
  if (arg.isVector) return [];
  switch (arg.type) {
    case "int":
    case "double":
    case "date":
      return 0;
    case "long":
      return bigInt.zero;
    case "string":
      return "";
    case "bytes":
      return Buffer.alloc(0);
    case "Bool":
      return false;
    default:
      return undefined;
  }
}

/** Builds a TL object from `{"_": "ReactionEmoji", …}` (or the class named by `className`). */
export function build(value: unknown, peer: PeerInput, path: string, className?: string): unknown {
  if (typeof value !== "object" || value === null) throw new Error(`${path} must be an object with "_"`);
  const fields = value as Record<string, unknown>;
  const name = className ?? (typeof fields._ === "string" ? fields._ : undefined);
  const def = name ? tlDefinition(name) : undefined;
  if (!def) throw new Error(`${path}: unknown TL constructor ${name ?? "(no _)"}`);
  const args: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(fields)) {
    if (key === "_") continue;
    const field = camel(key);
    const arg = def.args[field];
    if (!arg || arg.flagIndicator) throw new Error(`${path}: ${def.className} has no field ${key}`);
    args[field] = arg.isVector
      ? (raw as unknown[]).map((item, i) => scalar(arg, item, peer, `${path}.${key}[${i}]`))
      : scalar(arg, raw, peer, `${path}.${key}`);
  }
  for (const [field, arg] of Object.entries(def.args)) {
    if (!(field in args) && !arg.isFlag && !arg.flagIndicator) args[field] = defaultOf(arg);
  }
  const [namespace, local] = def.className.includes(".") ? def.className.split(".") : [undefined, def.className];
  const scope = (namespace ? (Api as unknown as Record<string, Record<string, unknown>>)[namespace] : Api) as Record<string, unknown>;
  const Class = scope[local!] as new (args: Record<string, unknown>) => unknown;
  return new Class(args);
}
