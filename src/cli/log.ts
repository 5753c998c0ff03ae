/**
 * The gateway's log: lines at or below `--verbosity` go to `--log` (or stderr); the file
 * is rotated to `<file>.old` past `--log-max-file-size`, as the official server does.
 * Levels follow the official: -1 plain (always written), 0 fatal, 1 error, 2 warning, 3 info, 4 debug.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Config } from "./config.ts";

export const LogLevel = { plain: -1, fatal: 0, error: 1, warning: 2, info: 3, debug: 4 } as const;

export interface Logger {
  write(level: number, message: string): void;
}

export function createLogger(config: Pick<Config, "logFile" | "logMaxFileSize" | "verbosity">): Logger {
  const file = config.logFile;
  const maxSize = config.logMaxFileSize ?? Infinity;
  let size = 0;
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    size = existsSync(file) ? statSync(file).size : 0;
  }
  return {
    write(level, message) {
      if (level > config.verbosity) return;
      const tag = level === LogLevel.plain ? "" : `[${level}]`;
      const line = `[${new Date().toISOString()}]${tag} ${message}\n`;
      if (!file) return void process.stderr.write(line);
      if (size + line.length > maxSize && size > 0) {
        renameSync(file, `${file}.old`);
        size = 0;
      }
      appendFileSync(file, line);
      size += Buffer.byteLength(line);
    },
  };
}
