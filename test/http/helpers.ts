/** Shared set-up for HTTP tests: a config with its own temp dir, and the app. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "../../src/cli/config.ts";
import { createHttpApp, type HttpAppOptions } from "../../src/http/app.ts";
import { createMethodTable } from "../../src/methods/table.ts";
import { Hooks } from "../../src/plugins/hooks.ts";

export function testConfig(overrides: Partial<Config> = {}): Config {
  const dir = mkdtempSync(join(tmpdir(), "tgrest-http-test-"));
  return {
    local: false,
    httpPort: 0,
    httpIpAddress: "127.0.0.1",
    dir,
    tempDir: dir,
    verbosity: 0,
    allowUsers: true,
    allowUsersRegistration: false,
    plugins: [],
    ...overrides,
  };
}

export function testApp(overrides: Partial<HttpAppOptions> = {}) {
  const config = overrides.config ?? testConfig();
  const table = overrides.table ?? createMethodTable();
  const hooks = overrides.hooks ?? new Hooks();
  const app = createHttpApp({ ...overrides, config, table, hooks });
  return {
    app,
    table,
    hooks,
    config,
    /** Files and folders left in the temp dir. */
    leftovers: () => readdirSync(config.tempDir),
    cleanup: () => rmSync(config.dir, { recursive: true, force: true }),
  };
}

export async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export const TOKEN = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
export const BASE = `http://gateway/bot${TOKEN}`;
