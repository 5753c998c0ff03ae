/**
 * The update state of one account as Telegram numbers it — the common pts, qts, seq and
 * date, and each channel's own pts — kept in the account's database. The manager writes
 * it inside the transaction that queues the updates it covers (UpdateQueue.enqueue's
 * stateWrite), so after a crash the state never runs ahead of the queue.
 * https://core.telegram.org/api/updates
 */
import type { Database } from "bun:sqlite";
import type { Repository } from "../store/migrate.ts";

export const stateRepository: Repository = {
  name: "updates.state",
  migrations: [
    `CREATE TABLE update_state (
       id INTEGER PRIMARY KEY CHECK (id = 1),
       pts INTEGER NOT NULL,
       qts INTEGER NOT NULL,
       seq INTEGER NOT NULL,
       date INTEGER NOT NULL
     ) STRICT`,
    "CREATE TABLE channel_pts (channel_id INTEGER PRIMARY KEY, pts INTEGER NOT NULL) STRICT",
    // Where Telegram said updates were lost (differenceTooLong and its channel form).
    `CREATE TABLE update_losses (
       at INTEGER NOT NULL,
       box TEXT NOT NULL,
       from_pts INTEGER NOT NULL,
       to_pts INTEGER NOT NULL
     ) STRICT`,
  ],
};

export interface CommonState {
  pts: number;
  qts: number;
  seq: number;
  date: number;
}

export class StateRepo {
  private readonly getCommon;
  private readonly putCommon;
  private readonly getChannels;
  private readonly putChannel;
  private readonly putLoss;

  constructor(db: Database) {
    this.getCommon = db.query<CommonState, []>("SELECT pts, qts, seq, date FROM update_state WHERE id = 1");
    this.putCommon = db.query(
      `INSERT INTO update_state (id, pts, qts, seq, date) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET pts = excluded.pts, qts = excluded.qts, seq = excluded.seq, date = excluded.date`,
    );
    this.getChannels = db.query<{ channel_id: number; pts: number }, []>("SELECT channel_id, pts FROM channel_pts");
    this.putChannel = db.query(
      "INSERT INTO channel_pts (channel_id, pts) VALUES (?, ?) ON CONFLICT (channel_id) DO UPDATE SET pts = excluded.pts",
    );
    this.putLoss = db.query("INSERT INTO update_losses (at, box, from_pts, to_pts) VALUES (?, ?, ?, ?)");
  }

  /** The stored common state; undefined before the account's first updates.getState. */
  common(): CommonState | undefined {
    return this.getCommon.get() ?? undefined;
  }

  /** channel id → its pts, for every channel the account has had updates from. */
  channels(): Map<number, number> {
    return new Map(this.getChannels.all().map((row) => [row.channel_id, row.pts]));
  }

  saveCommon(state: CommonState): void {
    this.putCommon.run(state.pts, state.qts, state.seq, state.date);
  }

  saveChannel(channelId: number, pts: number): void {
    this.putChannel.run(channelId, pts);
  }

  /** Records that Telegram dropped the updates of `box` between two pts. */
  noteLoss(box: string, fromPts: number, toPts: number): void {
    this.putLoss.run(Math.floor(Date.now() / 1000), box, fromPts, toPts);
  }
}
