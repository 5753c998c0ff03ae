/**
 * Delivery of one bot's queue to its webhook, scheduled as the official's WebhookActor:
 * updates with the same order key (chat, user, poll…) go one at a time and in order; up
 * to max_connections requests run at once; at most twice that many updates are loaded.
 * A failed update is retried at once, then after 2, 4, 8… s (capped at a random 60–120
 * s), or after the receiver's Retry-After; it is dropped only when the retry would fall
 * past its expiry. An update leaves the queue only after a 2xx.
 */
import type { StoredUpdate, UpdateQueue } from "../queue.ts";
import { responseMethod } from "./response-method.ts";
import { postUpdate, type SendOutcome, type WebhookTarget } from "./send.ts";

export type RunMethod = (accountId: number, method: string, params: Record<string, string>) => Promise<unknown>;

export interface DeliveryOptions {
  readonly accountId: number;
  readonly queue: UpdateQueue;
  readonly target: WebhookTarget;
  readonly maxConnections: number;
  /** Every failed request, for getWebhookInfo's last_error_*. */
  readonly onError: (message: string) => void;
  /** The receiver has answered 410 Gone for 23 hours: the webhook is to be removed. */
  readonly onGone: () => void;
  readonly runMethod?: RunMethod;
  /** Milliseconds in one second of back-off; tests shrink it. */
  readonly secondMs?: number;
}

interface Item {
  readonly update: StoredUpdate;
  readonly key: string;
  delay: number;
  failCount: number;
  wakeupAt: number;
}

const MAX_RETRY_AFTER = 3600;
const MAX_RESEND_TIMEOUT = 60;
const GONE_TIMEOUT = 23 * 3600;

const bodyOf = (update: StoredUpdate) => `{"update_id":${update.id},${JSON.stringify(update.type)}:${update.payload}}`;

export class WebhookDelivery {
  private offset = 0;
  private queueEmpty = false;
  private loaded = 0;
  /** Each key's updates, oldest first; the first is the one sent or waiting to be. */
  private readonly chains = new Map<string, Item[]>();
  /** Keys whose first update is not in flight. */
  private readonly ready = new Set<string>();
  private inFlight = 0;
  private uniqueKeys = 0;
  private firstGoneAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly unsubscribe: () => void;
  private readonly secondMs: number;

  constructor(private readonly options: DeliveryOptions) {
    this.secondMs = options.secondMs ?? 1000;
    this.unsubscribe = options.queue.subscribe(options.accountId, () => {
      this.queueEmpty = false;
      this.loop();
    });
    queueMicrotask(() => this.loop());
  }

  /** Stops sending; requests in flight finish, and their updates stay queued unless 2xx. */
  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    clearTimeout(this.timer);
  }

  private loop(): void {
    if (this.stopped) return;
    this.load();
    const now = performance.now();
    let nextWakeup = Infinity;
    while (this.inFlight < this.options.maxConnections) {
      const item = this.earliestReady();
      if (!item) break;
      if (item.wakeupAt > now) {
        nextWakeup = item.wakeupAt;
        break;
      }
      this.ready.delete(item.key);
      void this.send(item);
    }
    clearTimeout(this.timer);
    this.timer = nextWakeup === Infinity ? undefined : setTimeout(() => this.loop(), nextWakeup - now);
  }

  private earliestReady(): Item | undefined {
    let best: Item | undefined;
    for (const key of this.ready) {
      const item = this.chains.get(key)![0]!;
      if (!best || item.wakeupAt < best.wakeupAt || (item.wakeupAt === best.wakeupAt && item.update.id < best.update.id)) best = item;
    }
    return best;
  }

  private load(): void {
    const { queue, accountId, maxConnections } = this.options;
    const room = maxConnections * 2 - this.loaded;
    if (this.queueEmpty || room <= 0) return;
    if (this.offset === 0) this.offset = queue.head(accountId);
    const updates = queue.read(accountId, this.offset, room);
    if (updates.length === 0) this.queueEmpty = true;
    const now = performance.now();
    for (const update of updates) {
      const key = update.orderKey ?? `unordered:${this.uniqueKeys++}`;
      const item: Item = { update, key, delay: 1, failCount: 0, wakeupAt: now };
      this.offset = update.id + 1;
      this.loaded++;
      const chain = this.chains.get(key);
      if (chain) chain.push(item);
      else {
        this.chains.set(key, [item]);
        this.ready.add(key);
      }
    }
  }

  private async send(item: Item): Promise<void> {
    this.inFlight++;
    const outcome = await postUpdate(this.options.target, bodyOf(item.update));
    this.inFlight--;
    if (this.stopped) return;
    if (outcome.ok) this.succeeded(item, outcome.args);
    else this.failed(item, outcome);
    this.loop();
  }

  private succeeded(item: Item, args: Record<string, string> | undefined): void {
    this.firstGoneAt = 0;
    this.drop(item);
    const request = responseMethod(args);
    const { runMethod, accountId } = this.options;
    // The receiver learns nothing of the result, as with the official.
    if (request && runMethod) void runMethod(accountId, request.method, request.params).catch(() => undefined);
  }

  private failed(item: Item, outcome: Extract<SendOutcome, { ok: false }>): void {
    this.options.onError(outcome.error);
    const nowSeconds = this.options.queue.now();
    if (outcome.status === 410) {
      if (this.firstGoneAt === 0) this.firstGoneAt = nowSeconds;
      else if (nowSeconds > this.firstGoneAt + GONE_TIMEOUT) return this.options.onGone();
    } else this.firstGoneAt = 0;

    const retryAfter = Math.min(Math.max(outcome.retryAfter, 0), MAX_RETRY_AFTER);
    let delay = item.delay;
    let wait = retryAfter;
    if (retryAfter === 0 && item.failCount > 0) {
      const cap = MAX_RESEND_TIMEOUT + Math.floor(Math.random() * (MAX_RESEND_TIMEOUT + 1));
      delay = Math.min(cap, delay * 2);
      wait = delay;
    }
    if (nowSeconds + wait > item.update.expiresAt) return this.drop(item);
    item.delay = delay;
    item.failCount++;
    item.wakeupAt = performance.now() + wait * this.secondMs;
    this.ready.add(item.key);
  }

  /** Removes the chain's first update from memory and disk; its successor becomes ready. */
  private drop(item: Item): void {
    const chain = this.chains.get(item.key)!;
    chain.shift();
    this.loaded--;
    this.options.queue.forget(this.options.accountId, item.update.id);
    if (chain.length === 0) this.chains.delete(item.key);
    else this.ready.add(item.key);
  }
}
