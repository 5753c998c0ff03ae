/**
 * Bot API type names (as api.json writes them) → OpenAPI 3.0 schemas. Pure.
 * Object types become `$ref`s into components.schemas when the spec defines them.
 */
import type { OpenAPIV3 } from "openapi-types";

export type Schema = OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject;

const PRIMITIVES: Record<string, OpenAPIV3.SchemaObject> = {
  Integer: { type: "integer" },
  String: { type: "string" },
  Boolean: { type: "boolean" },
  Float: { type: "number" },
  True: { type: "boolean", enum: [true] },
  InputFile: { type: "string", format: "binary" },
};

export const ref = (name: string): OpenAPIV3.ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/**
 * One type name → schema. `known` says which names components.schemas defines; any
 * other name (a plugin's own result type, say) becomes a titled free-form object.
 */
export function typeSchema(type: string, known: (name: string) => boolean): Schema {
  const array = /^Array of (.+)$/.exec(type);
  if (array) return { type: "array", items: typeSchema(array[1]!, known) };
  const primitive = PRIMITIVES[type];
  if (primitive) return { ...primitive };
  return known(type) ? ref(type) : { type: "object", title: type };
}

/** Several accepted types (e.g. ["Integer", "String"]) → oneOf; one type → its schema. */
export function typesSchema(types: readonly string[], known: (name: string) => boolean): Schema {
  const schemas = types.map((t) => typeSchema(t, known));
  if (schemas.length === 0) return {};
  return schemas.length === 1 ? schemas[0]! : { oneOf: schemas };
}
