/** updates.getState, getDifference and getChannelDifference. */
import type { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import { history } from "../world/messages.ts";
import { accountDifference, channelDifference, stateTl } from "../world/updates.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolveChannel } from "./peers.ts";

function getDifference(ctx: RpcContext, request: Api.updates.GetDifference) {
  return accountDifference(ctx.world, me(ctx), {
    pts: request.pts,
    qts: request.qts ?? 0,
    date: request.date,
    ptsTotalLimit: request.ptsTotalLimit,
  });
}

function getChannelDifference(ctx: RpcContext, request: Api.updates.GetChannelDifference) {
  const viewer = me(ctx);
  const chat = resolveChannel(ctx.world, viewer, request.channel);
  if (!ctx.world.member(chat, viewer.id) && !chat.username) throw rpcError("CHANNEL_PRIVATE");
  if (request.pts <= 0) throw rpcError("PERSISTENT_TIMESTAMP_INVALID");
  const top = () => history(ctx.world, viewer, { kind: "chat", chat }, 0, 0, 1);
  return channelDifference(ctx.world, chat, viewer.id, request.pts, request.limit, top);
}

export const updatesHandlers: HandlerTable = {
  "updates.GetState": (ctx: RpcContext) => stateTl(me(ctx)),
  "updates.GetDifference": getDifference,
  "updates.GetChannelDifference": getChannelDifference,
};
