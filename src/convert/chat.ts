/** TL User / Chat / Channel → Bot API Chat. https://core.telegram.org/bots/api#chat */
import type { Chat, User } from "@grammyjs/types";
import { Api } from "telegram";
import { toChatId, type PeerRef } from "./chat-id.ts";
import { toNumber } from "./long.ts";
import { entityOf, type ChatEntity, type PeerDirectory } from "./peers.ts";
import { toBotUser } from "./user.ts";

/** The first active username, as the official server shows it. */
export function activeUsername(entity: { username?: string; usernames?: Api.TypeUsername[] }): string | undefined {
  return activeUsernames(entity)[0];
}

/** All active usernames, the editable one first. */
export function activeUsernames(entity: { username?: string; usernames?: Api.TypeUsername[] }): string[] {
  const out = entity.username ? [entity.username] : [];
  for (const u of entity.usernames ?? []) if (u.active && !out.includes(u.username)) out.push(u.username);
  return out;
}

export function toBotChat(entity: Api.TypeUser | ChatEntity): Chat {
  if (entity instanceof Api.User || entity instanceof Api.UserEmpty) {
    const chat: Chat.PrivateChat = { id: toNumber(entity.id), type: "private", first_name: "" };
    if (entity instanceof Api.User) {
      chat.first_name = entity.firstName ?? "";
      if (entity.lastName) chat.last_name = entity.lastName;
      const username = activeUsername(entity);
      if (username) chat.username = username;
    }
    return chat;
  }
  const id = toNumber(entity.id);
  if (entity instanceof Api.Channel || entity instanceof Api.ChannelForbidden) {
    const chatId = toChatId({ kind: "channel", id });
    if (!entity.megagroup) {
      const channel: Chat.ChannelChat = { id: chatId, type: "channel", title: entity.title };
      const username = entity instanceof Api.Channel ? activeUsername(entity) : undefined;
      if (username) channel.username = username;
      return channel;
    }
    const group: Chat.SupergroupChat = { id: chatId, type: "supergroup", title: entity.title };
    if (entity instanceof Api.Channel) {
      const username = activeUsername(entity);
      if (username) group.username = username;
      if (entity.forum) group.is_forum = true;
    }
    return group;
  }
  return { id: toChatId({ kind: "chat", id }), type: "group", title: entity instanceof Api.ChatEmpty ? "" : entity.title };
}

/**
 * The Chat a peer names. A peer missing from the directory still gets its id and type;
 * a channel of unknown kind is shown as a supergroup.
 */
export function chatOfPeer(peers: PeerDirectory, ref: PeerRef): Chat {
  const entity = entityOf(peers, ref);
  if (entity) return toBotChat(entity);
  const id = toChatId(ref);
  switch (ref.kind) {
    case "user":
      return { id, type: "private", first_name: "" };
    case "chat":
      return { id, type: "group", title: "" };
    case "channel":
      return { id, type: "supergroup", title: "" };
  }
}

/** The User with this MTProto id; one missing from the directory keeps its id and an empty name. */
export function userOf(peers: PeerDirectory, id: number): User {
  const user = peers.user(id);
  return user ? toBotUser(user) : { id, is_bot: false, first_name: "" };
}
