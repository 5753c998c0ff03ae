/** messages.sendVote: a user votes in a poll. */
import type { Api } from "telegram";
import { sendVote } from "../world/polls.ts";
import { type HandlerTable, me, type RpcContext, userOnly } from "./context.ts";
import { resolvePeer } from "./peers.ts";

export const pollsHandlers: HandlerTable = {
  "messages.SendVote": (ctx: RpcContext, request: Api.messages.SendVote) => {
    const voter = userOnly(me(ctx));
    const target = resolvePeer(ctx.world, voter, request.peer);
    return sendVote(ctx.world, voter, target, Number(request.msgId), request.options.map((o) => Buffer.from(o)), ctx.echo);
  },
};
