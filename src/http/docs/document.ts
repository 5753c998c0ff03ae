/**
 * Builds the OpenAPI 3 document from the method table: one POST operation per method at
 * `/bot{token}/<method>` and, unless the method is bot-only, at `/user{token}/<method>`.
 * Each method's parameters are one body schema offered as JSON, urlencoded and
 * multipart, as the HTTP layer accepts all three. Pure: same table, same document.
 */
import type { OpenAPIV3 } from "openapi-types";
import type { MethodEntry } from "../../methods/types.ts";
import { ERROR_ENVELOPE, objectSchema, specComponents, type SpecType } from "./components.ts";
import { ref, typesSchema } from "./schema.ts";

export interface DocumentInfo {
  version: string;
  /** The spec's types (api.json `types`). */
  types: Record<string, SpecType>;
}

const KINDS = {
  bot: {
    prefix: "/bot{token}",
    tag: "Bot API: bots",
    token: "Bot token from @BotFather, e.g. `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.",
  },
  user: {
    prefix: "/user{token}",
    tag: "Bot API: user accounts",
    token: "User token, as returned by /userLogin.",
  },
} as const;

const PLUGIN_TAG = "Plugin methods";
const BODY_TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"];

const paramsSchemaName = (method: string) => `${method}_Params`;

/** The description's first sentence, shown beside the path in the UI. */
export function summaryOf(method: Pick<MethodEntry, "name" | "description">): string {
  const first = /^(.+?\.)(\s|$)/.exec(method.description)?.[1] ?? method.description;
  return first.length > 0 && first.length <= 160 ? first : method.name;
}

function operation(method: MethodEntry, kind: keyof typeof KINDS, known: (n: string) => boolean): OpenAPIV3.OperationObject {
  const link = method.href ? `\n\n[Bot API reference](${method.href})` : "";
  const result = typesSchema(method.returns, known);
  return {
    operationId: `${kind}_${method.name}`,
    summary: summaryOf(method),
    description: `${method.description}${link}`,
    tags: [method.source === "plugin" ? PLUGIN_TAG : KINDS[kind].tag],
    parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" }, description: KINDS[kind].token }],
    ...(method.params.length
      ? {
          requestBody: {
            required: method.params.some((p) => p.required),
            content: Object.fromEntries(BODY_TYPES.map((t) => [t, { schema: ref(paramsSchemaName(method.name)) }])),
          },
        }
      : {}),
    responses: {
      "200": {
        description: "Success",
        content: {
          "application/json": {
            schema: {
              type: "object",
              properties: { ok: { type: "boolean", enum: [true] }, result },
              required: ["ok", "result"],
            },
          },
        },
      },
      default: { description: "Error", content: { "application/json": { schema: ref(ERROR_ENVELOPE) } } },
    },
  };
}

export function buildDocument(methods: readonly MethodEntry[], info: DocumentInfo): OpenAPIV3.Document {
  const schemas = specComponents(info.types);
  const known = (name: string) => Object.hasOwn(schemas, name);
  const paths: OpenAPIV3.PathsObject = {};
  for (const method of [...methods].sort((a, b) => a.name.localeCompare(b.name))) {
    if (method.params.length) schemas[paramsSchemaName(method.name)] = objectSchema(method.params, known);
    paths[`${KINDS.bot.prefix}/${method.name}`] = { post: operation(method, "bot", known) };
    if (!method.botOnly) paths[`${KINDS.user.prefix}/${method.name}`] = { post: operation(method, "user", known) };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "tgrest",
      version: info.version,
      description:
        "The Telegram Bot API for bots and user accounts. Every method also accepts GET with a query string; " +
        "method names are case-insensitive; `/bot{token}/test/<method>` reaches Telegram's test environment.",
    },
    tags: [
      { name: KINDS.bot.tag, description: "`/bot<token>/<method>`" },
      { name: KINDS.user.tag, description: "`/user<token>/<method>`: the methods a user account can call" },
      { name: PLUGIN_TAG, description: "Methods added by the loaded plugins" },
    ],
    paths,
    components: { schemas },
  };
}
