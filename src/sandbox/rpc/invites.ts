/** Invite links and join requests (world/invites.ts) over messages.*. */
import { Api } from "telegram";
import { editInvite, exportInvite, hideJoinRequest, importInvite, inviteTl } from "../world/invites.ts";
import { userTl } from "../world/tl.ts";
import { chatOfPeer, withChat } from "./chats.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolveUser } from "./peers.ts";

const adminOf = (ctx: RpcContext, adminId: number) => userTl(ctx.world.account(adminId) ?? me(ctx), me(ctx).id);

export const invitesHandlers: HandlerTable = {
  "messages.ExportChatInvite": (ctx, request: Api.messages.ExportChatInvite) => {
    const pricing = request.subscriptionPricing;
    const link = exportInvite(ctx.world, me(ctx), chatOfPeer(ctx, request.peer), {
      title: request.title || undefined,
      expireDate: request.expireDate || undefined,
      usageLimit: request.usageLimit || undefined,
      requestNeeded: request.requestNeeded || undefined,
      subscription: pricing ? { period: pricing.period, amount: pricing.amount.toJSNumber() } : undefined,
    }, request.legacyRevokePermanent ?? false);
    return inviteTl(link);
  },
  "messages.EditExportedChatInvite": (ctx, request: Api.messages.EditExportedChatInvite) => {
    const { invite, replacement } = editInvite(ctx.world, me(ctx), chatOfPeer(ctx, request.peer), request.link, {
      revoked: request.revoked,
      title: request.title,
      expireDate: request.expireDate,
      usageLimit: request.usageLimit,
      requestNeeded: request.requestNeeded,
    });
    const users = [adminOf(ctx, invite.adminId)];
    if (replacement) return new Api.messages.ExportedChatInviteReplaced({ invite: inviteTl(invite), newInvite: inviteTl(replacement), users });
    return new Api.messages.ExportedChatInvite({ invite: inviteTl(invite), users });
  },
  "messages.ImportChatInvite": (ctx, request: Api.messages.ImportChatInvite) => {
    const { chat, updates } = importInvite(ctx.world, me(ctx), request.hash, ctx.echo);
    return withChat(ctx, chat, updates);
  },
  "messages.HideChatJoinRequest": (ctx, request: Api.messages.HideChatJoinRequest) => {
    const chat = chatOfPeer(ctx, request.peer);
    const user = resolveUser(ctx.world, me(ctx), request.userId);
    return withChat(ctx, chat, hideJoinRequest(ctx.world, me(ctx), chat, user.id, request.approved ?? false, ctx.echo));
  },
};
