/** Builds the TL objects a given viewer sees for accounts, chats and peers. */
import bigInt from "big-integer";
import { Api } from "telegram";
import { BinaryReader } from "telegram/extensions";
import type { Account, AdminRights, BannedRights, Chat } from "./types.ts";
import type { World } from "./world.ts";

export const big = (value: number | string | bigint) => bigInt(value.toString());

/** Decodes stored TL bytes (SQLite gives Uint8Array). */
export function decodeTl<T>(data: Uint8Array): T {
  return new BinaryReader(Buffer.from(data)).tgReadObject() as T;
}

export function userTl(account: Account, viewerId: number): Api.User {
  const self = account.id === viewerId;
  return new Api.User({
    id: big(account.id),
    self,
    bot: account.kind === "bot",
    accessHash: big(account.accessHash),
    firstName: account.firstName,
    lastName: account.lastName,
    username: account.username,
    phone: self ? account.phone : undefined,
    botInfoVersion: account.kind === "bot" ? 1 : undefined,
    status: account.kind === "bot" ? undefined : new Api.UserStatusRecently({}),
  });
}

export function adminRightsTl(rights: AdminRights): Api.ChatAdminRights {
  return new Api.ChatAdminRights({ ...rights });
}

export function bannedRightsTl(rights: BannedRights): Api.ChatBannedRights {
  return new Api.ChatBannedRights({ ...rights, untilDate: rights.untilDate ?? 0 });
}

export function chatTl(world: World, chat: Chat, viewerId: number): Api.TypeChat {
  const entry = chat.members.find((m) => m.userId === viewerId);
  const active = world.member(chat, viewerId);
  const count = world.memberIds(chat).length;
  const adminRights = active?.adminRights ? adminRightsTl(active.adminRights) : undefined;
  if (chat.kind === "group") {
    if (entry?.status === "kicked" || !entry) return new Api.ChatForbidden({ id: big(chat.id), title: chat.title });
    return new Api.Chat({
      id: big(chat.id),
      title: chat.title,
      photo: new Api.ChatPhotoEmpty(),
      participantsCount: count,
      date: chat.date,
      version: chat.version,
      creator: chat.creatorId === viewerId,
      left: entry.status === "left",
      adminRights,
      defaultBannedRights: bannedRightsTl(chat.defaultBannedRights),
      ...migration(world, chat),
    });
  }
  if (entry?.status === "kicked") {
    return new Api.ChannelForbidden({
      id: big(chat.id),
      accessHash: big(chat.accessHash),
      title: chat.title,
      megagroup: chat.kind === "supergroup",
      broadcast: chat.kind === "channel",
    });
  }
  return new Api.Channel({
    id: big(chat.id),
    accessHash: big(chat.accessHash),
    title: chat.title,
    username: chat.username,
    photo: new Api.ChatPhotoEmpty(),
    date: chat.date,
    megagroup: chat.kind === "supergroup",
    broadcast: chat.kind === "channel",
    forum: chat.forum,
    creator: chat.creatorId === viewerId,
    left: !active,
    adminRights,
    bannedRights: active?.bannedRights ? bannedRightsTl(active.bannedRights) : undefined,
    defaultBannedRights: bannedRightsTl(chat.defaultBannedRights),
    participantsCount: count,
  });
}

/** A basic group upgraded to a supergroup is deactivated and points at it. */
function migration(world: World, chat: Chat): { deactivated?: boolean; migratedTo?: Api.InputChannel } {
  const to = chat.migratedTo === undefined ? undefined : world.chat(chat.migratedTo);
  if (!to) return {};
  return { deactivated: true, migratedTo: new Api.InputChannel({ channelId: big(to.id), accessHash: big(to.accessHash) }) };
}

export function peerOfChat(chat: Chat): Api.TypePeer {
  return chat.kind === "group"
    ? new Api.PeerChat({ chatId: big(chat.id) })
    : new Api.PeerChannel({ channelId: big(chat.id) });
}

export const peerUser = (id: number) => new Api.PeerUser({ userId: big(id) });

/** The account ids and chat ids a set of peers mentions. */
export interface PeerIds {
  users: Set<number>;
  chats: Set<number>;
}

export function collectPeer(ids: PeerIds, peer: Api.TypePeer | undefined): void {
  if (peer instanceof Api.PeerUser) ids.users.add(peer.userId.toJSNumber());
  else if (peer instanceof Api.PeerChat) ids.chats.add(peer.chatId.toJSNumber());
  else if (peer instanceof Api.PeerChannel) ids.chats.add(peer.channelId.toJSNumber());
}

/** Users and chats of a message, so the client learns their access hashes. */
export function collectMessage(ids: PeerIds, message: Api.TypeMessage): void {
  if (message instanceof Api.MessageEmpty) return;
  collectPeer(ids, message.peerId);
  collectPeer(ids, message.fromId);
  if (message instanceof Api.Message) collectPeer(ids, message.fwdFrom?.fromId);
  if (message instanceof Api.MessageService) {
    const action = message.action;
    if (action instanceof Api.MessageActionChatAddUser) for (const id of action.users) ids.users.add(id.toJSNumber());
    if (action instanceof Api.MessageActionChatDeleteUser) ids.users.add(action.userId.toJSNumber());
  }
}

/** Resolves collected ids to the TL users and chats the viewer sees. */
export function entitiesFor(world: World, ids: PeerIds, viewerId: number): { users: Api.TypeUser[]; chats: Api.TypeChat[] } {
  const users: Api.TypeUser[] = [];
  const chats: Api.TypeChat[] = [];
  for (const id of ids.users) {
    const account = world.account(id);
    if (account) users.push(userTl(account, viewerId));
  }
  for (const id of ids.chats) {
    const chat = world.chat(id);
    if (chat) chats.push(chatTl(world, chat, viewerId));
  }
  return { users, chats };
}

export const newPeerIds = (): PeerIds => ({ users: new Set(), chats: new Set() });
