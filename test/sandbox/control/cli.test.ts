/** `tgrest sandbox --no-gateway`: the ready line, the demo accounts, and a restart that keeps them. */
import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSandbox } from "../../../src/sandbox/cli.ts";

const options = (dir: string, lines: string[], startGateway?: () => Promise<{ port: number }>) => ({
  httpPort: 0,
  controlPort: 0,
  mtprotoPort: 0,
  dcs: 2,
  dir,
  noGateway: startGateway === undefined,
  startGateway,
  print: (line: string) => lines.push(line),
});

test("prints the ready line and demo accounts, and keeps them across a restart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sandbox-cli-"));
  try {
    const first: string[] = [];
    const run1 = await runSandbox(options(dir, first));
    const ready = JSON.parse(first[0]!);
    expect(ready.ready).toBe(true);
    expect(Number.isInteger(ready.control)).toBe(true);
    expect(ready.http).toBeUndefined();
    expect(ready.dcs.map((d: { id: number }) => d.id)).toEqual([1, 2]);
    expect(first[1]).toMatch(/^demo bot: @sandbox_demo_bot \(id \d+\) token \d+:[A-Za-z0-9_-]{35}$/);
    expect(first[2]).toBe("demo user: phone 9996610001, login code 11111");
    const config = (await (await fetch(`http://127.0.0.1:${ready.control}/control/config`)).json()) as { rsa_public_key: string };
    expect(config.rsa_public_key).toContain("BEGIN RSA PUBLIC KEY");
    await run1.stop();

    const second: string[] = [];
    const run2 = await runSandbox(options(dir, second, async () => ({ port: 4242 })));
    expect(second[1]).toBe(first[1]);
    expect(JSON.parse(second[0]!).http).toBe(4242);
    expect(second[3]).toMatch(/^curl http:\/\/127\.0\.0\.1:4242\/bot\d+:.+\/getMe$/);
    const config2 = (await (await fetch(`${run2.sandbox.controlUrl}/control/config`)).json()) as { rsa_public_key: string };
    expect(config2.rsa_public_key).toBe(config.rsa_public_key);
    await run2.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
