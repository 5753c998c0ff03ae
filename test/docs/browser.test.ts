/**
 * Runs scripts/check-docs.ts: /docs renders in headless Chromium and makes no request
 * beyond 127.0.0.1. Skipped where Chromium is not installed (Debian: apt-get install chromium).
 */
import { expect, test } from "bun:test";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CHROMIUM = "/usr/bin/chromium";

test.skipIf(!existsSync(CHROMIUM))("/docs renders offline in headless Chromium", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tgrest-docs-"));
  try {
    const script = join(import.meta.dir, "..", "..", "scripts", "check-docs.ts");
    const proc = Bun.spawn([process.execPath, script, "--screenshot", join(dir, "shot.png"), "--chromium", CHROMIUM], {
      stdout: "pipe",
      stderr: "pipe",
    });
    const [out, err, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toContain("docs check passed");
    expect(existsSync(join(dir, "shot.png"))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
