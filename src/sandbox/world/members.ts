/**
 * Membership changes as Telegram makes them: the member list, a service message in the
 * chat, and the participant update (a qts event) for each bot concerned — the bot whose
 * own membership changed, and the chat's admin bots.
 */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { sendMessage } from "./messages.ts";
import { adminRightsTl, bannedRightsTl, big, chatTl, userTl } from "./tl.ts";
import type { Account, AdminRights, BannedRights, Chat, Member } from "./types.ts";
import { addQtsEvent } from "./updates.ts";
import type { World } from "./world.ts";

const now = () => Math.floor(Date.now() / 1000);

export function isAdmin(member: Member | undefined, right?: keyof AdminRights): boolean {
  if (member?.status === "creator") return true;
  return member?.status === "administrator" && (right === undefined || member.adminRights?.[right] === true);
}

export function participantTl(chat: Chat, member: Member | undefined): Api.TypeChannelParticipant | Api.TypeChatParticipant | undefined {
  if (!member || member.status === "left") return undefined;
  const userId = big(member.userId);
  const inviterId = big(member.inviterId ?? chat.creatorId);
  if (chat.kind === "group") {
    if (member.status === "kicked") return undefined;
    if (member.status === "creator") return new Api.ChatParticipantCreator({ userId });
    if (member.status === "administrator") return new Api.ChatParticipantAdmin({ userId, inviterId, date: member.date });
    return new Api.ChatParticipant({ userId, inviterId, date: member.date });
  }
  switch (member.status) {
    case "creator":
      return new Api.ChannelParticipantCreator({ userId, adminRights: adminRightsTl(member.adminRights ?? {}), rank: member.rank });
    case "administrator":
      return new Api.ChannelParticipantAdmin({ userId, promotedBy: inviterId, date: member.date, adminRights: adminRightsTl(member.adminRights ?? {}), rank: member.rank });
    case "kicked":
    case "restricted":
      return new Api.ChannelParticipantBanned({
        left: member.status === "kicked",
        peer: new Api.PeerUser({ userId }),
        kickedBy: inviterId,
        date: member.date,
        bannedRights: bannedRightsTl(member.bannedRights ?? {}),
      });
    default:
      return new Api.ChannelParticipant({ userId, date: member.date });
  }
}

/** Replaces a user's member record, then tells the bots concerned. */
function setMember(world: World, actor: Account, chat: Chat, userId: number, next: Member): void {
  const index = chat.members.findIndex((m) => m.userId === userId);
  const previous = index >= 0 ? chat.members[index] : undefined;
  if (index >= 0) chat.members[index] = next;
  else chat.members.push(next);
  chat.version += 1;
  world.saveChat(chat);
  const bots = new Set<number>();
  if (world.account(userId)?.kind === "bot") bots.add(userId);
  for (const m of chat.members) if (world.account(m.userId)?.kind === "bot" && isAdmin(world.member(chat, m.userId))) bots.add(m.userId);
  for (const botId of bots) {
    const bot = world.account(botId)!;
    const common = { date: now(), actorId: big(actor.id), userId: big(userId) };
    const update = addQtsEvent(world, bot, (qts) =>
      chat.kind === "group"
        ? new Api.UpdateChatParticipant({
            ...common,
            chatId: big(chat.id),
            prevParticipant: participantTl(chat, previous) as Api.TypeChatParticipant | undefined,
            newParticipant: participantTl(chat, next) as Api.TypeChatParticipant | undefined,
            qts,
          })
        : new Api.UpdateChannelParticipant({
            ...common,
            channelId: big(chat.id),
            prevParticipant: participantTl(chat, previous) as Api.TypeChannelParticipant | undefined,
            newParticipant: participantTl(chat, next) as Api.TypeChannelParticipant | undefined,
            qts,
          }),
    );
    const users = [...new Set([actor.id, userId])].map((id) => userTl(world.account(id)!, bot.id));
    world.push(bot.id, new Api.Updates({ updates: [update], users, chats: [chatTl(world, chat, bot.id)], date: now(), seq: 0 }));
  }
}

/** The service message in the chat; returns the actor's own event (broadcast channels announce nothing). */
function announce(world: World, actor: Account, chat: Chat, action: Api.TypeMessageAction, echo: boolean, replyToId?: number): Api.TypeUpdate[] {
  if (chat.kind === "channel" && !(action instanceof Api.MessageActionPinMessage)) return [];
  return [sendMessage(world, actor, { kind: "chat", chat }, { text: "", action, replyToId }, echo).senderUpdate];
}

export function addMembers(world: World, actor: Account, chat: Chat, userIds: number[], echo = false): Api.TypeUpdate[] {
  const self = world.member(chat, actor.id);
  if (!self) throw rpcError(chat.kind === "group" ? "CHAT_ID_INVALID" : "CHANNEL_PRIVATE");
  if (chat.kind === "channel" && !isAdmin(self, "inviteUsers")) throw rpcError("CHAT_ADMIN_REQUIRED");
  for (const userId of userIds) {
    const user = world.account(userId);
    if (!user) throw rpcError("USER_ID_INVALID");
    if (world.member(chat, userId)) throw rpcError("USER_ALREADY_PARTICIPANT");
    if (chat.members.find((m) => m.userId === userId)?.status === "kicked" && !isAdmin(self, "banUsers")) throw rpcError("USER_KICKED");
    setMember(world, actor, chat, userId, { userId, status: "member", inviterId: actor.id, date: now() });
  }
  return announce(world, actor, chat, new Api.MessageActionChatAddUser({ users: userIds.map((id) => big(id)) }), echo);
}

