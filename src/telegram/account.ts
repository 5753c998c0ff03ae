/** One logged-in account: its GramJS client and what the gateway knows of it. */
import { Api, type TelegramClient } from "telegram";
import { toBotApiError } from "./errors.ts";
import type { Peers } from "./peers.ts";

/** What an account needs of the pool that holds it. */
export interface AccountOwner {
  /** Unix seconds when the server started. */
  readonly startedAt: number;
  release(account: Account): Promise<void>;
  logOut(account: Account): Promise<void>;
}

export class Account {
  constructor(
    private readonly owner: AccountOwner,
    readonly id: number,
    readonly kind: "bot" | "user",
    readonly client: TelegramClient,
    /** The account's own user, as Telegram last gave it. */
    public me: Api.User,
    readonly peers: Peers,
    /** Unix seconds when this process logged the account in. */
    readonly launchedAt = Math.floor(Date.now() / 1000),
  ) {}

  /** Sees every RPC result (the update manager takes the Updates of the account's own calls). */
  readonly resultListeners = new Set<(result: unknown) => void>();
  /** Run when the account disconnects (its update manager stops). */
  readonly disconnectListeners = new Set<() => void>();

  /**
   * Calls Telegram; an RPC error becomes the official Bot API error for `method` (the
   * Bot API method being served), so handlers never translate errors themselves.
   * `dcId` sends it to another DC (an inline message's), through an exported authorization.
   */
  async invoke<R extends Api.AnyRequest>(request: R, method = "", dcId?: number): Promise<R["__response"]> {
    try {
      const away = dcId !== undefined && dcId !== this.client.session.dcId;
      const result = await (away ? this.client.invoke(request, dcId) : this.client.invoke(request));
      this.rememberPeers(result);
      for (const listener of this.resultListeners) listener(result);
      return result;
    } catch (error) {
      if (isRpcError(error)) throw toBotApiError(error, method);
      throw error;
    }
  }

  /** Every TL result that carries users or chats teaches the directory their access hashes. */
  rememberPeers(result: unknown): void {
    if (typeof result !== "object" || result === null) return;
    const { users, chats } = result as { users?: unknown; chats?: unknown };
    const seen = [...(Array.isArray(users) ? users : []), ...(Array.isArray(chats) ? chats : [])];
    if (seen.length > 0) this.peers.remember(seen);
  }

  get serverStartedAt(): number {
    return this.owner.startedAt;
  }

  /** Disconnects and leaves the pool; the account's data stays and a new request relaunches it. */
  close(): Promise<void> {
    return this.owner.release(this);
  }

  /** Logs out of Telegram and forgets the session. */
  logOut(): Promise<void> {
    return this.owner.logOut(this);
  }

  async disconnect(): Promise<void> {
    for (const listener of this.disconnectListeners) listener();
    this.disconnectListeners.clear();
    await this.client.destroy().catch(() => undefined);
  }
}

export function isRpcError(error: unknown): error is { code?: number; errorMessage: string; seconds?: number } {
  return typeof error === "object" && error !== null && typeof (error as { errorMessage?: unknown }).errorMessage === "string";
}

/** The account's own user, fresh from Telegram. */
export async function fetchSelf(client: TelegramClient): Promise<Api.User> {
  const [self] = await client.invoke(new Api.users.GetUsers({ id: [new Api.InputUserSelf()] }));
  if (!(self instanceof Api.User)) throw new Error("Telegram returned no user for InputUserSelf");
  return self;
}
