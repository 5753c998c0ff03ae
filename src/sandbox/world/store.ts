/**
 * The world's SQLite file (`DIR/sandbox/world.sqlite`, WAL), or an in-memory database when
 * the sandbox has no directory. Accounts and chats are JSON rows cached by the world;
 * messages and pts events are TL bytes queried on demand.
 */
import { Database } from "bun:sqlite";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Account, Chat } from "./types.ts";

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  "CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, data TEXT NOT NULL)",
  "CREATE TABLE IF NOT EXISTS chats (id INTEGER PRIMARY KEY, data TEXT NOT NULL)",
  `CREATE TABLE IF NOT EXISTS messages (box TEXT NOT NULL, id INTEGER NOT NULL, peer TEXT NOT NULL,
     link TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (box, id))`,
  "CREATE INDEX IF NOT EXISTS messages_link ON messages (link)",
  "CREATE INDEX IF NOT EXISTS messages_peer ON messages (box, peer, id)",
  `CREATE TABLE IF NOT EXISTS events (box TEXT NOT NULL, pts INTEGER NOT NULL, count INTEGER NOT NULL,
     date INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (box, pts))`,
  "CREATE TABLE IF NOT EXISTS files (id TEXT PRIMARY KEY, data TEXT NOT NULL)",
  `CREATE TABLE IF NOT EXISTS file_parts (file_id TEXT NOT NULL, part INTEGER NOT NULL, data BLOB NOT NULL,
     PRIMARY KEY (file_id, part))`,
  `CREATE TABLE IF NOT EXISTS upload_parts (owner INTEGER NOT NULL, upload_id TEXT NOT NULL, part INTEGER NOT NULL,
     data BLOB NOT NULL, PRIMARY KEY (owner, upload_id, part))`,
  `CREATE TABLE IF NOT EXISTS auth_keys (id TEXT PRIMARY KEY, dc_id INTEGER NOT NULL,
     account_id INTEGER, key BLOB NOT NULL)`,
];

export interface StoredEvent {
  pts: number;
  count: number;
  date: number;
  data: Buffer;
}

export interface StoredAuthKey {
  id: string;
  dcId: number;
  accountId: number | null;
  key: Buffer;
}

export interface StoredMessageRow {
  box: string;
  id: number;
  /** The chat the message is in, as the box's owner sees it ("u<id>", "g<id>", "c<id>"). */
  peer: string;
  link: string;
  data: Buffer;
}

export class WorldStore {
  readonly db: Database;

  constructor(dir?: string) {
    if (dir) mkdirSync(dir, { recursive: true });
    this.db = new Database(dir ? join(dir, "world.sqlite") : ":memory:", { create: true });
    this.db.exec("PRAGMA journal_mode = WAL");
    this.db.exec("PRAGMA synchronous = NORMAL");
    for (const statement of SCHEMA) this.db.exec(statement);
  }

  transaction<T>(run: () => T): T {
    return this.db.transaction(run)();
  }

  getMeta(key: string): string | undefined {
    const row = this.db.query<{ value: string }, [string]>("SELECT value FROM meta WHERE key = ?").get(key);
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.query("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").run(key, value);
  }

  loadAccounts(): Account[] {
    return this.db.query<{ data: string }, []>("SELECT data FROM accounts").all().map((r) => JSON.parse(r.data));
  }

  saveAccount(account: Account): void {
    this.db.query("INSERT OR REPLACE INTO accounts (id, data) VALUES (?, ?)").run(account.id, JSON.stringify(account));
  }

  loadChats(): Chat[] {
    return this.db.query<{ data: string }, []>("SELECT data FROM chats").all().map((r) => JSON.parse(r.data));
  }

  saveChat(chat: Chat): void {
    this.db.query("INSERT OR REPLACE INTO chats (id, data) VALUES (?, ?)").run(chat.id, JSON.stringify(chat));
  }

  putMessage(row: StoredMessageRow): void {
    this.db
      .query("INSERT OR REPLACE INTO messages (box, id, peer, link, data) VALUES (?, ?, ?, ?, ?)")
      .run(row.box, row.id, row.peer, row.link, row.data);
  }

  getMessage(box: string, id: number): StoredMessageRow | undefined {
    return this.db
      .query<StoredMessageRow, [string, number]>("SELECT box, id, peer, link, data FROM messages WHERE box = ? AND id = ?")
      .get(box, id) ?? undefined;
  }

  messagesByLink(link: string): StoredMessageRow[] {
    return this.db
      .query<StoredMessageRow, [string]>("SELECT box, id, peer, link, data FROM messages WHERE link = ?")
      .all(link);
  }

  deleteMessage(box: string, id: number): void {
    this.db.query("DELETE FROM messages WHERE box = ? AND id = ?").run(box, id);
  }

  /** Messages of one chat in a box below `beforeId` (0: from the newest), newest first. */
  listMessages(box: string, peer: string, beforeId: number, limit: number): StoredMessageRow[] {
    return this.db
      .query<StoredMessageRow, [string, string, number, number]>(
        "SELECT box, id, peer, link, data FROM messages WHERE box = ? AND peer = ? AND id < ? ORDER BY id DESC LIMIT ?",
      )
      .all(box, peer, beforeId > 0 ? beforeId : Number.MAX_SAFE_INTEGER, limit);
  }

  addEvent(box: string, event: StoredEvent): void {
    this.db
      .query("INSERT INTO events (box, pts, count, date, data) VALUES (?, ?, ?, ?, ?)")
      .run(box, event.pts, event.count, event.date, event.data);
  }

  /** Events whose pts is above `afterPts`, oldest first. */
  eventsAfter(box: string, afterPts: number, limit: number): StoredEvent[] {
    return this.db
      .query<StoredEvent, [string, number, number]>(
        "SELECT pts, count, date, data FROM events WHERE box = ? AND pts > ? ORDER BY pts LIMIT ?",
      )
      .all(box, afterPts, limit);
  }

  loadAuthKeys(): StoredAuthKey[] {
    return this.db
      .query<{ id: string; dc_id: number; account_id: number | null; key: Uint8Array }, []>(
        "SELECT id, dc_id, account_id, key FROM auth_keys",
      )
      .all()
      .map((row) => ({ id: row.id, dcId: row.dc_id, accountId: row.account_id, key: Buffer.from(row.key) }));
  }

  setAuthKey(key: StoredAuthKey): void {
    this.db
      .query("INSERT OR REPLACE INTO auth_keys (id, dc_id, account_id, key) VALUES (?, ?, ?, ?)")
      .run(key.id, key.dcId, key.accountId, key.key);
  }

  deleteAuthKey(id: string): void {
    this.db.query("DELETE FROM auth_keys WHERE id = ?").run(id);
  }

  /**
   * Empties the world's tables (the control API's reset). Auth keys are the caller's
   * business, and meta keys starting with "keep." (the server's RSA key) stay.
   */
  clear(): void {
    this.db.exec("DELETE FROM meta WHERE key NOT LIKE 'keep.%'");
    for (const table of ["accounts", "chats", "messages", "events", "files", "file_parts", "upload_parts"]) {
      this.db.exec(`DELETE FROM ${table}`);
    }
  }

  close(): void {
    this.db.close();
  }
}
