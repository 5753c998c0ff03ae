/** Joining, leaving, inviting, kicking, restricting, promoting and pinning. */
import { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import { addMembers, join, pin, removeMember, restrict, setAdmin } from "../world/members.ts";
import { sendMessage } from "../world/messages.ts";
import { updatesFor } from "../world/push.ts";
import { chatTl } from "../world/tl.ts";
import type { AdminRights, BannedRights, Chat } from "../world/types.ts";
import { FULL_ADMIN_RIGHTS } from "../world/world.ts";
import { bool, type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolveChannel, resolveGroup, resolvePeer, resolveUser } from "./peers.ts";

/** The actor's `updates`, with the chat always included (channels may have no message). */
function answer(ctx: RpcContext, chat: Chat, updates: Api.TypeUpdate[]): Api.Updates {
  const result = updatesFor(ctx.world, me(ctx).id, updates);
  if (!result.chats.some((c) => c.id.toJSNumber() === chat.id)) result.chats.push(chatTl(ctx.world, chat, me(ctx).id));
  return result;
}

/** TL flag objects (ChatAdminRights, ChatBannedRights) → the world's plain records. */
function flagsOf<T extends Record<string, unknown>>(tl: object, extra: (keyof T)[] = []): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tl)) {
    if (value === true || extra.includes(key)) out[key] = value;
  }
  return out as T;
}

function invited(ctx: RpcContext, chat: Chat, updates: Api.TypeUpdate[]) {
  return new Api.messages.InvitedUsers({ updates: answer(ctx, chat, updates), missingInvitees: [] });
}

export const membersHandlers: HandlerTable = {
  "messages.AddChatUser": (ctx, request: Api.messages.AddChatUser) => {
    const chat = resolveGroup(ctx.world, request.chatId.toJSNumber());
    const user = resolveUser(ctx.world, me(ctx), request.userId);
    return invited(ctx, chat, addMembers(ctx.world, me(ctx), chat, [user.id], ctx.echo));
  },
  "channels.InviteToChannel": (ctx, request: Api.channels.InviteToChannel) => {
    const chat = resolveChannel(ctx.world, me(ctx), request.channel);
    const users = request.users.map((input) => resolveUser(ctx.world, me(ctx), input).id);
    return invited(ctx, chat, addMembers(ctx.world, me(ctx), chat, users, ctx.echo));
  },
  "messages.DeleteChatUser": (ctx, request: Api.messages.DeleteChatUser) => {
    const chat = resolveGroup(ctx.world, request.chatId.toJSNumber());
    const user = resolveUser(ctx.world, me(ctx), request.userId);
    return answer(ctx, chat, removeMember(ctx.world, me(ctx), chat, user.id, false, ctx.echo));
  },
  "channels.JoinChannel": (ctx, request: Api.channels.JoinChannel) => {
    const chat = resolveChannel(ctx.world, me(ctx), request.channel);
    return answer(ctx, chat, join(ctx.world, me(ctx), chat, ctx.echo));
  },
  "channels.LeaveChannel": (ctx, request: Api.channels.LeaveChannel) => {
    const chat = resolveChannel(ctx.world, me(ctx), request.channel);
    if (chat.creatorId === me(ctx).id) throw rpcError("USER_CREATOR");
    return answer(ctx, chat, removeMember(ctx.world, me(ctx), chat, me(ctx).id, false, ctx.echo));
  },
  "channels.EditBanned": (ctx, request: Api.channels.EditBanned) => {
    const chat = resolveChannel(ctx.world, me(ctx), request.channel);
    const user = resolveUser(ctx.world, me(ctx), request.participant);
    restrict(ctx.world, me(ctx), chat, user.id, flagsOf<BannedRights>(request.bannedRights, ["untilDate"]));
    return answer(ctx, chat, []);
  },
  "channels.EditAdmin": (ctx, request: Api.channels.EditAdmin) => {
    const chat = resolveChannel(ctx.world, me(ctx), request.channel);
    const user = resolveUser(ctx.world, me(ctx), request.userId);
    setAdmin(ctx.world, me(ctx), chat, user.id, flagsOf<AdminRights>(request.adminRights), request.rank || undefined);
    return answer(ctx, chat, []);
  },
  "messages.EditChatAdmin": (ctx, request: Api.messages.EditChatAdmin) => {
    const chat = resolveGroup(ctx.world, request.chatId.toJSNumber());
    const user = resolveUser(ctx.world, me(ctx), request.userId);
    setAdmin(ctx.world, me(ctx), chat, user.id, request.isAdmin ? FULL_ADMIN_RIGHTS : undefined);
    return bool(true);
  },
  "messages.UpdatePinnedMessage": (ctx, request: Api.messages.UpdatePinnedMessage) => {
    const target = resolvePeer(ctx.world, me(ctx), request.peer);
    if (target.kind === "chat") {
      return answer(ctx, target.chat, pin(ctx.world, me(ctx), target.chat, request.id, request.unpin ?? false, ctx.echo));
    }
    // Private chats keep no pinned list here; a pin is announced by its service message.
    if (request.unpin) return updatesFor(ctx.world, me(ctx).id, []);
    const action = new Api.MessageActionPinMessage();
    const sent = sendMessage(ctx.world, me(ctx), target, { text: "", action, replyToId: request.id }, ctx.echo);
    return updatesFor(ctx.world, me(ctx).id, [sent.senderUpdate]);
  },
};