/** channels.joinChannel (public chats), or joining by an invite link (invites.ts). */
export function join(world: World, user: Account, chat: Chat, echo = false, viaInvite = false): Api.TypeUpdate[] {
  if (world.member(chat, user.id)) throw rpcError("USER_ALREADY_PARTICIPANT");
  if (!chat.username && !viaInvite) throw rpcError("CHANNEL_PRIVATE");
  if (chat.members.find((m) => m.userId === user.id)?.status === "kicked") throw rpcError("CHANNEL_PRIVATE");
  setMember(world, user, chat, user.id, { userId: user.id, status: "member", date: now() });
  return announce(world, user, chat, new Api.MessageActionChatAddUser({ users: [big(user.id)] }), echo);
}

/** Leaving (actor = user) or being removed (kick: banned from coming back in channels). */
export function removeMember(world: World, actor: Account, chat: Chat, userId: number, kick: boolean, echo = false): Api.TypeUpdate[] {
  const target = world.member(chat, userId);
  if (!target) throw rpcError("USER_NOT_PARTICIPANT");
  if (actor.id !== userId) {
    const self = world.member(chat, actor.id);
    const mayKick = isAdmin(self, "banUsers") || (chat.kind === "group" && target.inviterId === actor.id);
    if (!mayKick || target.status === "creator") throw rpcError("CHAT_ADMIN_REQUIRED");
  }
  // The announcement goes out while the user is still a member, so they see it too.
  const updates = announce(world, actor, chat, new Api.MessageActionChatDeleteUser({ userId: big(userId) }), echo);
  const status = kick && chat.kind !== "group" ? "kicked" : "left";
  setMember(world, actor, chat, userId, {
    userId,
    status,
    inviterId: actor.id,
    date: now(),
    bannedRights: status === "kicked" ? { viewMessages: true, sendMessages: true } : undefined,
  });
  return updates;
}

/** channels.editBanned: view_messages banned kicks; other rights restrict; none lifts a ban. */
export function restrict(world: World, actor: Account, chat: Chat, userId: number, rights: BannedRights): void {
  if (!isAdmin(world.member(chat, actor.id), "banUsers")) throw rpcError("CHAT_ADMIN_REQUIRED");
  const entry = chat.members.find((m) => m.userId === userId);
  if (entry?.status === "creator") throw rpcError("USER_CREATOR");
  if (rights.viewMessages) {
    if (world.member(chat, userId)) removeMember(world, actor, chat, userId, true);
    else setMember(world, actor, chat, userId, { userId, status: "kicked", inviterId: actor.id, date: now(), bannedRights: rights });
    return;
  }
  const any = Object.entries(rights).some(([key, value]) => key !== "untilDate" && value === true);
  if (!entry) throw rpcError("USER_NOT_PARTICIPANT");
  const status = any ? "restricted" : entry.status === "kicked" ? "left" : entry.status === "restricted" ? "member" : entry.status;
  setMember(world, actor, chat, userId, { ...entry, status, bannedRights: any ? rights : undefined, inviterId: actor.id, date: now() });
}

/** Pins or unpins a message of a group or channel (`id` in the actor's numbering). */
export function pin(world: World, actor: Account, chat: Chat, id: number, unpin: boolean, echo = false): Api.TypeUpdate[] {
  const self = world.member(chat, actor.id);
  const allowed = chat.kind === "group" || chat.kind === "supergroup"
    ? self && (isAdmin(self, "pinMessages") || !chat.defaultBannedRights.pinMessages)
    : isAdmin(self, "pinMessages") || isAdmin(self, "editMessages");
  if (!allowed) throw rpcError("CHAT_ADMIN_REQUIRED");
  const box = chat.kind === "group" ? `u${actor.id}` : `c${chat.id}`;
  if (!world.store.getMessage(box, id)) throw rpcError("MESSAGE_ID_INVALID");
  // Basic groups keep the pin in the actor's numbering; each member's copy differs.
  chat.pinnedIds = chat.pinnedIds.filter((pinned) => pinned !== id);
  if (!unpin) chat.pinnedIds.push(id);
  world.saveChat(chat);
  return unpin ? [] : announce(world, actor, chat, new Api.MessageActionPinMessage(), echo, id);
}

export function setAdmin(world: World, actor: Account, chat: Chat, userId: number, rights: AdminRights | undefined, rank?: string): void {
  if (!isAdmin(world.member(chat, actor.id), "addAdmins")) throw rpcError("CHAT_ADMIN_REQUIRED");
  const target = world.member(chat, userId);
  if (!target) throw rpcError("USER_NOT_PARTICIPANT");
  if (target.status === "creator") throw rpcError("USER_CREATOR");
  const admin = rights && Object.values(rights).some(Boolean);
  setMember(world, actor, chat, userId, {
    ...target,
    status: admin ? "administrator" : "member",
    adminRights: admin ? rights : undefined,
    rank: admin ? rank : undefined,
    inviterId: actor.id,
  });
}

