/** A world and its dispatcher, called with GramJS request objects as the server would. */
import { Api } from "telegram";
import { BinaryReader } from "telegram/extensions";
import type { RpcCaller, SessionHub } from "../../../src/sandbox/mtproto/types.ts";
import { createDispatcher } from "../../../src/sandbox/rpc/dispatcher.ts";
import { big } from "../../../src/sandbox/world/tl.ts";
import type { Account } from "../../../src/sandbox/world/types.ts";
import { World, type WorldOptions } from "../../../src/sandbox/world/world.ts";

/** Records what the world pushes, per account. */
export class RecordingHub implements SessionHub {
  readonly pushed: Array<{ accountId: number; updates: Api.TypeUpdates }> = [];
  readonly bound = new Map<string, number | null>();
  push(accountId: number, updates: Api.TypeUpdates): void {
    this.pushed.push({ accountId, updates });
  }
  bind(authKeyId: string, accountId: number | null): void {
    this.bound.set(authKeyId, accountId);
  }
  dropConnections(): void {}
  to(accountId: number): Api.TypeUpdates[] {
    return this.pushed.filter((p) => p.accountId === accountId).map((p) => p.updates);
  }
}

export function makeWorld(options: Partial<WorldOptions> = {}) {
  const world = new World({ dcCount: 2, ...options });
  const hub = new RecordingHub();
  world.attachHub(hub);
  const dispatch = createDispatcher({ world, dcs: () => [{ id: 1, host: "127.0.0.1", port: 1 }, { id: 2, host: "127.0.0.1", port: 2 }] });
  let keys = 0;
  /** Calls as an account (on its home DC) or as an anonymous key on `dcId`. */
  async function call<T = any>(who: Account | { dcId: number; authKeyId?: string }, request: Api.AnyRequest): Promise<T> {
    const caller: RpcCaller =
      "id" in who
        ? { dcId: who.dcId, authKeyId: `k${who.id}`, sessionId: "s", accountId: who.id }
        : { dcId: who.dcId, authKeyId: who.authKeyId ?? `anon${++keys}`, sessionId: "s" };
    const result = await dispatch(caller, request);
    return (Buffer.isBuffer(result) ? new BinaryReader(result).tgReadObject() : result) as T;
  }
  return { world, hub, dispatch, call };
}

/** The InputPeer an account uses for another account. */
export function inputUser(account: Account): Api.InputPeerUser {
  return new Api.InputPeerUser({ userId: big(account.id), accessHash: big(account.accessHash) });
}
