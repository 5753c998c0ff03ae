/**
 * `/docs` (Swagger UI) and `/docs/json` (OpenAPI 3) for every method of the table,
 * plugin methods included: call it after the plugins are loaded.
 *
 * Served by @elysiajs/openapi. Its predecessor @elysiajs/swagger was tried first: it
 * derives paths from Elysia's routes and turns only whole `:param` segments into
 * `{param}`, so `/bot:token/…` came out with no token parameter, and its Swagger UI page
 * loads its script from unpkg.com with no way to point it elsewhere. So the document is
 * built here from the method table (the HTTP layer has one generic route per prefix
 * anyway), and the package serves it with a page whose assets come from the binary.
 */
import { openapi } from "@elysiajs/openapi";
import { Elysia } from "elysia";
import spec from "../../spec/api.json" with { type: "json" };
import type { MethodTable } from "../methods/types.ts";
import { VERSION } from "../version.ts";
import { ASSETS_PREFIX, assets } from "./docs/assets.ts";
import type { SpecType } from "./docs/components.ts";
import { buildDocument } from "./docs/document.ts";

/** Swagger UI options; `url` is absolute so `/docs/` finds the document as `/docs` does. */
const uiOptions = {
  url: "/docs/json",
  cdn: `${ASSETS_PREFIX}/swagger-ui-bundle.js`,
  theme: `${ASSETS_PREFIX}/swagger-ui.css`,
  autoDarkMode: false,
  // Tags open, operations closed: every method name shows, the page stays short.
  docExpansion: "list" as const,
  filter: true,
  deepLinking: true,
  defaultModelsExpandDepth: -1,
  // Swagger UI would otherwise send the document to validator.swagger.io.
  validatorUrl: "none",
};

export function docsRoutes(table: MethodTable) {
  const document = buildDocument(table.all(), { version: VERSION, types: spec.types as Record<string, SpecType> });
  return new Elysia()
    .use(
      openapi({
        path: "/docs",
        specPath: "/docs/json",
        provider: "swagger-ui",
        documentation: document,
        openapiVersion: document.openapi as "3.0.3",
        swagger: uiOptions,
      }),
    )
    .get(`${ASSETS_PREFIX}/:file`, ({ params, set }) => {
      const asset = assets[params.file];
      if (!asset) {
        set.status = 404;
        return "Not Found";
      }
      return new Response(Bun.file(asset.path), {
        headers: { "content-type": asset.type, "cache-control": "public, max-age=86400" },
      });
    }, { detail: { hide: true } });
}
