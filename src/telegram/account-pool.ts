/**
 * One MTProto client per account, created on the account's first request and reused.
 * A bot logs in with its token once; its session is persisted in its own database, so
 * a restart reconnects without a new login.
 */
import { Api } from "telegram";
import { toNumber } from "../convert/long.ts";
import { BotApiError } from "../methods/types.ts";
import type { Store } from "../store/store.ts";
import { Account, type AccountOwner, fetchSelf, isRpcError } from "./account.ts";
import type { TelegramBackend } from "./backend.ts";
import { toBotApiError } from "./errors.ts";
import { clearSession, loadSession, saveSession, sessionRepository } from "./session-repo.ts";

/** Errors that mean the stored session is no longer logged in. */
const LOGGED_OUT = new Set(["AUTH_KEY_UNREGISTERED", "SESSION_REVOKED", "SESSION_EXPIRED", "USER_DEACTIVATED"]);
/** Errors that mean the token itself was refused. */
const BAD_TOKEN = new Set(["ACCESS_TOKEN_INVALID", "ACCESS_TOKEN_EXPIRED", "BOT_TOKEN_INVALID"]);

const unauthorized = () => new BotApiError(401, "Unauthorized");

export class AccountPool implements AccountOwner {
  /** token → the account it opens (or the login under way). */
  private readonly byToken = new Map<string, Promise<Account>>();
  /** Unix seconds when this pool (the server) started. */
  readonly startedAt = Math.floor(Date.now() / 1000);

  constructor(
    private readonly backend: TelegramBackend,
    private readonly store: Store,
  ) {
    store.register(sessionRepository);
  }

  /** The bot that `token` opens, logging it in on first use; 401 for a refused token. */
  bot(token: string): Promise<Account> {
    let pending = this.byToken.get(token);
    if (!pending) {
      pending = this.loginBot(token);
      this.byToken.set(token, pending);
      pending.catch(() => this.byToken.delete(token));
    }
    return pending;
  }

  /** Disconnects an account's client and forgets it in memory (its data stays). */
  async release(account: Account): Promise<void> {
    for (const [token, pending] of this.byToken) {
      if ((await pending.catch(() => undefined)) === account) this.byToken.delete(token);
    }
    await account.disconnect();
  }

  /** Logs the account out of Telegram and removes its session. */
  async logOut(account: Account): Promise<void> {
    await account.invoke(new Api.auth.LogOut(), "logOut");
    clearSession(this.store.account(account.id));
    await this.release(account);
  }

  async stopAll(): Promise<void> {
    const accounts = await Promise.all([...this.byToken.values()].map((p) => p.catch(() => undefined)));
    this.byToken.clear();
    await Promise.all(accounts.map((a) => a?.disconnect()));
  }

  private async loginBot(token: string): Promise<Account> {
    const known = this.store.findByToken(token);
    const client = this.backend.createClient(known ? loadSession(this.store.account(known.id)) : "");
    try {
      await client.connect();
      let me = known ? await this.resumed(client) : undefined;
      if (!me) me = await this.importBot(client, token);
      const id = toNumber(me.id);
      if (String(id) !== token.slice(0, token.indexOf(":"))) throw unauthorized();
      this.store.bindToken(token, id, "bot");
      saveSession(this.store.account(id), client.session.save() as unknown as string);
      this.forgetOtherTokens(token, id);
      return new Account(this, id, "bot", client, me);
    } catch (error) {
      await client.destroy().catch(() => undefined);
      throw error;
    }
  }

  /** The stored session's user, or undefined when the session is logged out. */
  private async resumed(client: Account["client"]): Promise<Api.User | undefined> {
    try {
      return await fetchSelf(client);
    } catch (error) {
      if (isRpcError(error) && LOGGED_OUT.has(error.errorMessage)) return undefined;
      throw isRpcError(error) ? toBotApiError(error) : error;
    }
  }

  private async importBot(client: Account["client"], token: string): Promise<Api.User> {
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

  /** A new token for the same bot replaces the old one: the old token must stop working. */
  private forgetOtherTokens(token: string, id: number): void {
    for (const [other, pending] of this.byToken) {
      if (other === token) continue;
      pending.then(
        (account) => {
          if (account.id !== id || this.byToken.get(other) !== pending) return;
          this.byToken.delete(other);
          void account.disconnect();
        },
        () => undefined,
      );
    }
  }
}
