import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { OPTIONS } from "../../src/cli/options.ts";
import { ensureBinary } from "./binary.ts";

// The binary is copied into an empty directory and run there: nothing beside it, no node_modules.
let dir: string;
let tgrest: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tgrest-empty-"));
  tgrest = join(dir, "tgrest");
  copyFileSync(ensureBinary(), tgrest);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = Bun.spawnSync([tgrest, ...args], { cwd: dir, stdout: "pipe", stderr: "pipe" });
  return { code: result.exitCode, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

/** Reads a stream until a line matches, returning the match. */
async function waitForLine(stream: ReadableStream<Uint8Array>, pattern: RegExp): Promise<RegExpMatchArray> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stream) {
    text += decoder.decode(chunk, { stream: true });
    const match = text.match(pattern);
    if (match) return match;
  }
  throw new Error(`stream ended without ${pattern}; got:\n${text}`);
}

describe("dist/tgrest", () => {
  test("--version prints the package version", () => {
    expect(run("--version")).toEqual({ code: 0, stdout: `tgrest ${packageJson.version}\n`, stderr: "" });
  });

  test("--help lists every flag", () => {
    const { code, stdout } = run("--help");
    expect(code).toBe(0);
    for (const option of OPTIONS) expect(stdout).toContain(`--${option.long}`);
  });

  test("a bad flag is one line on stderr and a non-zero exit", () => {
    expect(run("--bogus")).toEqual({ code: 1, stdout: "", stderr: 'tgrest: Option "bogus" is unrecognized\n' });
    expect(run("-p", "x", "--api-id=1", "--api-hash=h")).toMatchObject({ code: 1, stderr: `tgrest: Can't parse "x" as number\n` });
    expect(run()).toMatchObject({
      code: 1,
      stderr: "tgrest: You must provide valid api-id and api-hash obtained at https://my.telegram.org\n",
    });
  });

  test("serve answers the Bot API and /docs, and stops on SIGTERM", async () => {
    const data = join(dir, "data");
    const server = Bun.spawn(
      [tgrest, "serve", "--api-id", "1", "--api-hash", "placeholder", "-p", "0", "--http-ip-address", "127.0.0.1", "-d", data],
      { cwd: dir, stdout: "pipe", stderr: "pipe" },
    );
    try {
      const [, base] = await waitForLine(server.stderr, /serving the Bot API on (http:\/\/127\.0\.0\.1:\d+\/)/);
      const docs = await fetch(`${base}docs/json`);
      expect(docs.status).toBe(200);
      expect(Object.keys(((await docs.json()) as { paths: object }).paths).length).toBeGreaterThan(180);
      const answer = await fetch(`${base}bot123456:AAEabcdefghijklmnopqrstuvwxyz012345/sendMessage`);
      expect(await answer.json()).toEqual({ ok: false, error_code: 400, description: "Bad Request: chat_id is empty" });
    } finally {
      server.kill("SIGTERM");
    }
    expect(await server.exited).toBe(0);
    expect(existsSync(join(data, "tgrest.sqlite"))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["data", "tgrest"]);
  });

  test("sandbox runs the emulator and a gateway that answers getMe", async () => {
    const data = join(dir, "sandbox-data");
    const args = ["sandbox", "--http-port", "0", "--control-port", "0", "--mtproto-port", "0", "--dir", data];
    const sandbox = Bun.spawn([tgrest, ...args], { cwd: dir, stdout: "pipe", stderr: "pipe" });
    try {
      const [, ready, url] = await waitForLine(sandbox.stdout, /^(\{"ready":true.*\})$[\s\S]*^curl (\S+)$/m);
      expect(JSON.parse(ready!)).toMatchObject({ ready: true, http: expect.any(Number), control: expect.any(Number) });
      const answer = (await (await fetch(url!)).json()) as { ok: boolean; result: { is_bot: boolean } };
      expect(answer).toMatchObject({ ok: true, result: { is_bot: true } });
    } finally {
      sandbox.kill("SIGTERM");
    }
    expect(await sandbox.exited).toBe(0);
    expect(readdirSync(data).sort()).toEqual(["gateway", "sandbox"]);
  });
});
