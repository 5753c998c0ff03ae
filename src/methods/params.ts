/**
 * Raw request parameters → typed Params, by a method's parameter schema, as leniently
 * as the official server reads them. Only a missing required parameter or a
 * JSON-serialized one that is not JSON is refused, with the official text.
 */
import { missingParam, unparsableParam } from "./errors.ts";
import type { MethodEntry, ParamSpec, Params, RawParams, UploadedFile } from "./types.ts";
import { parseJson, toBool, toFloat, toInteger } from "./values.ts";

export type ParamKind = "string" | "integer" | "float" | "boolean" | "chat" | "file" | "fileOnly" | "json";

/** How a parameter is read, from its spec types. */
export function kindOf(types: readonly string[]): ParamKind {
  const key = types.join(" | ");
  switch (key) {
    case "String":
      return "string";
    case "Integer":
      return "integer";
    case "Float":
      return "float";
    case "Boolean":
      return "boolean";
    case "Integer | String":
      return "chat";
    case "InputFile | String":
      return "file";
    case "InputFile":
      return "fileOnly";
    default:
      return "json";
  }
}

/**
 * JSON-serialized parameters whose bad JSON the official silently drops (it decodes
 * entities and allowed_updates "if it can"): for them bad JSON means absent.
 */
function dropsBadJson(name: string): boolean {
  return name.endsWith("entities") || name === "allowed_updates";
}

const isFile = (value: unknown): value is UploadedFile =>
  typeof value === "object" && value !== null && (value as UploadedFile).kind === "file";

/** One parameter's value, or undefined when it counts as absent. */
function readParam(method: string, spec: ParamSpec, raw: RawParams): unknown {
  const value = raw.get(spec.name);
  // The official treats an empty value exactly as a missing one.
  if (value === undefined || value === "") return undefined;
  const kind = kindOf(spec.types);
  if (kind === "file" || kind === "fileOnly") return readFile(value, kind, raw);
  if (isFile(value)) return undefined;
  switch (kind) {
    case "string":
      return value;
    case "integer":
      return toInteger(value);
    case "float":
      return toFloat(value);
    case "boolean":
      return toBool(value);
    case "chat":
      return value.startsWith("@") ? value : toInteger(value);
    case "json": {
      const parsed = parseJson(value);
      if (parsed !== undefined) return parsed;
      if (dropsBadJson(spec.name)) return undefined;
      throw unparsableParam(method, spec.name);
    }
  }
}

/** InputFile: an uploaded part, "attach://<part>", or (with String) a file_id or URL. */
function readFile(value: string | UploadedFile, kind: ParamKind, raw: RawParams): string | UploadedFile | undefined {
  if (isFile(value)) return value;
  if (value.startsWith("attach://")) {
    const part = raw.get(value.slice("attach://".length));
    return isFile(part) ? part : undefined;
  }
  return kind === "file" ? value : undefined;
}

/**
 * Reads every declared parameter; a plugin method also receives the undeclared raw
 * values unchanged, so a plugin without a schema still sees its parameters.
 */
export function parseParams(entry: MethodEntry, raw: RawParams): Params {
  const params: Params = {};
  for (const spec of entry.params) {
    const value = readParam(entry.name, spec, raw);
    if (value !== undefined) params[spec.name] = value;
    else if (spec.required) throw missingParam(entry.name, spec.name);
  }
  if (entry.source === "plugin") {
    const declared = new Set(entry.params.map((spec) => spec.name));
    for (const [name, value] of raw) if (!declared.has(name) && value !== "") params[name] = value;
  }
  return params;
}
