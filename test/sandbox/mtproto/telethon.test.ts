/**
 * A second, independent client: Debian's python3-telethon (1.25, layer 144, the pre-RSA_PAD
 * handshake) over each of its transports. Skipped where python3-telethon is not installed.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startFixture, type Fixture } from "./fixture.ts";

/** Debian's package lives in the system Python, which may not be first on PATH. */
const python = ["python3", "/usr/bin/python3"].find((p) => {
  try {
    return Bun.spawnSync([p, "-c", "import telethon"]).exitCode === 0;
  } catch {
    return false;
  }
});
let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture(1);
});
afterAll(async () => {
  await fx.server.stop();
});

describe.skipIf(!python)("Telethon", () => {
  test.each(["full", "abridged", "intermediate", "obfuscated"])("%s: handshake, a call, an error, a gzip'd result", async (transport) => {
    const proc = Bun.spawn([python!, `${import.meta.dir}/telethon-client.py`, transport], { stdin: "pipe", stdout: "pipe", stderr: "pipe" });
    proc.stdin.write(JSON.stringify(fx.config));
    proc.stdin.end();
    const [out, err, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
    expect(err.trim().split("\n").at(-1) ?? "").not.toContain("Error");
    expect(code).toBe(0);
    // Layer 144's contacts.resolveUsername (#f93ccba3) is not in the sandbox's layer 198
    // (which added `referer`, #725afbbc), so it is an unknown method here.
    expect(JSON.parse(out)).toEqual({ key_bytes: 256, this_dc: 1, error: [400, "InputMethodInvalidError"], echo_len: 20000 });
  });
});
