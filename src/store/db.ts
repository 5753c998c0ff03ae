/** Opens a SQLite file the way every repository expects it. */
import { Database } from "bun:sqlite";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * WAL lets readers run while one writer writes; `synchronous=NORMAL` is durable in WAL
 * mode except for the last transactions on power loss; the busy timeout covers another
 * process (e.g. a restarted gateway) holding the write lock for a moment.
 */
export function openDatabase(path: string): Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { create: true, strict: true });
  db.run("PRAGMA journal_mode = WAL");
  db.run("PRAGMA synchronous = NORMAL");
  db.run("PRAGMA busy_timeout = 5000");
  db.run("PRAGMA foreign_keys = ON");
  return db;
}
