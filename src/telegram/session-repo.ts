/**
 * The MTProto session (DC and auth key) of an account, kept in its own database so a
 * restart, or a move of its directory to another server, needs no new login.
 */
import type { Database } from "bun:sqlite";
import type { Repository } from "../store/migrate.ts";

export const sessionRepository: Repository = {
  name: "telegram.session",
  migrations: ["CREATE TABLE mtproto_session (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL) STRICT"],
};

export function loadSession(db: Database): string {
  return db.query<{ value: string }, []>("SELECT value FROM mtproto_session WHERE id = 1").get()?.value ?? "";
}

export function saveSession(db: Database, value: string): void {
  db.query("INSERT INTO mtproto_session (id, value) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value").run(value);
}

export function clearSession(db: Database): void {
  db.query("DELETE FROM mtproto_session").run();
}
