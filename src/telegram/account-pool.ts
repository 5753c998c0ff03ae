/**
 * One MTProto client per account, created on the account's first request and reused.
 * A bot logs in with its token once; its session is persisted in its own database, so
 * a restart reconnects without a new login — and without the token, which the gateway
 * keeps only as a hash (webhook delivery resumes by account id).
 */
import { Api } from "telegram";
import { toNumber } from "../convert/long.ts";
import { BotApiError } from "../methods/types.ts";
import type { Store } from "../store/store.ts";
import { Account, type AccountOwner, fetchSelf, isRpcError } from "./account.ts";
import type { TelegramBackend } from "./backend.ts";
import { toBotApiError } from "./errors.ts";
import { Peers, peersRepository } from "./peers.ts";
import { clearSession, loadSession, saveSession, sessionRepository } from "./session-repo.ts";

/** Errors that mean the stored session is no longer logged in. */
const LOGGED_OUT = new Set(["AUTH_KEY_UNREGISTERED", "SESSION_REVOKED", "SESSION_EXPIRED", "USER_DEACTIVATED"]);
/** Errors that mean the token itself was refused. */
const BAD_TOKEN = new Set(["ACCESS_TOKEN_INVALID", "ACCESS_TOKEN_EXPIRED", "BOT_TOKEN_INVALID"]);

const unauthorized = () => new BotApiError(401, "Unauthorized");

/** The stored session cannot be used: a token login is needed. */
class NoSession extends Error {}

type Client = Account["client"];

export class AccountPool implements AccountOwner {
  /** Unix seconds when this pool (the server) started. */
  readonly startedAt = Math.floor(Date.now() / 1000);
  /** account id → its live account (or the opening under way). */
  private readonly ids = new Map<number, Promise<Account>>();
  /** token → the account it opened in this process (or the login under way). */
  private readonly tokens = new Map<string, Promise<Account>>();
  /** The settled entries of the two maps above, so forgetting never awaits a login under way. */
  private readonly liveById = new Map<number, Account>();
  private readonly liveByToken = new Map<string, Account>();

  /** Runs when an account is opened, before it is handed out (the gateway starts its update manager). */
  onOpen?: (account: Account) => Promise<void>;

  constructor(
    private readonly backend: TelegramBackend,
    private readonly store: Store,
  ) {
    store.register(sessionRepository);
    store.register(peersRepository);
  }

  /** The bot that `token` opens, logging it in on first use; 401 for a refused token. */
  bot(token: string): Promise<Account> {
    return this.memo(this.tokens, token, async () => {
      const account = await this.loginBot(token);
      this.liveByToken.set(token, account);
      return account;
    });
  }

  /** A known account by id, from its stored session (webhook delivery after a restart). */
  byId(id: number): Promise<Account> {
    return this.memo(this.ids, id, async () => {
      const account = await this.resume(id);
      this.liveById.set(id, account);
      return account;
    });
  }

  /** Disconnects an account's client and forgets it in memory (its data stays). */
  async release(account: Account): Promise<void> {
    this.forget(account.id, (other) => other === account);
    await account.disconnect();
  }

  /** Logs the account out of Telegram and removes its session. */
  async logOut(account: Account): Promise<void> {
    await account.invoke(new Api.auth.LogOut(), "logOut");
    clearSession(this.store.account(account.id));
    await this.release(account);
  }

  async stopAll(): Promise<void> {
    const accounts = await Promise.all([...this.ids.values()].map((p) => p.catch(() => undefined)));
    this.ids.clear();
    this.tokens.clear();
    this.liveById.clear();
    this.liveByToken.clear();
    await Promise.all(accounts.map((a) => a?.disconnect()));
  }

  private memo<K>(map: Map<K, Promise<Account>>, key: K, open: () => Promise<Account>): Promise<Account> {
    let pending = map.get(key);
    if (!pending) {
      pending = open();
      map.set(key, pending);
      const settled = pending;
      settled.catch(() => map.get(key) === settled && map.delete(key));
    }
    return pending;
  }

  private async loginBot(token: string): Promise<Account> {
    const known = this.store.findByToken(token);
    if (known) {
      try {
        return await this.byId(known.id);
      } catch (error) {
        if (!(error instanceof NoSession)) throw error;
      }
    }
    const client = this.backend.createClient("");
    try {
      await client.connect();
      const me = await this.importBot(client, token);
      const id = toNumber(me.id);
      if (String(id) !== token.slice(0, token.indexOf(":"))) throw unauthorized();
      this.store.bindToken(token, id, "bot");
      saveSession(this.store.account(id), client.session.save() as unknown as string);
      // A new token for a live bot: the old token's client goes, and the old token with it.
      for (const old of this.forget(id, () => true)) void old.disconnect();
      const account = this.account(id, client, me);
      await this.onOpen?.(account);
      this.ids.set(id, Promise.resolve(account));
      this.liveById.set(id, account);
      return account;
    } catch (error) {
      await client.destroy().catch(() => undefined);
      throw error;
    }
  }

  private async resume(id: number): Promise<Account> {
    const session = loadSession(this.store.account(id));
    if (!session) throw new NoSession();
    const client = this.backend.createClient(session);
    try {
      await client.connect();
      const account = this.account(id, client, await fetchSelf(client));
      await this.onOpen?.(account);
      return account;
    } catch (error) {
      await client.destroy().catch(() => undefined);
      if (isRpcError(error) && LOGGED_OUT.has(error.errorMessage)) throw new NoSession();
      throw isRpcError(error) ? toBotApiError(error) : error;
    }
  }

  private account(id: number, client: Client, me: Api.User): Account {
    const peers = new Peers(this.store.account(id));
    peers.remember([me]);
    return new Account(this, id, "bot", client, me, peers);
  }

  private async importBot(client: Client, token: string): Promise<Api.User> {
    try {
      const auth = await client.invoke(
        new Api.auth.ImportBotAuthorization({ flags: 0, apiId: this.backend.apiId, apiHash: this.backend.apiHash, botAuthToken: token }),
      );
      if (!(auth instanceof Api.auth.Authorization) || !(auth.user instanceof Api.User)) throw unauthorized();
      return auth.user;
    } catch (error) {
      if (isRpcError(error) && BAD_TOKEN.has(error.errorMessage)) throw unauthorized();
      throw isRpcError(error) ? toBotApiError(error) : error;
    }
  }

  /** Drops the settled in-memory entries of account `id` that `match`; returns the accounts dropped. */
  private forget(id: number, match: (account: Account) => boolean): Set<Account> {
    const dropped = new Set<Account>();
    const live = this.liveById.get(id);
    if (live && match(live)) {
      this.liveById.delete(id);
      this.ids.delete(id);
      dropped.add(live);
    }
    for (const [token, account] of this.liveByToken) {
      if (account.id !== id || !match(account)) continue;
      this.liveByToken.delete(token);
      this.tokens.delete(token);
      dropped.add(account);
    }
    return dropped;
  }
}
