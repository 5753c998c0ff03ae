/** messages.* calls of the Bot API's message methods: chat actions and unpinning all. */
import { Api } from "telegram";
import { setTyping } from "../world/chat-actions.ts";
import { unpinAll } from "../world/pins.ts";
import { bool, type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolvePeer } from "./peers.ts";

export const botMessagesHandlers: HandlerTable = {
  "messages.SetTyping": (ctx: RpcContext, request: Api.messages.SetTyping) => {
    const actor = me(ctx);
    setTyping(ctx.world, actor, resolvePeer(ctx.world, actor, request.peer), request.action, request.topMsgId === undefined ? undefined : Number(request.topMsgId));
    return bool(true);
  },
  "messages.UnpinAllMessages": (ctx: RpcContext, request: Api.messages.UnpinAllMessages) => {
    const actor = me(ctx);
    return unpinAll(ctx.world, actor, resolvePeer(ctx.world, actor, request.peer));
  },
};
