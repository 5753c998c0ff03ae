/**
 * The acceptance proof that a user's plugin works with the compiled binary: build
 * dist-like tgrest into a temp dir, put test/plugins/external/*.ts beside it as its
 * --plugins-dir, start it on a free loopback port, and call the plugin's method and
 * trip its beforeCall hook over HTTP.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Subprocess } from "bun";

const root = join(import.meta.dir, "..", "..");
const canBuild = Bun.spawnSync([process.execPath, "build", "--help"], { stdout: "ignore", stderr: "ignore" }).exitCode === 0;

const TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11";
let dir: string;
let server: Subprocess<"ignore", "pipe", "pipe"> | undefined;
let base: string;

/** Builds the binary the way `bun run build` does, into `outfile`. */
function build(outfile: string): void {
  const script = join(root, "scripts", "build.ts");
  const command = existsSync(script)
    ? [process.execPath, script, "--outfile", outfile]
    : [process.execPath, "build", "--compile", "--format=esm", "--keep-names", "src/main.ts", "--outfile", outfile];
  const result = Bun.spawnSync(command, { cwd: root, stdout: "pipe", stderr: "pipe" });
  if (result.exitCode !== 0) throw new Error(`build failed: ${result.stderr.toString()}`);
}

/** Reads the server's output until it names the address it listens on. */
async function listeningAddress(proc: Subprocess<"ignore", "pipe", "pipe">): Promise<string> {
  const decoder = new TextDecoder();
  let seen = "";
  const watch = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream) {
      seen += decoder.decode(chunk);
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
      if (match) return `http://127.0.0.1:${match[1]}`;
    }
    throw new Error(`tgrest exited before listening (code ${await proc.exited}):\n${seen}`);
  };
  return Promise.any([watch(proc.stdout), watch(proc.stderr)]).catch(() => {
    throw new Error(`tgrest did not start:\n${seen}`);
  });
}

beforeAll(async () => {
  if (!canBuild) return;
  dir = mkdtempSync(join(tmpdir(), "tgrest-binary-"));
  const binary = join(dir, "tgrest");
  build(binary);
  // Files directly in the folder are plugins; the plugin's helper sits in lib/.
  const pluginsDir = join(dir, "plugins");
  cpSync(join(import.meta.dir, "external"), pluginsDir, { recursive: true });
  server = Bun.spawn(
    [binary, "serve", "--api-id=1", "--api-hash=placeholder", "--http-port=0", "--http-ip-address=127.0.0.1",
      `--dir=${join(dir, "data")}`, `--plugins-dir=${pluginsDir}`],
    { cwd: dir, stdin: "ignore", stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH ?? "" } },
  );
  base = await listeningAddress(server);
}, 120_000);

afterAll(async () => {
  server?.kill();
  await server?.exited;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Envelope {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
}

const call = async (method: string, query = "") => {
  const response = await fetch(`${base}/bot${TOKEN}/${method}${query}`);
  return { status: response.status, body: (await response.json()) as Envelope };
};

test.skipIf(!canBuild)("the compiled binary serves a method from a plugin file in --plugins-dir", async () => {
  expect(await call("greet", "?name=Alice")).toEqual({ status: 200, body: { ok: true, result: "Hello, Alice!" } });
  const posted = await fetch(`${base}/bot${TOKEN}/GREET`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Bob" }),
  });
  expect(await posted.json()).toEqual({ ok: true, result: "Hello, Bob!" });
});

test.skipIf(!canBuild)("the plugin's beforeCall hook runs in the binary and can refuse a call", async () => {
  expect(await call("greet", "?name=Mallory")).toEqual({
    status: 403,
    body: { ok: false, error_code: 403, description: "Forbidden: Mallory may not be greeted" },
  });
  const { body } = await call("getCheckedCalls");
  expect(body.ok).toBe(true);
  expect(body.result).toBeGreaterThanOrEqual(2);
});

test.skipIf(!canBuild)("the binary serves the docs UI's own assets, embedded in it", async () => {
  const script = await fetch(`${base}/docs/assets/swagger-ui-bundle.js`);
  expect(script.status).toBe(200);
  expect(await script.text()).toContain("SwaggerUIBundle");
});

test.skipIf(!canBuild)("the plugin method is listed in /docs/json", async () => {
  const doc = (await (await fetch(`${base}/docs/json`)).json()) as { paths: Record<string, { post: { operationId: string } }> };
  expect(doc.paths["/bot{token}/greet"].post.operationId).toBe("bot_greet");
});

test.skipIf(!canBuild)("a plugin registering an unknown hook stops the binary at start with one clear line", async () => {
  const badDir = join(dir, "bad-plugins");
  mkdirSync(badDir);
  writeFileSync(join(badDir, "bogus.ts"), `export default { name: "bogus", version: "1", setup(api) { api.on("bogus", () => {}); } };`);
  const proc = Bun.spawn(
    [join(dir, "tgrest"), "serve", "--api-id=1", "--api-hash=placeholder", "--http-port=0", "--http-ip-address=127.0.0.1",
      `--dir=${join(dir, "data-bad")}`, `--plugins-dir=${badDir}`],
    { cwd: dir, stdin: "ignore", stdout: "pipe", stderr: "pipe" },
  );
  const [code, stderr] = await Promise.all([proc.exited, new Response(proc.stderr).text()]);
  expect(code).not.toBe(0);
  expect(stderr).toContain('plugin "bogus" failed to start: unknown hook "bogus"; known hooks: onStart, onStop, onRequest');
});
