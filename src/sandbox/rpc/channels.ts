/** channels.*: messages, participants and full info of supergroups and channels. */
import { Api } from "telegram";
import { deleteChannelMessages } from "../world/edits.ts";
import { rpcError } from "../world/errors.ts";
import { messagesById } from "../world/messages.ts";
import { canSetStickers, chatStickerSet, stickerSetInfoTl } from "../world/sticker-sets.ts";
import { adminRightsTl, bannedRightsTl, big, chatTl, peerUser, userTl } from "../world/tl.ts";
import type { Account, Chat, Member } from "../world/types.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolveChannel } from "./peers.ts";
import { messagesResult } from "./results.ts";

/** A channel the viewer may read: a member, or anyone when it is public. */
function readable(ctx: RpcContext, input: unknown): { viewer: Account; chat: Chat } {
  const viewer = me(ctx);
  const chat = resolveChannel(ctx.world, viewer, input);
  if (!ctx.world.member(chat, viewer.id) && !chat.username) throw rpcError("CHANNEL_PRIVATE");
  return { viewer, chat };
}

function getMessages(ctx: RpcContext, request: Api.channels.GetMessages) {
  const { viewer, chat } = readable(ctx, request.channel);
  const ids = request.id.map((input) => {
    if (input instanceof Api.InputMessageID) return input.id;
    throw rpcError("MESSAGE_ID_INVALID");
  });
  return messagesResult(ctx.world, viewer.id, messagesById(ctx.world, viewer, `c${chat.id}`, ids), chat);
}

function participantTl(chat: Chat, member: Member): Api.TypeChannelParticipant {
  const userId = big(member.userId);
  switch (member.status) {
    case "creator":
      return new Api.ChannelParticipantCreator({ userId, adminRights: adminRightsTl(member.adminRights ?? {}), rank: member.rank });
    case "administrator":
      return new Api.ChannelParticipantAdmin({
        userId,
        promotedBy: big(member.inviterId ?? chat.creatorId),
        date: member.date,
        adminRights: adminRightsTl(member.adminRights ?? {}),
        rank: member.rank,
      });
    case "restricted":
    case "kicked":
      return new Api.ChannelParticipantBanned({
        left: member.status === "kicked",
        peer: peerUser(member.userId),
        kickedBy: big(chat.creatorId),
        date: member.date,
        bannedRights: bannedRightsTl(member.bannedRights ?? { viewMessages: member.status === "kicked" }),
      });
    case "left":
      return new Api.ChannelParticipantLeft({ peer: peerUser(member.userId) });
    default:
      return new Api.ChannelParticipant({ userId, date: member.date });
  }
}

function matches(filter: Api.TypeChannelParticipantsFilter | undefined, member: Member): boolean {
  if (filter instanceof Api.ChannelParticipantsAdmins) return member.status === "creator" || member.status === "administrator";
  if (filter instanceof Api.ChannelParticipantsKicked) return member.status === "kicked";
  if (filter instanceof Api.ChannelParticipantsBanned) return member.status === "restricted";
  if (filter instanceof Api.ChannelParticipantsBots) return member.status !== "left" && member.status !== "kicked";
  return member.status !== "left" && member.status !== "kicked";
}

function getParticipants(ctx: RpcContext, request: Api.channels.GetParticipants) {
  const { viewer, chat } = readable(ctx, request.channel);
  const self = ctx.world.member(chat, viewer.id);
  const admin = self?.status === "creator" || self?.status === "administrator";
  if (chat.kind === "channel" && !admin) throw rpcError("CHAT_ADMIN_REQUIRED");
  let all = chat.members.filter((m) => matches(request.filter, m));
  if (request.filter instanceof Api.ChannelParticipantsBots) all = all.filter((m) => ctx.world.account(m.userId)?.kind === "bot");
  if (request.filter instanceof Api.ChannelParticipantsSearch && request.filter.q) {
    const q = request.filter.q.toLowerCase();
    all = all.filter((m) => {
      const a = ctx.world.account(m.userId);
      return a && `${a.firstName} ${a.lastName ?? ""} ${a.username ?? ""}`.toLowerCase().includes(q);
    });
  }
  const page = all.slice(request.offset, request.offset + Math.min(request.limit, 200));
  return new Api.channels.ChannelParticipants({
    count: all.length,
    participants: page.map((m) => participantTl(chat, m)),
    chats: [],
    users: page.map((m) => userTl(ctx.world.account(m.userId)!, viewer.id)),
  });
}

function getChannels(ctx: RpcContext, request: Api.channels.GetChannels) {
  const viewer = me(ctx);
  return new Api.messages.Chats({
    chats: request.id.map((input) => chatTl(ctx.world, resolveChannel(ctx.world, viewer, input), viewer.id)),
  });
}

function getFullChannel(ctx: RpcContext, request: Api.channels.GetFullChannel) {
  const { viewer, chat } = readable(ctx, request.channel);
  const self = ctx.world.member(chat, viewer.id);
  const admin = self?.status === "creator" || self?.status === "administrator";
  const bots = ctx.world.memberIds(chat).map((id) => ctx.world.account(id)!).filter((a) => a.kind === "bot");
  const stickerset = chatStickerSet(ctx.world, chat);
  return new Api.messages.ChatFull({
    fullChat: new Api.ChannelFull({
      id: big(chat.id),
      about: chat.about ?? "",
      participantsCount: ctx.world.memberIds(chat).length,
      adminsCount: chat.members.filter((m) => m.status === "creator" || m.status === "administrator").length,
      canViewParticipants: chat.kind === "supergroup" || admin,
      readInboxMaxId: chat.lastMessageId,
      readOutboxMaxId: chat.lastMessageId,
      unreadCount: 0,
      chatPhoto: new Api.PhotoEmpty({ id: big(0) }),
      notifySettings: new Api.PeerNotifySettings({}),
      botInfo: bots.map((bot) => new Api.BotInfo({ userId: big(bot.id), description: "", commands: [] })),
      pinnedMsgId: chat.pinnedIds.at(-1),
      pts: chat.pts,
      canSetStickers: canSetStickers(ctx.world, viewer, chat),
      stickerset: stickerset && stickerSetInfoTl(stickerset),
    }),
    chats: [chatTl(ctx.world, chat, viewer.id)],
    users: bots.map((bot) => userTl(bot, viewer.id)),
  });
}

export const channelsHandlers: HandlerTable = {
  "channels.GetMessages": getMessages,
  "channels.GetParticipants": getParticipants,
  "channels.GetChannels": getChannels,
  "channels.GetFullChannel": getFullChannel,
  "channels.DeleteMessages": (ctx: RpcContext, request: Api.channels.DeleteMessages) => {
    const viewer = me(ctx);
    return deleteChannelMessages(ctx.world, viewer, resolveChannel(ctx.world, viewer, request.channel), request.id);
  },
};
