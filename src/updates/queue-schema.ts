/** The per-account tables of the update queue, with their migrations. */
import type { Repository } from "../store/migrate.ts";

export const queueRepository: Repository = {
  name: "core.update_queue",
  migrations: [
    `CREATE TABLE update_queue (
       id INTEGER PRIMARY KEY,
       type TEXT NOT NULL,
       payload TEXT NOT NULL,
       order_key TEXT,
       expires_at INTEGER NOT NULL
     ) STRICT`,
    "CREATE INDEX update_queue_expires_at ON update_queue (expires_at)",
    // next_update_id survives an emptied queue, so ids keep increasing across restarts.
    "CREATE TABLE update_queue_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT",
  ],
};
