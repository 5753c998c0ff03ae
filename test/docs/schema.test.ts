import { expect, test } from "bun:test";
import { summaryOf } from "../../src/http/docs/document.ts";
import { typeSchema, typesSchema } from "../../src/http/docs/schema.ts";

const known = (name: string) => ["Message", "MessageEntity", "InputMedia"].includes(name);

test.each<[string, object]>([
  ["Integer", { type: "integer" }],
  ["String", { type: "string" }],
  ["Boolean", { type: "boolean" }],
  ["Float", { type: "number" }],
  ["True", { type: "boolean", enum: [true] }],
  ["InputFile", { type: "string", format: "binary" }],
  ["Message", { $ref: "#/components/schemas/Message" }],
  ["Array of MessageEntity", { type: "array", items: { $ref: "#/components/schemas/MessageEntity" } }],
  ["Array of Array of InputMedia", { type: "array", items: { type: "array", items: { $ref: "#/components/schemas/InputMedia" } } }],
  ["Array of Integer", { type: "array", items: { type: "integer" } }],
  ["ServerInfo", { type: "object", title: "ServerInfo" }],
])("typeSchema(%p)", (type, schema) => expect(typeSchema(type, known)).toEqual(schema));

test.each<[string[], object]>([
  [["Integer", "String"], { oneOf: [{ type: "integer" }, { type: "string" }] }],
  [["InputFile", "String"], { oneOf: [{ type: "string", format: "binary" }, { type: "string" }] }],
  [["Message"], { $ref: "#/components/schemas/Message" }],
  [[], {}],
])("typesSchema(%p)", (types, schema) => expect(typesSchema(types, known)).toEqual(schema));

test.each([
  ["Use this method to send text messages. On success, the sent Message is returned.", "Use this method to send text messages."],
  ["Returns the server time", "Returns the server time"],
  ["", "m"],
  ["x".repeat(200), "m"],
  ["Values like 1.5 stay. Then more.", "Values like 1.5 stay."],
])("summaryOf(%p)", (description, summary) => expect(summaryOf({ name: "m", description })).toBe(summary));
