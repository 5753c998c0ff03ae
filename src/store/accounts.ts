/**
 * The index of accounts in `<dir>/tgrest.sqlite`: token hash → account id. An account
 * keeps its id (and so its `<dir>/<id>/` data) when its token changes: binding a new
 * token to the id replaces the old hash, and the old token stops matching.
 */
import type { Database } from "bun:sqlite";
import type { Repository } from "./migrate.ts";
import { hashToken } from "./tokens.ts";

export type AccountKind = "bot" | "user";

export interface AccountRecord {
  readonly id: number;
  readonly kind: AccountKind;
  /** Unix seconds. */
  readonly createdAt: number;
}

export const accountsRepository: Repository = {
  name: "core.accounts",
  migrations: [
    `CREATE TABLE accounts (
       id INTEGER PRIMARY KEY,
       kind TEXT NOT NULL CHECK (kind IN ('bot', 'user')),
       token_sha256 TEXT NOT NULL UNIQUE,
       created_at INTEGER NOT NULL
     ) STRICT`,
  ],
};

interface Row {
  id: number;
  kind: AccountKind;
  created_at: number;
}

const toRecord = (row: Row): AccountRecord => ({ id: row.id, kind: row.kind, createdAt: row.created_at });

export class Accounts {
  constructor(private readonly db: Database) {}

  findByToken(token: string): AccountRecord | undefined {
    return this.findByHash(hashToken(token));
  }

  findByHash(tokenSha256: string): AccountRecord | undefined {
    const row = this.db
      .query<Row, [string]>("SELECT id, kind, created_at FROM accounts WHERE token_sha256 = ?")
      .get(tokenSha256);
    return row ? toRecord(row) : undefined;
  }

  get(id: number): AccountRecord | undefined {
    const row = this.db.query<Row, [number]>("SELECT id, kind, created_at FROM accounts WHERE id = ?").get(id);
    return row ? toRecord(row) : undefined;
  }

  /** Maps the token (by hash) to the account, replacing the account's previous token. */
  bind(tokenSha256: string, id: number, kind: AccountKind, now = Math.floor(Date.now() / 1000)): AccountRecord {
    this.db.transaction(() => {
      // A hash belongs to one account: a token reissued to another account moves with it.
      this.db.query("DELETE FROM accounts WHERE token_sha256 = ? AND id != ?").run(tokenSha256, id);
      this.db
        .query(
          `INSERT INTO accounts (id, kind, token_sha256, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET token_sha256 = excluded.token_sha256, kind = excluded.kind`,
        )
        .run(id, kind, tokenSha256, now);
    })();
    return this.get(id)!;
  }

  count(): number {
    return this.db.query<{ n: number }, []>("SELECT count(*) AS n FROM accounts").get()!.n;
  }

  ids(): number[] {
    return this.db.query<{ id: number }, []>("SELECT id FROM accounts ORDER BY id").all().map((r) => r.id);
  }
}
