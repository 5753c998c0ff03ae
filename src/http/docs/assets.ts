/**
 * Swagger UI's script and stylesheet, embedded in the binary: `with { type: "file" }`
 * makes `bun build --compile` carry the files, so /docs works with no internet.
 */
import bundlePath from "swagger-ui-dist/swagger-ui-bundle.js" with { type: "file" };
import cssPath from "swagger-ui-dist/swagger-ui.css" with { type: "file" };

export const ASSETS_PREFIX = "/docs/assets";

export const assets: Record<string, { path: string; type: string }> = {
  "swagger-ui-bundle.js": { path: bundlePath, type: "text/javascript; charset=utf-8" },
  "swagger-ui.css": { path: cssPath, type: "text/css; charset=utf-8" },
};
