/** The spec's 359 types → components.schemas, plus the two answer envelopes. Pure. */
import type { OpenAPIV3 } from "openapi-types";
import { ref, typeSchema, typesSchema } from "./schema.ts";

export interface SpecField {
  name: string;
  types: string[];
  required: boolean;
  description: string;
}

export interface SpecType {
  name: string;
  href?: string;
  description?: string[];
  fields?: SpecField[];
  subtypes?: string[];
}

const withLink = (text: string, href?: string) => (href ? `${text}\n\n[Bot API reference](${href})` : text);

/** An object schema from fields (a type's fields, or a method's parameters). */
export function objectSchema(fields: readonly SpecField[], known: (name: string) => boolean): OpenAPIV3.SchemaObject {
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return {
    type: "object",
    properties: Object.fromEntries(fields.map((f) => [f.name, { ...typesSchema(f.types, known), description: f.description }])),
    ...(required.length ? { required } : {}),
  };
}

function typeToSchema(type: SpecType, known: (name: string) => boolean): OpenAPIV3.SchemaObject {
  const description = withLink((type.description ?? []).join("\n"), type.href);
  // Subtypes are type expressions too: RichText is "String" or "Array of RichText" or objects.
  if (type.subtypes?.length) return { description, oneOf: type.subtypes.map((s) => typeSchema(s, known)) };
  return { description, ...objectSchema(type.fields ?? [], known) };
}

/** `{"ok":false,…}`: the one shape of every error answer. */
export const ERROR_ENVELOPE = "ErrorResponse";

export function specComponents(types: Record<string, SpecType>): Record<string, OpenAPIV3.SchemaObject> {
  const known = (name: string) => Object.hasOwn(types, name);
  const schemas: Record<string, OpenAPIV3.SchemaObject> = {};
  for (const type of Object.values(types)) schemas[type.name] = typeToSchema(type, known);
  schemas[ERROR_ENVELOPE] = {
    type: "object",
    description: "Every unsuccessful answer. `parameters` is present only for 429 (retry_after) and migrated groups (migrate_to_chat_id).",
    properties: {
      ok: { type: "boolean", enum: [false] },
      error_code: { type: "integer", example: 400 },
      description: { type: "string", example: "Bad Request: chat_id is empty" },
      parameters: known("ResponseParameters") ? ref("ResponseParameters") : { type: "object" },
    },
    required: ["ok", "error_code", "description"],
  };
  return schemas;
}
