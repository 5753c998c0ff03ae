/** Invite links and join requests (world/invites.ts) over messages.*. */
import { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import { editInvite, exportInvite, hideJoinRequest, importInvite, inviteTl } from "../world/invites.ts";
import { updatesFor } from "../world/push.ts";
import { chatTl, userTl } from "../world/tl.ts";
import type { Chat } from "../world/types.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolvePeer, resolveUser } from "./peers.ts";

function chatOf(ctx: RpcContext, peer: unknown): Chat {
  const target = resolvePeer(ctx.world, me(ctx), peer);
  if (target.kind !== "chat") throw rpcError("PEER_ID_INVALID");
  return target.chat;
}

function withChat(ctx: RpcContext, chat: Chat, updates: Api.TypeUpdate[]): Api.Updates {
  const result = updatesFor(ctx.world, me(ctx).id, updates);
  if (!result.chats.some((c) => c.id.toJSNumber() === chat.id)) result.chats.push(chatTl(ctx.world, chat, me(ctx).id));
  return result;
}

const adminOf = (ctx: RpcContext, adminId: number) => userTl(ctx.world.account(adminId) ?? me(ctx), me(ctx).id);

export const invitesHandlers: HandlerTable = {
  "messages.ExportChatInvite": (ctx, request: Api.messages.ExportChatInvite) => {
    const pricing = request.subscriptionPricing;
    const link = exportInvite(ctx.world, me(ctx), chatOf(ctx, request.peer), {
      title: request.title || undefined,
      expireDate: request.expireDate || undefined,
      usageLimit: request.usageLimit || undefined,
      requestNeeded: request.requestNeeded || undefined,
      subscription: pricing ? { period: pricing.period, amount: pricing.amount.toJSNumber() } : undefined,
    }, request.legacyRevokePermanent ?? false);
    return inviteTl(link);
  },
  "messages.EditExportedChatInvite": (ctx, request: Api.messages.EditExportedChatInvite) => {
    const { invite, replacement } = editInvite(ctx.world, me(ctx), chatOf(ctx, request.peer), request.link, {
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
    const chat = chatOf(ctx, request.peer);
    const user = resolveUser(ctx.world, me(ctx), request.userId);
    return withChat(ctx, chat, hideJoinRequest(ctx.world, me(ctx), chat, user.id, request.approved ?? false, ctx.echo));
  },
};
