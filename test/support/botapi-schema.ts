/**
 * Checks any value a test receives from the gateway against the Bot API spec
 * (`spec/api.json`): field names, types, required fields and the constant that names a
 * variant (`type`, `status`, `source`…), recursively through arrays, objects and unions.
 * A value is valid only if the official server could have sent it: unknown fields, nulls
 * and Integer-for-Float-for-String mix-ups are all problems.
 * https://core.telegram.org/bots/api#available-types
 */
import spec from "../../spec/api.json" with { type: "json" };

interface SpecField {
  name: string;
  types: string[];
  required: boolean;
  description: string;
}

interface SpecType {
  name: string;
  fields?: SpecField[];
  subtypes?: string[];
}

const TYPES = spec.types as unknown as Record<string, SpecType>;

/** `, always "creator"` / `, must be photo` at the end of a description names a variant. */
const CONSTANT = /,\s*(?:always|must be)\s+["“]?([A-Za-z0-9_]+)["”]?\.?$/;

const constantsCache = new Map<string, Map<string, string>>();

function constantsOf(type: SpecType): Map<string, string> {
  const cached = constantsCache.get(type.name);
  if (cached) return cached;
  const constants = new Map<string, string>();
  constantsCache.set(type.name, constants);
  for (const field of type.fields ?? []) {
    const match = CONSTANT.exec(field.description);
    if (match && field.types.length === 1 && field.types[0] === "String") constants.set(field.name, match[1]!);
  }
  return constants;
}

const PRIMITIVES: Record<string, (value: unknown) => boolean> = {
  Integer: (value) => typeof value === "number" && Number.isSafeInteger(value),
  Float: (value) => typeof value === "number" && Number.isFinite(value),
  String: (value) => typeof value === "string",
  Boolean: (value) => typeof value === "boolean",
  True: (value) => value === true,
};

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isInteger(value)) return `Float ${value}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Problems of `value` as `expression` ("Message", "Array of Update", "Integer or String"). */
function check(expression: string, value: unknown, path: string): string[] {
  const alternatives = expression.split(" or ");
  if (alternatives.length > 1) return checkAlternatives(alternatives, value, path, expression);
  if (expression.startsWith("Array of ")) {
    if (!Array.isArray(value)) return [`${path}: expected ${expression}, got ${describe(value)}`];
    const item = expression.slice("Array of ".length);
    return value.flatMap((element, index) => check(item, element, `${path}[${index}]`));
  }
  const primitive = PRIMITIVES[expression];
  if (primitive) return primitive(value) ? [] : [`${path}: expected ${expression}, got ${describe(value)}`];
  const type = TYPES[expression];
  if (!type) throw new Error(`unknown Bot API type "${expression}"`);
  return type.subtypes ? checkUnion(type, value, path) : checkObject(type, value, path);
}

/**
 * The first alternative that fits wins. Otherwise, if none even has the right shape, one
 * problem names them all; else the closest alternative's problems are reported.
 */
function checkAlternatives(alternatives: string[], value: unknown, path: string, label: string): string[] {
  const shapeMismatch = `${path}: expected `;
  let best: string[] | undefined;
  let allShape = true;
  for (const alternative of alternatives) {
    const problems = check(alternative, value, path);
    if (problems.length === 0) return [];
    if (problems.length !== 1 || !problems[0]!.startsWith(shapeMismatch)) allShape = false;
    if (!best || problems.length < best.length) best = problems;
  }
  return allShape ? [`${path}: expected ${label}, got ${describe(value)}`] : best!;
}

function checkUnion(type: SpecType, value: unknown, path: string): string[] {
  const variants = type.subtypes!;
  if (!isPlainObject(value)) return checkAlternatives(variants, value, path, type.name);
  const record = value as Record<string, unknown>;
  const named = variants.filter((variant) => TYPES[variant] && constantsOf(TYPES[variant]!).size > 0);
  if (named.length === 0) return checkAlternatives(variants, value, path, type.name);
  const fitting = named.filter((variant) =>
    [...constantsOf(TYPES[variant]!)].every(([field, constant]) => record[field] === constant),
  );
  // Object variants without a naming constant can only be told apart by trying them.
  if (fitting.length === 0) fitting.push(...variants.filter((variant) => TYPES[variant]?.fields && !named.includes(variant)));
  if (fitting.length === 1) return check(fitting[0]!, value, path);
  if (fitting.length === 0) {
    const fields = [...new Set(named.flatMap((variant) => [...constantsOf(TYPES[variant]!).keys()]))];
    const shown = fields.map((field) => `${field}=${JSON.stringify(record[field])}`).join(", ");
    return [`${path}: no variant of ${type.name} has ${shown}`];
  }
  return checkAlternatives(fitting, value, path, type.name);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkObject(type: SpecType, value: unknown, path: string): string[] {
  if (!isPlainObject(value)) return [`${path}: expected ${type.name}, got ${describe(value)}`];
  const record = value as Record<string, unknown>;
  const fields = new Map((type.fields ?? []).map((field) => [field.name, field]));
  const constants = constantsOf(type);
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!fields.has(key)) problems.push(`${path}.${key}: unknown field of ${type.name}`);
  }
  for (const field of fields.values()) {
    const fieldPath = `${path}.${field.name}`;
    const fieldValue = record[field.name];
    if (fieldValue === undefined) {
      if (field.required) problems.push(`${fieldPath}: missing required field of ${type.name}`);
      continue;
    }
    if (fieldValue === null) {
      problems.push(`${fieldPath}: null (an omitted field must be absent)`);
      continue;
    }
    const constant = constants.get(field.name);
    if (constant !== undefined && fieldValue !== constant) {
      problems.push(`${fieldPath}: expected "${constant}", got ${describe(fieldValue)}`);
      continue;
    }
    problems.push(...check(field.types.join(" or "), fieldValue, fieldPath));
  }
  return problems;
}

/**
 * Every problem of `value` as the Bot API type `typeName` ("Message", "Array of Update",
 * "Boolean", "Integer or String", "ChatMember"), with JSON paths from `$`; empty if valid.
 */
export function checkBotApiValue(typeName: string, value: unknown): string[] {
  return check(typeName, value, "$");
}

/** Throws listing every problem; for `bun test`. */
export function expectBotApi(typeName: string, value: unknown): void {
  const problems = checkBotApiValue(typeName, value);
  if (problems.length > 0) {
    throw new Error(`not a valid ${typeName}:\n  ${problems.join("\n  ")}\nvalue: ${JSON.stringify(value)}`);
  }
}

/** The result type of a Bot API method as api.json gives it ("Message or Boolean"…). */
export function resultTypeOf(method: string): string {
  const entry = (spec.methods as unknown as Record<string, { returns: string[] }>)[method];
  if (!entry) throw new Error(`unknown Bot API method "${method}"`);
  return entry.returns.join(" or ");
}
