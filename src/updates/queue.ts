/**
 * The persistent update queue of each account, in its own SQLite file. An update gets
 * its update_id in the same transaction that stores it (and that writes the caller's
 * state, e.g. the update manager's pts), so an update is never both acknowledged to
 * Telegram and missing from disk. Ids increase strictly for ever; an update stays until
 * confirmed (getUpdates offset), delivered (webhook 2xx) or expired (about 24 h).
 */
import type { Database } from "bun:sqlite";
import type { Store } from "../store/store.ts";
import { queueRepository } from "./queue-schema.ts";
import { traitsOf, type BotApiUpdateWithoutId } from "./traits.ts";
import { DEFAULT_ALLOWED, isAllowed } from "./update-types.ts";

export type { BotApiUpdateWithoutId } from "./traits.ts";

export interface StoredUpdate {
  readonly id: number;
  readonly type: string;
  /** The JSON text of the update's one field. */
  readonly payload: string;
  readonly orderKey: string | null;
  readonly expiresAt: number;
}

/** Unix seconds; injectable so tests can age updates. */
export type Clock = () => number;

export const systemClock: Clock = () => Math.floor(Date.now() / 1000);

type Listener = () => void;

/** A fresh queue starts at a random id as the official's does (its TQueue), not at 1. */
const firstId = () => 2_000_001 + Math.floor(Math.random() * (1_000_000_000 - 2_000_001));

const NEXT_ID = "next_update_id";
const ALLOWED = "allowed_updates";

interface Row {
  id: number;
  type: string;
  payload: string;
  order_key: string | null;
  expires_at: number;
}

const toStored = (r: Row): StoredUpdate => ({ id: r.id, type: r.type, payload: r.payload, orderKey: r.order_key, expiresAt: r.expires_at });

export class UpdateQueue {
  private readonly listeners = new Map<number, Set<Listener>>();
  /** Account databases whose next update id is stored (it is never removed, only moved on). */
  private readonly numbered = new WeakSet<Database>();
  /** State writes waiting for the end of the turn, per account database (see defer). */
  private readonly deferred = new Map<Database, (() => void)[]>();

  constructor(
    private readonly store: Store,
    readonly now: Clock = systemClock,
  ) {
    store.register(queueRepository);
  }

  /**
   * Stores the updates the account's allowed_updates let through (the official filters
   * when an update arrives, not when it is read), in order, with new ids, running
   * `stateWrite` in the same transaction; then wakes getUpdates and the webhook.
   * Returns the ids given.
   */
  enqueue(accountId: number, updates: readonly BotApiUpdateWithoutId[], stateWrite?: () => void): number[] {
    const db = this.db(accountId);
    const now = this.now();
    const ids: number[] = [];
    if (updates.length === 0) {
      if (stateWrite) this.defer(db, stateWrite);
      if (!this.numbered.has(db)) {
        // The first id is fixed by any enqueue, as before.
        if (this.readState(db, NEXT_ID) === undefined) this.writeState(db, NEXT_ID, firstId());
        this.numbered.add(db);
      }
      return ids;
    }
    db.transaction(() => {
      this.runDeferred(db);
      stateWrite?.();
      const mask = this.readState(db, ALLOWED) ?? DEFAULT_ALLOWED;
      let next = this.readState(db, NEXT_ID) ?? firstId();
      const insert = db.query("INSERT INTO update_queue (id, type, payload, order_key, expires_at) VALUES (?, ?, ?, ?, ?)");
      for (const update of updates) {
        const traits = traitsOf(update, now);
        if (!isAllowed(mask, traits.type) || traits.expiresAt < now) continue;
        insert.run(next, traits.type, JSON.stringify(traits.payload), traits.orderKey ?? null, traits.expiresAt);
        ids.push(next++);
      }
      this.writeState(db, NEXT_ID, next);
    })();
    if (ids.length > 0) for (const listener of this.listeners.get(accountId) ?? []) listener();
    return ids;
  }

