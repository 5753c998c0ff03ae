/** Start-up checks of the working and temporary directories, with the official's texts. */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "./config.ts";
import { cliErrors } from "./messages.ts";

function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o750 });
    rmSync(mkdtempSync(join(dir, ".tgrest-check-")), { recursive: true });
    return true;
  } catch {
    return false;
  }
}

/** Makes `dir` and `tempDir` absolute and usable; returns the config to run with, or an error text. */
export function prepareDirectories(config: Config): { config: Config } | { error: string } {
  const dir = resolve(config.dir);
  if (!writable(dir)) return { error: cliErrors.dirNotWritable(dir) };
  const tempDir = resolve(config.tempDir);
  if (!writable(tempDir)) return { error: cliErrors.tempDirNotWritable(tempDir) };
  return { config: Object.freeze({ ...config, dir, tempDir }) };
}
