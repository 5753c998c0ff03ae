/**
 * The update stream of every account: the persistent queue the update manager fills,
 * and the two ways out of it, getUpdates and webhooks. One instance per gateway.
 */
import type { Config } from "../cli/config.ts";
import type { Store } from "../store/store.ts";
import { LongPolling, type GetUpdatesArgs, type Update } from "./get-updates.ts";
import { systemClock, UpdateQueue, type BotApiUpdateWithoutId, type Clock } from "./queue.ts";
import { parseAllowedUpdates } from "./update-types.ts";
import type { RunMethod } from "./webhook/delivery.ts";
import { Webhooks, type SetWebhookRequest, type WebhookInfo } from "./webhooks.ts";

export interface UpdatesOptions {
  readonly store: Store;
  readonly config: Pick<Config, "local" | "maxWebhookConnections" | "proxy">;
  /** Runs a method a webhook receiver returned in its response (the wiring supplies the method table). */
  readonly runMethod?: RunMethod;
  /** Unix seconds (update expiry); tests inject one. */
  readonly clock?: Clock;
  /** Milliseconds per second of webhook back-off; tests shrink it. */
  readonly secondMs?: number;
}

export interface GetUpdatesRequest extends GetUpdatesArgs {
  readonly allowedUpdates?: unknown;
}

export class UpdatesService {
  readonly queue: UpdateQueue;
  private readonly polling: LongPolling;
  private readonly webhooks: Webhooks;

  constructor(private readonly options: UpdatesOptions) {
    this.queue = new UpdateQueue(options.store, options.clock ?? systemClock);
    this.polling = new LongPolling(this.queue);
    this.webhooks = new Webhooks({
      store: options.store,
      queue: this.queue,
      polling: this.polling,
      local: options.config.local,
      ...(options.config.proxy ? { proxy: options.config.proxy } : {}),
      ...(options.runMethod ? { runMethod: options.runMethod } : {}),
      ...(options.secondMs ? { secondMs: options.secondMs } : {}),
    });
  }

  /** Resumes the webhooks persisted by a previous run. */
  start(): void {
    this.webhooks.resumeAll();
  }

  /** See UpdateQueue.enqueue: ids and the caller's state write commit together. */
  enqueue(accountId: number, updates: readonly BotApiUpdateWithoutId[], stateWrite?: () => void): number[] {
    return this.queue.enqueue(accountId, updates, stateWrite);
  }

  getUpdates(accountId: number, request: GetUpdatesRequest): Promise<Update[]> {
    // The official refuses before anything else, allowed_updates included.
    if (this.webhooks.isActive(accountId)) return this.polling.get(accountId, request, true);
    this.queue.setAllowed(accountId, parseAllowedUpdates(request.allowedUpdates));
    return this.polling.get(accountId, request, false);
  }

  /** Resolves to the official description ("Webhook was set", …). */
  setWebhook(accountId: number, request: SetWebhookRequest): Promise<string> {
    return this.webhooks.set(accountId, request);
  }

  deleteWebhook(accountId: number, dropPendingUpdates: boolean): Promise<string> {
    return this.webhooks.set(accountId, { url: "", maxConnections: 0, dropPendingUpdates });
  }

  webhookInfo(accountId: number): WebhookInfo {
    return this.webhooks.info(accountId);
  }

  noteSynchronizationError(accountId: number, date: number): void {
    this.webhooks.noteSynchronizationError(accountId, date);
  }

  /** max_connections as the official reads it: default from the config, clamped to the mode's range. */
  maxConnectionsOf(value: number | undefined): number {
    const { local, maxWebhookConnections } = this.options.config;
    const fallback = maxWebhookConnections && maxWebhookConnections > 0 ? maxWebhookConnections : local ? 100 : 40;
    return clamp(value === undefined ? fallback : int32(value), 1, local ? 100_000 : 100);
  }

  /** Answers waiting getUpdates calls and stops the webhooks; the store is the caller's to close. */
  close(): void {
    this.polling.close();
    this.webhooks.close();
  }
}

/** td::to_integer<int32>: the low 32 bits, signed. */
export const int32 = (value: number) => Number(BigInt.asIntN(32, BigInt(Math.trunc(value))));

export const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
