/** What every RPC handler receives, and the shape of the per-area handler tables. */
import type { RpcCaller, RpcResult } from "../mtproto/types.ts";
import { rpcError } from "../world/errors.ts";
import type { Account } from "../world/types.ts";
import type { World } from "../world/world.ts";

export interface DcAddress {
  id: number;
  host: string;
  port: number;
}

/** State the dispatcher keeps across calls (not persisted: logins in progress). */
export interface RpcState {
  /** auth keys that passed the code step of a 2FA account and now owe the password. */
  readonly pendingPassword: Map<string, number>;
  /** Authorizations exported for another DC: id → account and target DC. */
  readonly exported: Map<string, { accountId: number; dcId: number; bytes: Buffer }>;
}

export interface RpcContext {
  readonly world: World;
  readonly caller: RpcCaller;
  readonly dcs: readonly DcAddress[];
  readonly state: RpcState;
  /** The logged-in account of this auth key, if any. */
  readonly account: Account | undefined;
  /** Also push the caller's own events to its sessions (actions from the control API). */
  readonly echo: boolean;
}

// Handlers receive GramJS's decoded request; each narrows it to its own class.
export type Handler = (ctx: RpcContext, request: any) => Promise<RpcResult> | RpcResult;
export type HandlerTable = Record<string, Handler>;

/** The caller's account, or 401 AUTH_KEY_UNREGISTERED. */
export function me(ctx: RpcContext): Account {
  if (!ctx.account) throw rpcError("AUTH_KEY_UNREGISTERED");
  return ctx.account;
}

export function userOnly(account: Account): Account {
  if (account.kind === "bot") throw rpcError("BOT_METHOD_INVALID");
  return account;
}

const VECTOR = 0x1cb5c415;
const BOOL_TRUE = 0x997275b5;
const BOOL_FALSE = 0xbc799737;

/** A boxed Vector<T> of TL objects (GramJS cannot serialize a bare vector result). */
export function vector(items: ReadonlyArray<{ getBytes(): Buffer }>): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(VECTOR, 0);
  head.writeInt32LE(items.length, 4);
  return Buffer.concat([head, ...items.map((item) => item.getBytes())]);
}

export function bool(value: boolean): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value ? BOOL_TRUE : BOOL_FALSE, 0);
  return out;
}
