/**
 * POST /control/act: any TL method run as an account inside the world, through the same
 * dispatcher that answers GramJS, with params built by the TL schema.
 */
import { Api } from "telegram";
import { BinaryReader } from "telegram/extensions";
import { CONTROL_SESSION } from "../rpc/dispatcher.ts";
import { big } from "../world/tl.ts";
import type { Account } from "../world/types.ts";
import { accountOf, type Body, ControlError, type ControlEnv, isString, requireField, targetOf } from "./env.ts";
import { build, type PeerInput, tlToJson } from "./tl-json.ts";
import { tlDefinition } from "./tl-schema.ts";

function peerInputFor(env: ControlEnv, as: Account): PeerInput {
  return (chatId, type) => {
    if (chatId === as.id) return type === "InputUser" ? new Api.InputUserSelf() : new Api.InputPeerSelf();
    const target = targetOf(env, as, chatId);
    if (target.kind === "user") {
      const args = { userId: big(target.account.id), accessHash: big(target.account.accessHash) };
      return type === "InputUser" ? new Api.InputUser(args) : new Api.InputPeerUser(args);
    }
    const { chat } = target;
    if (chat.kind === "group") {
      if (type !== "InputPeer") throw new ControlError(400, `chat ${chatId} is a basic group, not a ${type}`);
      return new Api.InputPeerChat({ chatId: big(chat.id) });
    }
    const args = { channelId: big(chat.id), accessHash: big(chat.accessHash) };
    return type === "InputChannel" ? new Api.InputChannel(args) : new Api.InputPeerChannel(args);
  };
}

export async function act(env: ControlEnv, body: Body) {
  const as = accountOf(env, "as", body.as);
  const method = requireField(body, "method", isString, "a TL method name");
  const def = tlDefinition(method);
  if (!def?.isFunction) throw new ControlError(400, `unknown TL method ${method}`);
  const params = body.params ?? {};
  let request: Api.AnyRequest;
  try {
    request = build(params, peerInputFor(env, as), "params", def.className) as Api.AnyRequest;
  } catch (error) {
    if (error instanceof ControlError) throw error;
    throw new ControlError(400, (error as Error).message);
  }
  const caller = { dcId: as.dcId, authKeyId: `control:${as.id}`, sessionId: CONTROL_SESSION, accountId: as.id };
  const result = await env.dispatch(caller, request);
  const value = Buffer.isBuffer(result) ? new BinaryReader(result).tgReadObject() : result;
  return typeof value === "boolean" ? value : tlToJson(value);
}
