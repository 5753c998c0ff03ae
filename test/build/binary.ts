/**
 * The compiled binary for tests, built by `scripts/build.ts` at most once per test run:
 * every test file that needs it shares the build (dist/ is git-ignored).
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dir, "..", "..");
export const binaryPath = join(root, "dist", "test", "tgrest");

/** Builds the binary unless this process (this test run) already did. */
export function ensureBinary(): string {
  if (existsSync(binaryPath) && statSync(binaryPath).mtimeMs >= performance.timeOrigin) return binaryPath;
  const build = Bun.spawnSync([process.execPath, "scripts/build.ts", "--outfile", binaryPath], {
    cwd: root,
    stdout: "pipe",
    stderr: "pipe",
  });
  if (build.exitCode !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  return binaryPath;
}
