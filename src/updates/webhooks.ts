/**
 * setWebhook, deleteWebhook and getWebhookInfo as the official handles them
 * (Client::process_set_webhook_query, do_set_webhook, finish_set_webhook, JsonWebhookInfo),
 * and the running deliveries: one per bot with a webhook, resumed after a restart.
 */
import type { Store } from "../store/store.ts";
import { retryAfter } from "../methods/errors.ts";
import { badRequest, conflicts, descriptions } from "./messages.ts";
import type { LongPolling } from "./get-updates.ts";
import type { UpdateQueue } from "./queue.ts";
import { allowedNames, DEFAULT_ALLOWED, parseAllowedUpdates } from "./update-types.ts";
import { WebhookDelivery, type RunMethod } from "./webhook/delivery.ts";
import { deleteWebhookRow, loadWebhook, saveWebhook, webhookRepository, type WebhookSettings } from "./webhook/settings.ts";
import { parseWebhookUrl } from "./webhook/url.ts";
import { verifyWebhook } from "./webhook/verify.ts";

/** setWebhook's parameters, as parsed by the method layer; url "" deletes. */
export interface SetWebhookRequest {
  readonly url: string;
  readonly certificate?: Uint8Array;
  readonly ipAddress?: string;
  /** Already clamped by the caller (see maxConnectionsOf). */
  readonly maxConnections: number;
  readonly allowedUpdates?: unknown;
  readonly dropPendingUpdates: boolean;
  readonly secretToken?: string;
}

/** https://core.telegram.org/bots/api#webhookinfo — absent fields are omitted. */
export interface WebhookInfo {
  url: string;
  has_custom_certificate: boolean;
  pending_update_count: number;
  ip_address?: string;
  last_error_date?: number;
  last_error_message?: string;
  last_synchronization_error_date?: number;
  max_connections?: number;
  allowed_updates?: string[];
}

export interface WebhooksOptions {
  readonly store: Store;
  readonly queue: UpdateQueue;
  readonly polling: LongPolling;
  readonly local: boolean;
  readonly proxy?: string;
  readonly runMethod?: RunMethod;
  readonly secondMs?: number;
}

interface Active {
  readonly settings: WebhookSettings;
  readonly delivery: WebhookDelivery;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

const MAX_CERTIFICATE_BYTES = 3 << 20;
const MAX_SECRET_LENGTH = 256;

export class Webhooks {
  private readonly active = new Map<number, Active>();
  /** Accounts whose setWebhook is being verified: getUpdates is refused meanwhile. */
  private readonly setting = new Set<number>();
  private readonly nextSetAllowedAt = new Map<number, number>();
  private readonly locks = new Map<number, Promise<unknown>>();
  private readonly syncErrorDates = new Map<number, number>();

  constructor(private readonly options: WebhooksOptions) {
    options.store.register(webhookRepository);
  }

  isActive(accountId: number): boolean {
    return this.active.has(accountId) || this.setting.has(accountId);
  }

  /** Starts delivery for every account that had a webhook when the gateway stopped. */
  resumeAll(): void {
    for (const id of this.options.store.accounts.ids()) this.resume(id);
  }

  resume(accountId: number): void {
    if (this.active.has(accountId)) return;
    const settings = loadWebhook(this.options.store.account(accountId));
    if (settings) this.startDelivery(accountId, settings);
  }

  /** The update manager reports here when it could not keep in sync with Telegram. */
  noteSynchronizationError(accountId: number, date: number): void {
    this.syncErrorDates.set(accountId, date);
  }

  /** Resolves to the official description of what happened; calls on one bot run one after another. */
  set(accountId: number, request: SetWebhookRequest): Promise<string> {
    const previous = this.locks.get(accountId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.doSet(accountId, request));
    this.locks.set(accountId, run);
    return run;
  }

  info(accountId: number): WebhookInfo {
    const { queue } = this.options;
    const active = this.active.get(accountId);
    const settings = active?.settings;
    const info: WebhookInfo = {
      url: settings?.url ?? "",
      has_custom_certificate: settings?.certificate !== undefined,
      pending_update_count: queue.pendingCount(accountId),
    };
    if (active?.lastErrorDate) {
      info.last_error_date = active.lastErrorDate;
      info.last_error_message = active.lastErrorMessage!;
    }
    if (settings) {
      info.max_connections = settings.maxConnections;
      info.ip_address = settings.ipAddress || "<unknown>";
    }
    const allowed = queue.allowed(accountId);
    if (allowed !== DEFAULT_ALLOWED) info.allowed_updates = allowedNames(allowed);
    const syncError = this.syncErrorDates.get(accountId);
    if (syncError) info.last_synchronization_error_date = syncError;
    return info;
  }

