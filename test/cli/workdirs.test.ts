import { afterEach, beforeEach, expect, test } from "bun:test";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/parse.ts";
import { prepareDirectories } from "../../src/cli/workdirs.ts";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "tgrest-dirs-"))));
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

function configFor(...flags: string[]) {
  const parsed = parseArgs(["--api-id=1", "--api-hash=h", ...flags], {});
  if (parsed.command !== "serve") throw new Error(JSON.stringify(parsed));
  return parsed.config;
}

test("creates the working and temporary directories and makes them absolute", () => {
  const result = prepareDirectories(configFor("-d", join(dir, "work"), "-t", "tmp"));
  expect(result).toEqual({ config: expect.objectContaining({ dir: join(dir, "work"), tempDir: join(dir, "work", "tmp") }) });
  expect(existsSync(join(dir, "work", "tmp"))).toBe(true);
});

test.skipIf(process.getuid?.() === 0)("an unwritable directory gets the official text", () => {
  chmodSync(dir, 0o500);
  expect(prepareDirectories(configFor("-d", join(dir, "work")))).toEqual({
    error: `Can't create files in the directory "${join(dir, "work")}". Use --dir option to specify a writable working directory`,
  });
});

test("a temp dir that is a file gets the official text", () => {
  const file = join(dir, "file");
  writeFileSync(file, "x");
  expect(prepareDirectories(configFor("-d", dir, "-t", file))).toEqual({
    error: `Can't create files in the directory "${file}". Use --temp-dir option to specify another directory for temporary files`,
  });
});
