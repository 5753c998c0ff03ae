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

/** One permanent auth key as the server keeps it. */
export interface StoredAuthKey {
  /** The 256-byte key exactly as DH produced it (leading zero bytes kept). */
  readonly key: Buffer;
  /** The DC whose handshake created it (or that imported it). */
  readonly dcId: number;
  readonly accountId?: number;
}

/**
 * Where auth keys live; the world persists it. Keyed by auth_key_id as a decimal string
 * (the same form as RpcCaller.authKeyId). `get` runs for every incoming packet, so it
 * must answer from memory.
 */
export interface AuthKeyStore {
  get(authKeyId: string): StoredAuthKey | undefined;
  set(authKeyId: string, value: StoredAuthKey): void;
  delete(authKeyId: string): void;
}

/** Transport-level faults the control API can inject (POST /control/faults). */
export interface FaultState {
  /** Added before every RPC answer, in milliseconds (0: none). */
  delayMs: number;
  /**
   * When set, the server keeps answering `dh_gen_retry` until a handshake yields an auth
   * key whose first byte is 0, answers that one with `dh_gen_ok` and clears the flag.
   */
  zeroLeadingAuthKey: boolean;
  /** Closes every client connection now. */
  dropConnections(): void;
}
