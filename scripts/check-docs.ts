/**
 * `bun scripts/check-docs.ts [--screenshot docs/screenshot.png] [--chromium /usr/bin/chromium]`
 *
 * Starts the gateway's HTTP app (with the extra-methods plugin, so plugin methods show)
 * on 127.0.0.1, opens /docs in headless Chromium, and checks that Swagger UI rendered
 * the methods and that no request went anywhere but 127.0.0.1: the page must work on a
 * machine with no internet. Saves a screenshot for the README. Exits 1 on failure.
 * Needs Chromium (Debian: apt-get install -y chromium).
 */
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { builtinPlugins } from "../plugins/index.ts";
import { createHttpApp } from "../src/http/app.ts";
import { docsRoutes } from "../src/http/docs.ts";
import { registerHandlers } from "../src/methods/index.ts";
import { createMethodTable } from "../src/methods/table.ts";
import { Hooks } from "../src/plugins/hooks.ts";
import { loadPlugins } from "../src/plugins/loader.ts";
import type { Config } from "../src/cli/config.ts";

const { values } = parseArgs({
  args: Bun.argv.slice(2),
  options: {
    screenshot: { type: "string", default: "docs/screenshot.png" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
  },
});

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Method names the page must show: spec ones for bots and users, and a plugin one. */
const EXPECTED = ["/bot{token}/sendMessage", "/user{token}/sendMessage", "/bot{token}/getServerInfo"];

const config: Config = {
  local: false,
  httpPort: 0,
  httpIpAddress: "127.0.0.1",
  dir: "/tmp",
  tempDir: "/tmp",
  verbosity: 0,
  allowUsers: true,
  allowUsersRegistration: false,
  plugins: ["extra-methods"],
};

const table = createMethodTable();
registerHandlers(table);
const hooks = new Hooks();
const { routes } = await loadPlugins({ config, table, hooks, builtins: builtinPlugins });
const app = createHttpApp({ config, table, hooks, routes, plugins: [docsRoutes(table)] }).listen({ hostname: "127.0.0.1", port: 0 });
const origin = `http://127.0.0.1:${app.server!.port}`;

const browser = await chromium.launch({ executablePath: values.chromium, args: CHROMIUM_FLAGS });
const problems: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const local: string[] = [];
  // Every request the page makes passes here: local ones go through, others are refused and reported.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === "127.0.0.1") {
      local.push(url);
      return route.continue();
    }
    problems.push(`request left 127.0.0.1: ${url}`);
    return route.abort();
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${origin}/docs`, { waitUntil: "networkidle" });
  await page.locator(".opblock-summary-path").first().waitFor({ timeout: 30_000 });
  // Swagger UI renders a long list lazily, so look each method up with its filter box.
  const filter = page.locator("input.operation-filter-input");
  for (const path of EXPECTED) {
    await filter.fill(path.split("/").pop()!);
    const row = page.locator(`.opblock-summary-path[data-path="${path}"]`);
    const shown = await row.first().waitFor({ state: "visible", timeout: 10_000 }).then(() => true, () => false);
    if (!shown) problems.push(`method not shown: ${path}`);
  }
  // The screenshot for the README: sendMessage for bots and users, the bot one opened.
  await filter.fill("sendMessage");
  await page.locator('.opblock-summary-path[data-path="/bot{token}/sendMessage"]').click();
  await page.locator(".opblock-body").first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: values.screenshot });
  console.log(`${local.length} requests, all to 127.0.0.1; screenshot ${values.screenshot}`);
} finally {
  await browser.close();
  await app.stop();
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("docs check passed");
