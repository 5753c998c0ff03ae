/**
 * The seam between the MTProto server (transport, crypto, sessions) and the world that
 * answers RPCs. The server decodes each API call with GramJS's TL classes and hands it
 * here; it knows nothing of users or chats.
 */
import type { Api } from "telegram";

/** Who is calling: one MTProto session on one DC. */
export interface RpcCaller {
  readonly dcId: number;
  /** auth_key_id as a decimal string (64-bit). */
  readonly authKeyId: string;
  readonly sessionId: string;
  /** The world account this auth key is logged in as, if any. */
  readonly accountId?: number;
  /** Layer from invokeWithLayer, when the client sent it. */
  readonly layer?: number;
}

/**
 * Answers one API call (already unwrapped from invokeWithLayer / initConnection /
 * invokeAfterMsg / invokeWithoutUpdates). Returns a TL object (anything with
 * getBytes()), or a raw serialized body for results GramJS cannot serialize by itself
 * (vectors, primitives), or throws an RpcError.
 */
export type RpcDispatcher = (caller: RpcCaller, request: Api.AnyRequest) => Promise<RpcResult>;

export type RpcResult = { getBytes(): Buffer } | Buffer;

/** An `rpc_error` answer: Telegram's code and upper-case message, e.g. 400 PEER_ID_INVALID. */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    readonly errorMessage: string,
  ) {
    super(`${code} ${errorMessage}`);
    this.name = "RpcError";
  }
}

/** How the world reaches connected sessions: the MTProto server implements it. */
export interface SessionHub {
  /** Pushes an Updates object to every live session logged in as `accountId`. */
  push(accountId: number, updates: Api.TypeUpdates): void;
  /** Binds an auth key to an account after a login (null: logged out / revoked). */
  bind(authKeyId: string, accountId: number | null): void;
  /** Closes every client connection (a fault the control API can inject). */
  dropConnections(): void;
}
