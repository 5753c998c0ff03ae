import { afterEach, beforeEach, expect, test } from "bun:test";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, LogLevel } from "../../src/cli/log.ts";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "tgrest-log-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("writes lines up to the verbosity level", () => {
  const logFile = join(dir, "sub", "tgrest.log");
  const log = createLogger({ logFile, verbosity: LogLevel.warning });
  log.write(LogLevel.plain, "started");
  log.write(LogLevel.error, "bad");
  log.write(LogLevel.info, "chatty");
  const lines = readFileSync(logFile, "utf8").trim().split("\n");
  expect(lines.map((l) => l.replace(/^\[[^\]]+\]/, ""))).toEqual([" started", "[1] bad"]);
});

test("rotates the file to .old beyond the size limit", () => {
  const logFile = join(dir, "tgrest.log");
  const log = createLogger({ logFile, verbosity: 0, logMaxFileSize: 100 });
  log.write(LogLevel.plain, "a".repeat(60));
  expect(existsSync(`${logFile}.old`)).toBe(false);
  log.write(LogLevel.plain, "b".repeat(60));
  expect(readFileSync(`${logFile}.old`, "utf8")).toContain("a".repeat(60));
  expect(readFileSync(logFile, "utf8")).toContain("b".repeat(60));
});
