/**
 * Reads fields of a JSON object the way the official server's JSON helpers do (tdutils
 * JsonObject): strings also accept numbers, integers also accept numeric strings, and a
 * field of the wrong type is refused with the helper's own message.
 */
import { FIELD } from "./errors.ts";

/** A refused field: its message is the official one, without the caller's prefix. */
export class FieldError extends Error {}

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

export function optString(o: JsonObject, name: string): string | undefined {
  const v = o[name];
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  throw new FieldError(FIELD.notString(name));
}

export function reqString(o: JsonObject, name: string): string {
  const v = optString(o, name);
  if (v === undefined) throw new FieldError(FIELD.missing(name));
  return v;
}

export function optBool(o: JsonObject, name: string): boolean {
  const v = o[name];
  if (v === undefined) return false;
  if (typeof v === "boolean") return v;
  throw new FieldError(FIELD.notBoolean(name));
}

const INT32 = 2 ** 31;

export function optInt(o: JsonObject, name: string, fallback = 0): number {
  const v = o[name];
  if (v === undefined) return fallback;
  if (typeof v !== "string" && typeof v !== "number") throw new FieldError(FIELD.notNumber(name));
  const n = typeof v === "number" ? v : /^-?\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < -INT32 || n >= INT32) throw new FieldError(FIELD.notValidNumber(name));
  return n;
}

export function reqInt(o: JsonObject, name: string): number {
  if (o[name] === undefined) throw new FieldError(FIELD.missing(name));
  return optInt(o, name);
}

/** A 64-bit id given as a number or a decimal string. */
export function optLong(o: JsonObject, name: string): string | undefined {
  const v = o[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string" && typeof v !== "number") throw new FieldError(FIELD.notNumber(name));
  const s = String(v);
  if (!/^-?\d+$/.test(s)) throw new FieldError(FIELD.notValidNumber(name));
  return s;
}

export function optObject(o: JsonObject, name: string): JsonObject | undefined {
  const v = o[name];
  if (v === undefined) return undefined;
  if (isObject(v)) return v;
  throw new FieldError(FIELD.notOfType(name, "Object"));
}

export function reqObject(o: JsonObject, name: string): JsonObject {
  const v = optObject(o, name);
  if (v === undefined) throw new FieldError(FIELD.missing(name));
  return v;
}

export function optArray(o: JsonObject, name: string): unknown[] | undefined {
  const v = o[name];
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v;
  throw new FieldError(FIELD.notOfType(name, "Array"));
}
