/**
 * One account's own database, `<dir>/<id>/account.sqlite`. It records whose it is and
 * its token's hash, so the directory is self-contained: moved to another server, it is
 * found again (see Store.open) and a misnamed directory is refused rather than mixed up.
 */
import type { Database } from "bun:sqlite";
import { join } from "node:path";
import { openDatabase } from "./db.ts";
import { storeErrors } from "./messages.ts";
import type { Repository } from "./migrate.ts";
import type { AccountKind } from "./accounts.ts";

export const ACCOUNT_FILE = "account.sqlite";

export const metaRepository: Repository = {
  name: "core.meta",
  migrations: ["CREATE TABLE meta (key TEXT PRIMARY KEY, value ANY) STRICT"],
};

export interface AccountMeta {
  readonly id: number;
  readonly kind: AccountKind;
  readonly tokenSha256: string;
}

export function accountPath(dir: string, id: number): string {
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(storeErrors.badAccountId(id));
  return join(dir, String(id), ACCOUNT_FILE);
}

export function readMeta(db: Database): Partial<AccountMeta> {
  const rows = db.query<{ key: string; value: string | number }, []>("SELECT key, value FROM meta").all();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return {
    id: map.get("account_id") as number | undefined,
    kind: map.get("kind") as AccountKind | undefined,
    tokenSha256: map.get("token_sha256") as string | undefined,
  };
}

export function writeMeta(db: Database, meta: AccountMeta): void {
  const put = db.query("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  db.transaction(() => {
    put.run("account_id", meta.id);
    put.run("kind", meta.kind);
    put.run("token_sha256", meta.tokenSha256);
  })();
}

/** Opens the file and checks it belongs to `id` (a fresh file belongs to nobody yet). */
export function openAccountDb(path: string, id: number, migrateAll: (db: Database) => void): Database {
  const db = openDatabase(path);
  try {
    migrateAll(db);
    const owner = readMeta(db).id;
    if (owner !== undefined && owner !== id) throw new Error(storeErrors.foreignAccount(path, owner, id));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
