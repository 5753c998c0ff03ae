/**
 * The MTProto server's AuthKeyStore, persisted in the world's SQLite file and answered from
 * memory (the server looks a key up for every packet).
 */
import type { AuthKeyStore, StoredAuthKey } from "../mtproto/types.ts";
import type { WorldStore } from "./store.ts";

export class WorldAuthKeys implements AuthKeyStore {
  private readonly keys = new Map<string, StoredAuthKey>();

  constructor(private readonly store: WorldStore) {
    for (const row of store.loadAuthKeys()) {
      this.keys.set(row.id, { key: row.key, dcId: row.dcId, ...(row.accountId === null ? {} : { accountId: row.accountId }) });
    }
  }

  get(authKeyId: string): StoredAuthKey | undefined {
    return this.keys.get(authKeyId);
  }

  set(authKeyId: string, value: StoredAuthKey): void {
    this.keys.set(authKeyId, value);
    this.store.setAuthKey({ id: authKeyId, dcId: value.dcId, accountId: value.accountId ?? null, key: value.key });
  }

  delete(authKeyId: string): void {
    this.keys.delete(authKeyId);
    this.store.deleteAuthKey(authKeyId);
  }

  /** Logs out every key of one account (its sessions then get AUTH_KEY_UNREGISTERED). */
  unbindAccount(accountId: number): void {
    for (const [id, { accountId: owner, ...rest }] of this.keys) if (owner === accountId) this.set(id, rest);
  }

  /** Logs every key out but keeps it, so its sessions get AUTH_KEY_UNREGISTERED. */
  unbindAll(): void {
    for (const [id, { accountId: _gone, ...rest }] of this.keys) this.set(id, rest);
  }
}