  close(): void {
    for (const active of this.active.values()) active.delivery.stop();
    this.active.clear();
  }

  private async doSet(accountId: number, request: SetWebhookRequest): Promise<string> {
    const { queue, polling, store, local } = this.options;
    const url = request.url;
    if (url !== "") {
      const now = Date.now();
      if (now < (this.nextSetAllowedAt.get(accountId) ?? 0)) throw retryAfter(1);
      this.nextSetAllowedAt.set(accountId, now + 1000);
    }
    const current = this.active.get(accountId)?.settings;
    const ipAddress = url === "" ? "" : (request.ipAddress ?? "");
    const secretToken = url === "" ? "" : (request.secretToken ?? "");
    const maxConnections = url === "" ? 0 : request.maxConnections;
    const unchanged =
      (current?.url ?? "") === url &&
      !current?.certificate &&
      !request.certificate &&
      (current?.maxConnections ?? 0) === maxConnections &&
      (current?.fixIp ?? false) === (ipAddress !== "") &&
      (current?.secretToken ?? "") === secretToken &&
      (ipAddress === "" || current?.ipAddress === ipAddress) &&
      !request.dropPendingUpdates;
    if (unchanged) {
      queue.setAllowed(accountId, parseAllowedUpdates(request.allowedUpdates));
      return url === "" ? descriptions.alreadyDeleted : descriptions.alreadySet;
    }
    if (url !== "") polling.abort(accountId, conflicts.setWebhook);
    this.stopDelivery(accountId);
    if (request.dropPendingUpdates) queue.clear(accountId);
    if (url === "") return descriptions.deleted;

    const parsed = parseWebhookUrl(url);
    if (!parsed) throw badRequest.invalidUrl();
    if (secretToken.length > MAX_SECRET_LENGTH) throw badRequest.secretTooLong();
    if (!/^[A-Za-z0-9_-]*$/.test(secretToken)) throw badRequest.secretCharacters();
    if (request.certificate && request.certificate.byteLength > MAX_CERTIFICATE_BYTES) {
      throw badRequest.certificateTooBig(request.certificate.byteLength);
    }
    queue.setAllowed(accountId, parseAllowedUpdates(request.allowedUpdates));
    this.setting.add(accountId);
    try {
      const ip = await verifyWebhook(parsed, ipAddress, local);
      const settings: WebhookSettings = {
        url,
        maxConnections,
        ipAddress: ip,
        fixIp: ipAddress !== "",
        secretToken,
        ...(request.certificate ? { certificate: request.certificate } : {}),
      };
      saveWebhook(store.account(accountId), settings);
      this.startDelivery(accountId, settings);
      return descriptions.set;
    } finally {
      this.setting.delete(accountId);
    }
  }

  private startDelivery(accountId: number, settings: WebhookSettings): void {
    const url = parseWebhookUrl(settings.url);
    if (!url) return;
    const active: Active = {
      settings,
      delivery: new WebhookDelivery({
        accountId,
        queue: this.options.queue,
        target: {
          url,
          secretToken: settings.secretToken,
          ...(settings.fixIp ? { ip: settings.ipAddress } : {}),
          ...(settings.certificate ? { certificate: settings.certificate } : {}),
          ...(this.options.proxy ? { proxy: this.options.proxy } : {}),
        },
        maxConnections: settings.maxConnections,
        onError: (message) => {
          active.lastErrorDate = this.options.queue.now();
          active.lastErrorMessage = message;
        },
        onGone: () => this.stopDelivery(accountId),
        ...(this.options.runMethod ? { runMethod: this.options.runMethod } : {}),
        ...(this.options.secondMs ? { secondMs: this.options.secondMs } : {}),
      }),
    };
    this.active.set(accountId, active);
  }

  private stopDelivery(accountId: number): void {
    const active = this.active.get(accountId);
    if (active) active.delivery.stop();
    this.active.delete(accountId);
    deleteWebhookRow(this.options.store.account(accountId));
  }
}
