/**
 * One update manager per open bot account: started when the pool opens the account (so
 * getUpdates right after the first request already sees updates), stopped when the
 * account disconnects (close, logOut, shutdown). At start-up, bots with a webhook are
 * opened by id, as the official server launches them, so delivery resumes on its own.
 */
import type { MediaContext } from "../convert/media/file-location.ts";
import type { Store } from "../store/store.ts";
import type { Account } from "../telegram/account.ts";
import type { AccountPool } from "../telegram/account-pool.ts";
import { UpdateManager } from "./manager.ts";
import type { UpdatesService } from "./service.ts";
import { stateRepository } from "./state.ts";
import type { BotApiUpdateWithoutId } from "./traits.ts";
import { isAllowed, isUpdateType } from "./update-types.ts";

export interface ManagersOptions {
  readonly pool: AccountPool;
  readonly store: Store;
  readonly updates: UpdatesService;
  readonly media: MediaContext;
  /** Called for each update queued (the plugins' onUpdate hook). */
  readonly onQueued?: (accountId: number, update: Record<string, unknown>) => Promise<void>;
  readonly log?: (line: string) => void;
  readonly gapWaitMs?: number;
}

export class UpdateManagers {
  constructor(private readonly options: ManagersOptions) {
    options.store.register(stateRepository);
    options.pool.onOpen = (account) => this.open(account);
  }

  /** Opens every known bot with a webhook set; a bot that cannot be opened is logged and skipped. */
  resumeWebhooks(): void {
    const { store, updates, pool, log } = this.options;
    for (const id of store.accounts.ids()) {
      if (!updates.webhookInfo(id).url) continue;
      pool.byId(id).catch((error) => log?.(`cannot resume the updates of account ${id}: ${error instanceof Error ? error.message : error}`));
    }
  }

  private async open(account: Account): Promise<void> {
    if (account.kind !== "bot") return;
    const manager = new UpdateManager({
      account,
      db: this.options.store.account(account.id),
      media: this.options.media,
      deliver: (list, stateWrite) => this.deliver(account.id, list, stateWrite),
      ...(this.options.gapWaitMs === undefined ? {} : { gapWaitMs: this.options.gapWaitMs }),
      ...(this.options.log ? { log: this.options.log } : {}),
      onSyncError: (date) => this.options.updates.noteSynchronizationError(account.id, date),
    });
    const feed = (result: unknown) => manager.feedResult(result);
    account.resultListeners.add(feed);
    account.disconnectListeners.add(() => {
      account.resultListeners.delete(feed);
      manager.stop();
    });
    await manager.start();
  }

  private async deliver(accountId: number, list: BotApiUpdateWithoutId[], stateWrite: () => void): Promise<void> {
    const { updates, onQueued } = this.options;
    const ids = updates.enqueue(accountId, list, stateWrite);
    if (!onQueued || ids.length === 0) return;
    // enqueue keeps the allowed ones in order; the hook sees them with their ids.
    const mask = updates.queue.allowed(accountId);
    const kept = list.filter((u) => {
      const type = Object.keys(u)[0] ?? "";
      return isUpdateType(type) && isAllowed(mask, type);
    });
    for (const [index, update] of kept.entries()) {
      const id = ids[index];
      // The update is on disk already: a failing hook must not look like a failed delivery.
      await onQueued(accountId, id === undefined ? { ...update } : { update_id: id, ...update }).catch((error) =>
        this.options.log?.(`onUpdate hook failed for account ${accountId}: ${error instanceof Error ? error.message : error}`),
      );
    }
  }
}