  /**
   * The state write of an enqueue that stores nothing (the Updates of the account's own
   * sends, one per message) waits for the end of the event-loop turn, so a burst of them
   * costs one commit, not one each; an enqueue that stores updates runs the waiting ones
   * first, in its transaction. Lost in a crash, they only make the next difference replay
   * updates that store nothing.
   */
  private defer(db: Database, write: () => void): void {
    const waiting = this.deferred.get(db);
    if (waiting) {
      waiting.push(write);
      return;
    }
    this.deferred.set(db, [write]);
    setImmediate(() => {
      try {
        if (this.deferred.has(db)) db.transaction(() => this.runDeferred(db))();
      } catch {
        // The account's database closed meanwhile (log out, shutdown): its state went with it.
      }
    });
  }

  private runDeferred(db: Database): void {
    const waiting = this.deferred.get(db);
    if (!waiting) return;
    this.deferred.delete(db);
    for (const write of waiting) write();
  }

  /** Called after every enqueue that stored something for the account. */
  subscribe(accountId: number, listener: Listener): () => void {
    let set = this.listeners.get(accountId);
    if (!set) this.listeners.set(accountId, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Up to `limit` live updates from id `from` on, oldest first; expired ones are dropped on the way. */
  read(accountId: number, from: number, limit: number): StoredUpdate[] {
    const db = this.db(accountId);
    db.query("DELETE FROM update_queue WHERE expires_at < ?").run(this.now());
    return db
      .query<Row, [number, number]>("SELECT * FROM update_queue WHERE id >= ? ORDER BY id LIMIT ?")
      .all(from, limit)
      .map(toStored);
  }

  /** Confirms every update before `id`. */
  forgetBefore(accountId: number, id: number): void {
    this.db(accountId).query("DELETE FROM update_queue WHERE id < ?").run(id);
  }

  forget(accountId: number, id: number): void {
    this.db(accountId).query("DELETE FROM update_queue WHERE id = ?").run(id);
  }

  /** Keeps only the newest `count` updates (getUpdates with a negative offset). */
  keepLast(accountId: number, count: number): void {
    this.db(accountId)
      .query("DELETE FROM update_queue WHERE id < (SELECT coalesce(min(id), 0) FROM (SELECT id FROM update_queue ORDER BY id DESC LIMIT ?))")
      .run(count);
  }

  /** drop_pending_updates: the ids still continue from where they were. */
  clear(accountId: number): void {
    this.db(accountId).run("DELETE FROM update_queue");
  }

  /** The oldest stored id, or the next id when empty; 0 before the first update ever. */
  head(accountId: number): number {
    const db = this.db(accountId);
    const oldest = db.query<{ id: number | null }, []>("SELECT min(id) AS id FROM update_queue").get()?.id;
    return oldest ?? this.readState(db, NEXT_ID) ?? 0;
  }

  /** The id the next update will get; 0 before the first update ever. */
  tail(accountId: number): number {
    return this.readState(this.db(accountId), NEXT_ID) ?? 0;
  }

  pendingCount(accountId: number): number {
    return this.db(accountId).query<{ n: number }, [number]>("SELECT count(*) AS n FROM update_queue WHERE expires_at >= ?").get(this.now())!.n;
  }

  allowed(accountId: number): number {
    return this.readState(this.db(accountId), ALLOWED) ?? DEFAULT_ALLOWED;
  }

  /** Persists a new allowed_updates mask; 0 keeps the current one. Returns whether it changed. */
  setAllowed(accountId: number, mask: number): boolean {
    if (mask === 0 || mask === this.allowed(accountId)) return false;
    this.writeState(this.db(accountId), ALLOWED, mask);
    return true;
  }

  private db(accountId: number): Database {
    return this.store.account(accountId);
  }

  private readState(db: Database, key: string): number | undefined {
    return db.query<{ value: number }, [string]>("SELECT value FROM update_queue_state WHERE key = ?").get(key)?.value;
  }

  private writeState(db: Database, key: string, value: number): void {
    db.query("INSERT INTO update_queue_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, value);
  }
}
