/**
 * Runs one API call: decodes it with GramJS's TL classes, unwraps the invoke* wrappers,
 * asks the dispatcher, and encodes `rpc_result` with the result or an `rpc_error`.
 * https://core.telegram.org/mtproto/description#remote-procedure-call-rpc
 * https://core.telegram.org/api/invoking
 */
import type { Api } from "telegram";
import { BinaryReader } from "telegram/extensions";
import { gzipSync } from "node:zlib";
import { rpcError, rpcResult, gzipPacked } from "./service.ts";
import type { Session } from "./session.ts";
import { RpcError, type AuthKeyStore, type FaultState, type RpcCaller, type RpcDispatcher } from "./types.ts";

export interface RpcEnv {
  dcId: number;
  dispatcher: RpcDispatcher;
  authKeys: AuthKeyStore;
  faults: FaultState;
}

/** rpc_error texts the transport layer itself produces. */
export const ERRORS = {
  inputMethodInvalid: [400, "INPUT_METHOD_INVALID"],
  internal: [500, "INTERNAL"],
} as const satisfies Record<string, readonly [number, string]>;

interface Call {
  request: Api.AnyRequest;
  layer?: number;
  afterMsgIds: bigint[];
  withoutUpdates: boolean;
}

/** Wrappers whose `query` is the real call. */
const PASS_THROUGH = new Set([
  "InitConnection",
  "InvokeWithTakeout",
  "InvokeWithMessagesRange",
  "InvokeWithBusinessConnection",
  "InvokeWithGooglePlayIntegrity",
  "InvokeWithApnsSecret",
]);

/**
 * GramJS's TypeNotFoundError calls the global `alert` when one exists, and Bun's `alert`
 * waits for Enter on stdin: a client sending an unknown constructor must not stall the
 * server, so reading runs with `alert` silenced (synchronously, nothing else runs meanwhile).
 */
function readObject(body: Buffer): any {
  const g = globalThis as { alert?: unknown };
  const saved = g.alert;
  g.alert = undefined;
  try {
    return new BinaryReader(body).tgReadObject();
  } catch {
    return undefined;
  } finally {
    g.alert = saved;
  }
}

/** Decodes a call; undefined when the body is not a request GramJS's schema knows. */
export function decodeCall(body: Buffer): Call | undefined {
  let obj = readObject(body);
  const call: Call = { request: obj, afterMsgIds: [], withoutUpdates: false };
  for (;;) {
    if (!obj || obj.classType !== "request") return undefined;
    const name: string = obj.className;
    if (name === "InvokeWithLayer") call.layer = obj.layer;
    else if (name === "InvokeWithoutUpdates") call.withoutUpdates = true;
    else if (name === "InvokeAfterMsg") call.afterMsgIds.push(BigInt(obj.msgId.toString()));
    else if (name === "InvokeAfterMsgs") for (const id of obj.msgIds) call.afterMsgIds.push(BigInt(id.toString()));
    else if (!PASS_THROUGH.has(name)) break;
    obj = obj.query;
  }
  call.request = obj;
  return call;
}

/** Results smaller than this are not worth compressing. */
const GZIP_MIN = 4096;
/** upload.file and upload.cdnFile carry file bytes, which rarely compress. */
const INCOMPRESSIBLE = new Set([0x096a18d5, 0xa99fca4f]);

function packResult(result: Buffer): Buffer {
  if (result.length < GZIP_MIN || INCOMPRESSIBLE.has(result.readUInt32LE(0))) return result;
  const packed = gzipPacked(gzipSync(result, { level: 1 }));
  return packed.length < result.length ? packed : result;
}

/** Runs the call in `body` (client msg `msgId`) and sends its answer on the session. */
export function runRpc(env: RpcEnv, session: Session, msgId: bigint, body: Buffer): void {
  session.expectAck(msgId);
  const call = decodeCall(body);
  if (call?.layer !== undefined) session.layer = call.layer;
  if (call && !call.withoutUpdates) session.subscribed = true;
  const done = answer(env, session, call).then((result) => session.answer(msgId, rpcResult(msgId, result)));
  session.trackCompletion(msgId, done);
}

async function answer(env: RpcEnv, session: Session, call: Call | undefined): Promise<Buffer> {
  if (!call) return rpcError(...ERRORS.inputMethodInvalid);
  try {
    for (const id of call.afterMsgIds) await session.completions.get(id);
    if (env.faults.delayMs > 0) await Bun.sleep(env.faults.delayMs);
    const caller: RpcCaller = {
      dcId: env.dcId,
      authKeyId: session.authKeyIdText,
      sessionId: session.sessionId.toString(),
      accountId: env.authKeys.get(session.authKeyIdText)?.accountId,
      layer: session.layer,
    };
    const result = await env.dispatcher(caller, call.request);
    return packResult(Buffer.isBuffer(result) ? result : result.getBytes());
  } catch (e) {
    if (e instanceof RpcError) return rpcError(e.code, e.errorMessage);
    console.error(`sandbox: ${call.request.className} failed:`, e);
    return rpcError(...ERRORS.internal);
  }
}
