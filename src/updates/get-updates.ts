/**
 * getUpdates as the official server answers it (Client::process_get_updates_query,
 * do_get_updates, long_poll_wakeup): confirmation by offset, negative offsets, the long
 * poll woken by enqueue itself, one waiting request per bot, and its anti-busy-loop rules.
 * https://core.telegram.org/bots/api#getupdates
 */
import type { BotApiError } from "../methods/types.ts";
import { conflict, conflicts } from "./messages.ts";
import type { StoredUpdate, UpdateQueue } from "./queue.ts";

export interface GetUpdatesArgs {
  /** int32, as the official reads it. */
  readonly offset: number;
  /** 1–100. */
  readonly limit: number;
  /** Seconds, 0–50. */
  readonly timeout: number;
  /** Fires when the HTTP client goes away: its wait ends and no update is confirmed for it. */
  readonly signal?: AbortSignal;
}

export type Update = { update_id: number } & Record<string, unknown>;

/** The official's TQueue ids are below this; a larger offset is not an id. */
const MAX_ID = 2_000_000_000;
/** TQueue::get accepts an id at most this far past the tail or before the head. */
const FUTURE_SLACK = 10;
const PAST_SLACK = 100_000;
/** The answer stops growing past 4 MiB (50 bytes counted per update besides its JSON). */
const MAX_ANSWER_BYTES = 1 << 22;
/** An enqueue answers the waiting request after 1 ms, to take a burst at once. */
const WAKE_DELAY_MS = 1;
/** A repeated 409 within 3 s is delayed 3 s, so two competing instances do not spin. */
const CONFLICT_PAUSE_MS = 3000;

interface Waiter {
  readonly offset: number;
  readonly limit: number;
  readonly resolve: (updates: Update[]) => void;
  readonly reject: (error: BotApiError) => void;
  timer: ReturnType<typeof setTimeout>;
  woken: boolean;
  unsubscribe: () => void;
}

interface PollState {
  waiter?: Waiter;
  previousOffset?: number;
  previousStart: number;
  nextConflictAt: number;
}

const monotonicSeconds = () => performance.now() / 1000;

export function toUpdate(stored: StoredUpdate): Update {
  return { update_id: stored.id, [stored.type]: JSON.parse(stored.payload) } as Update;
}

export class LongPolling {
  private readonly states = new Map<number, PollState>();

  constructor(private readonly queue: UpdateQueue) {}

  /** One getUpdates call; `webhookActive` is the caller's check, made first. */
  get(accountId: number, args: GetUpdatesArgs, webhookActive: boolean): Promise<Update[]> {
    const state = this.state(accountId);
    if (webhookActive) return this.conflict(state, conflicts.webhookActive);
    let { limit, timeout } = args;
    const now = monotonicSeconds();
    // The official's brakes on a bot that repeats an offset in a tight loop.
    if (args.offset === state.previousOffset && timeout < 3 && now < state.previousStart + 3) timeout = 3;
    if (args.offset === state.previousOffset && now < state.previousStart + 0.5) limit = 1;
    state.previousOffset = args.offset;
    state.previousStart = now;
    return this.run(accountId, state, args.offset, limit, timeout, args.signal);
  }

  /** Ends the waiting request, if any, with a 409 (setWebhook does this). */
  abort(accountId: number, text: string): void {
    const state = this.states.get(accountId);
    const waiter = state?.waiter;
    if (!state || !waiter) return;
    this.settle(state);
    void this.conflict(state, text).catch(waiter.reject);
  }

  /** Answers every waiting request with what there is (an empty list at worst). */
  close(): void {
    for (const [accountId, state] of this.states) if (state.waiter) this.finish(accountId, state);
  }

  private run(accountId: number, state: PollState, offset: number, limit: number, timeout: number, signal?: AbortSignal): Promise<Update[]> {
    const updates = this.take(accountId, offset, limit);
    if (timeout === 0 || updates.length > 0) return Promise.resolve(updates);
    const previous = state.waiter;
    if (previous) this.abort(accountId, conflicts.otherGetUpdates);
    const from = offset <= 0 ? this.queue.head(accountId) : offset;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        offset: from,
        limit,
        resolve,
        reject,
        woken: false,
        timer: setTimeout(() => this.finish(accountId, state), timeout * 1000),
        unsubscribe: () => undefined,
      };
      waiter.unsubscribe = this.queue.subscribe(accountId, () => {
        if (waiter.woken || state.waiter !== waiter) return;
        waiter.woken = true;
        clearTimeout(waiter.timer);
        waiter.timer = setTimeout(() => this.finish(accountId, state), WAKE_DELAY_MS);
      });
      state.waiter = waiter;
      signal?.addEventListener(
        "abort",
        () => {
          if (state.waiter !== waiter) return;
          this.settle(state);
          resolve([]);
        },
        { once: true },
      );
    });
  }

  /** Answers the waiting request with the updates there are now. */
  private finish(accountId: number, state: PollState): void {
    const waiter = state.waiter;
    if (!waiter) return;
    this.settle(state);
    try {
      waiter.resolve(this.take(accountId, waiter.offset, waiter.limit));
    } catch (error) {
      waiter.reject(error as BotApiError);
    }
  }

  private settle(state: PollState): void {
    const waiter = state.waiter!;
    clearTimeout(waiter.timer);
    waiter.unsubscribe();
    state.waiter = undefined;
  }

  /** do_get_updates without the wait: confirm, then read. */
  private take(accountId: number, offset: number, limit: number): Update[] {
    if (offset < 0) this.queue.keepLast(accountId, -offset);
    if (offset <= 0) offset = this.queue.head(accountId);
    // No update was ever queued: there is nothing to confirm or read.
    if (offset <= 0) return [];
    let from = offset;
    const head = this.queue.head(accountId);
    if (from >= MAX_ID || from > this.queue.tail(accountId) + FUTURE_SLACK || from < head - PAST_SLACK) from = head;
    this.queue.forgetBefore(accountId, from);
    return capped(this.queue.read(accountId, from, limit)).map(toUpdate);
  }

  private conflict(state: PollState, text: string): Promise<never> {
    const now = Date.now();
    if (now >= state.nextConflictAt) {
      state.nextConflictAt = now + CONFLICT_PAUSE_MS;
      return Promise.reject(conflict(text));
    }
    return new Promise((_, reject) => setTimeout(() => reject(conflict(text)), CONFLICT_PAUSE_MS));
  }

  private state(accountId: number): PollState {
    let state = this.states.get(accountId);
    if (!state) this.states.set(accountId, (state = { previousStart: 0, nextConflictAt: 0 }));
    return state;
  }
}

function capped(updates: StoredUpdate[]): StoredUpdate[] {
  let left = MAX_ANSWER_BYTES;
  const out: StoredUpdate[] = [];
  for (const update of updates) {
    left -= 50 + update.payload.length + update.type.length + 3;
    if (left <= 0) break;
    out.push(update);
  }
  return out;
}
