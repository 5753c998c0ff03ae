/**
 * Live sessions of every DC, and the SessionHub the world uses to push updates, bind auth
 * keys to accounts and drop connections.
 */
import type { Api } from "telegram";
import { Session, type SessionLink } from "./session.ts";
import type { AuthKeyStore, SessionHub } from "./types.ts";

/** A client connection as the hub sees it. */
export interface HubConnection extends SessionLink {
  destroy(): void;
}

export class Hub implements SessionHub {
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<HubConnection>();

  constructor(private readonly authKeys: AuthKeyStore) {}

  /** The session `sessionId` of auth key `authKeyId`, now reached through `link`. */
  session(authKeyId: bigint, key: Buffer, sessionId: bigint, link: HubConnection): Session {
    const name = `${authKeyId}:${sessionId}`;
    let session = this.sessions.get(name);
    if (!session || !session.authKey.equals(key)) {
      session?.close();
      session = new Session(authKeyId, authKeyId.toString(), key, sessionId);
      this.sessions.set(name, session);
    }
    session.link = link;
    return session;
  }

  /** destroy_session: forgets another session of the same auth key. */
  destroySession(asker: Session, sessionId: bigint): boolean {
    const name = `${asker.authKeyId}:${sessionId}`;
    const session = this.sessions.get(name);
    if (!session || session === asker) return false;
    session.close();
    this.sessions.delete(name);
    return true;
  }

  addConnection(conn: HubConnection): void {
    this.connections.add(conn);
  }

  /** A closed connection ends the sessions it was the last link of. */
  removeConnection(conn: HubConnection): void {
    this.connections.delete(conn);
    for (const [name, session] of this.sessions) {
      if (session.link === conn) {
        session.close();
        this.sessions.delete(name);
      }
    }
  }

  push(accountId: number, updates: Api.TypeUpdates): void {
    let body: Buffer | undefined;
    for (const session of this.sessions.values()) {
      if (!session.subscribed || !session.link || session.link.closed) continue;
      if (this.authKeys.get(session.authKeyIdText)?.accountId !== accountId) continue;
      body ??= updates.getBytes();
      session.pushUpdates(body);
    }
  }

  bind(authKeyId: string, accountId: number | null): void {
    const stored = this.authKeys.get(authKeyId);
    if (!stored) return;
    const { accountId: _old, ...rest } = stored;
    this.authKeys.set(authKeyId, accountId === null ? rest : { ...rest, accountId });
  }

  dropConnections(): void {
    for (const conn of [...this.connections]) conn.destroy();
  }
}
