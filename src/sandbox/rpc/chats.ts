/** Chat settings and single participants: titles, descriptions, default rights, channels.getParticipant. */
import { Api } from "telegram";
import { editAbout, editDefaultRights, editTitle } from "../world/chat-settings.ts";
import { rpcError } from "../world/errors.ts";
import { participantTl } from "../world/members.ts";
import { migrateChat } from "../world/migrate.ts";
import { banSenderChat } from "../world/sender-bans.ts";
import { updatesFor } from "../world/push.ts";
import { chatTl, userTl } from "../world/tl.ts";
import type { BannedRights, Chat } from "../world/types.ts";
import { bool, type HandlerTable, me, type RpcContext } from "./context.ts";
import { membersHandlers } from "./members.ts";
import { resolveChannel, resolveGroup, resolvePeer, resolveUser } from "./peers.ts";

/** The chat a peer names (groups, supergroups, channels); PEER_ID_INVALID for users. */
export function chatOfPeer(ctx: RpcContext, peer: unknown): Chat {
  const target = resolvePeer(ctx.world, me(ctx), peer);
  if (target.kind !== "chat") throw rpcError("PEER_ID_INVALID");
  return target.chat;
}

/** The caller's Updates for `updates`, with the chat itself among its chats. */
export function withChat(ctx: RpcContext, chat: Chat, updates: Api.TypeUpdate[]): Api.Updates {
  const result = updatesFor(ctx.world, me(ctx).id, updates);
  if (!result.chats.some((c) => c.id.toJSNumber() === chat.id)) result.chats.push(chatTl(ctx.world, chat, me(ctx).id));
  return result;
}

function bannedFlags(rights: Api.ChatBannedRights): BannedRights {
  const out: BannedRights = {};
  for (const [key, value] of Object.entries(rights)) if (value === true) out[key] = true;
  return out;
}

function getParticipant(ctx: RpcContext, request: Api.channels.GetParticipant) {
  const viewer = me(ctx);
  const chat = resolveChannel(ctx.world, viewer, request.channel);
  const self = ctx.world.member(chat, viewer.id);
  if (!self && !chat.username) throw rpcError("CHANNEL_PRIVATE");
  const user = resolveUser(ctx.world, viewer, request.participant);
  const member = chat.members.find((m) => m.userId === user.id);
  const participant = member && participantTl(chat, member);
  if (!member || !participant) throw rpcError("USER_NOT_PARTICIPANT");
  // An admin may edit the admins it promoted; the creator may edit them all.
  if (participant instanceof Api.ChannelParticipantAdmin) {
    const promoter = self?.status === "administrator" && self.adminRights?.addAdmins && member.inviterId === viewer.id;
    participant.canEdit = self?.status === "creator" || Boolean(promoter) || undefined;
  }
  return new Api.channels.ChannelParticipant({
    participant: participant as Api.TypeChannelParticipant,
    chats: [chatTl(ctx.world, chat, viewer.id)],
    users: [userTl(user, viewer.id)],
  });
}

/** A chat as the participant of channels.editBanned bans a sender chat; a user is a member's ban (members.ts). */
function editBanned(ctx: RpcContext, request: Api.channels.EditBanned) {
  if (!(request.participant instanceof Api.InputPeerChannel)) return membersHandlers["channels.EditBanned"]!(ctx, request);
  const chat = resolveChannel(ctx.world, me(ctx), request.channel);
  const sender = resolveChannel(ctx.world, me(ctx), request.participant);
  const banned = request.bannedRights.viewMessages ? request.bannedRights.untilDate : undefined;
  banSenderChat(ctx.world, me(ctx), chat, sender, banned);
  return withChat(ctx, chat, []);
}

export const chatsHandlers: HandlerTable = {
  "channels.EditBanned": editBanned,
  "channels.GetParticipant": getParticipant,
  "messages.EditChatTitle": (ctx, request: Api.messages.EditChatTitle) => {
    const chat = resolveGroup(ctx.world, request.chatId.toJSNumber());
    return withChat(ctx, chat, editTitle(ctx.world, me(ctx), chat, request.title, ctx.echo));
  },
  "channels.EditTitle": (ctx, request: Api.channels.EditTitle) => {
    const chat = resolveChannel(ctx.world, me(ctx), request.channel);
    return withChat(ctx, chat, editTitle(ctx.world, me(ctx), chat, request.title, ctx.echo));
  },
  "messages.MigrateChat": (ctx, request: Api.messages.MigrateChat) => {
    const group = resolveGroup(ctx.world, request.chatId.toJSNumber());
    const { supergroup, updates } = migrateChat(ctx.world, me(ctx), group, ctx.echo);
    const result = withChat(ctx, group, updates);
    if (!result.chats.some((c) => c.id.toJSNumber() === supergroup.id)) result.chats.push(chatTl(ctx.world, supergroup, me(ctx).id));
    return result;
  },
  "messages.EditChatAbout": (ctx, request: Api.messages.EditChatAbout) => {
    editAbout(ctx.world, me(ctx), chatOfPeer(ctx, request.peer), request.about);
    return bool(true);
  },
  "messages.EditChatDefaultBannedRights": (ctx, request: Api.messages.EditChatDefaultBannedRights) => {
    const chat = chatOfPeer(ctx, request.peer);
    editDefaultRights(ctx.world, me(ctx), chat, bannedFlags(request.bannedRights));
    return withChat(ctx, chat, []);
  },
};
