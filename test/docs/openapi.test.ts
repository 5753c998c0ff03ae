import { describe, expect, test } from "bun:test";
import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPIV3 } from "openapi-types";
import { builtinPlugins } from "../../plugins/index.ts";
import { docsRoutes } from "../../src/http/docs.ts";
import { createMethodTable } from "../../src/methods/table.ts";
import { Hooks } from "../../src/plugins/hooks.ts";
import { loadPlugins } from "../../src/plugins/loader.ts";
import { testConfig } from "../plugins/fixtures.ts";

const table = createMethodTable();
await loadPlugins({ config: testConfig(), table, hooks: new Hooks(), builtins: builtinPlugins, names: ["extra-methods"] });
const app = docsRoutes(table);
const get = (path: string) => app.handle(new Request(`http://localhost${path}`));
const doc = (await (await get("/docs/json")).json()) as OpenAPIV3.Document;

const methodsAt = (prefix: string) =>
  Object.keys(doc.paths).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).sort();

describe("/docs/json", () => {
  test("is a valid OpenAPI 3 document whose references all resolve", async () => {
    expect(doc.openapi).toBe("3.0.3");
    await SwaggerParser.validate(structuredClone(doc) as never);
  });

  test("lists all 180 spec methods and the plugin methods at /bot{token}/", () => {
    const spec = table.all().filter((m) => m.source === "spec").map((m) => m.name);
    expect(spec).toHaveLength(180);
    expect(methodsAt("/bot{token}/")).toEqual([...spec, "getServerInfo", "ping"].sort());
  });

  test("lists at /user{token}/ exactly the methods that are not bot-only", () => {
    const forUsers = table.all().filter((m) => !m.botOnly).map((m) => m.name).sort();
    expect(methodsAt("/user{token}/")).toEqual(forUsers);
    expect(forUsers).toContain("sendMessage");
    expect(forUsers).not.toContain("answerCallbackQuery");
  });

  test("an operation has the token path parameter, the spec's texts, three body encodings and the envelopes", () => {
    const op = doc.paths["/bot{token}/sendMessage"]!.post!;
    expect(op.parameters).toEqual([expect.objectContaining({ name: "token", in: "path", required: true })]);
    expect(op.description).toStartWith("Use this method to send text messages.");
    const body = op.requestBody as OpenAPIV3.RequestBodyObject;
    expect(Object.keys(body.content)).toEqual(["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]);
    const params = doc.components!.schemas!.sendMessage_Params as OpenAPIV3.SchemaObject;
    expect(params.required).toEqual(["chat_id", "text"]);
    expect(params.properties!.chat_id).toEqual({
      oneOf: [{ type: "integer" }, { type: "string" }],
      description: table.get("sendMessage")!.params.find((p) => p.name === "chat_id")!.description,
    });
    expect(JSON.stringify(op.responses["200"])).toContain('"result":{"$ref":"#/components/schemas/Message"}');
    expect(op.responses.default).toEqual({
      description: "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } },
    });
  });

  test("a method with no parameters has no body; plugin methods carry their own tag", () => {
    expect(doc.paths["/bot{token}/getMe"]!.post!.requestBody).toBeUndefined();
    expect(doc.paths["/user{token}/getServerInfo"]!.post!.tags).toEqual(["Plugin methods"]);
  });
});

describe("/docs", () => {
  test("the page loads Swagger UI from the server itself, never from elsewhere", async () => {
    const html = await (await get("/docs")).text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.sort()).toEqual(["/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"]);
    expect(html).toContain('"url":"/docs/json"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  test.each([
    ["/docs/assets/swagger-ui-bundle.js", "text/javascript; charset=utf-8", "SwaggerUIBundle"],
    ["/docs/assets/swagger-ui.css", "text/css; charset=utf-8", ".swagger-ui"],
  ])("serves %s", async (path, type, marker) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(await response.text()).toContain(marker);
  });

  test("an unknown asset is a 404", async () => {
    expect((await get("/docs/assets/other.js")).status).toBe(404);
  });
});
