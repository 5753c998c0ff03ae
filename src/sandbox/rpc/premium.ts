/** premium.*: boosting chats and listing a user's boosts. */
import { Api } from "telegram";
import { applyBoost, userBoosts } from "../world/boosts.ts";
import { chatTl, userTl } from "../world/tl.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolveChannel, resolveUser } from "./peers.ts";

export const premiumHandlers: HandlerTable = {
  "premium.ApplyBoost": (ctx: RpcContext, request: Api.premium.ApplyBoost) => {
    const user = me(ctx);
    const chat = resolveChannel(ctx.world, user, request.peer);
    return new Api.premium.MyBoosts({
      myBoosts: [applyBoost(ctx.world, user, chat, request.slots?.[0])],
      chats: [chatTl(ctx.world, chat, user.id)],
      users: [],
    });
  },
  "premium.GetUserBoosts": (ctx: RpcContext, request: Api.premium.GetUserBoosts) => {
    const viewer = me(ctx);
    const chat = resolveChannel(ctx.world, viewer, request.peer);
    const user = resolveUser(ctx.world, viewer, request.userId);
    const boosts = userBoosts(ctx.world, viewer, chat, user.id);
    return new Api.premium.BoostsList({ count: boosts.length, boosts, users: [userTl(user, viewer.id)] });
  },
};
