/**
 * The users and chats that came with one TL result (the `users` / `chats` lists of an
 * Updates, messages.Messages, …). Converters read peers only from here, never from a
 * cache, so the same TL result always gives the same JSON.
 */
import { Api } from "telegram";
import { toChatId, type PeerRef } from "./chat-id.ts";
import { toNumber } from "./long.ts";

export type ChatEntity = Api.Chat | Api.ChatForbidden | Api.ChatEmpty | Api.Channel | Api.ChannelForbidden;

export interface PeerDirectory {
  user(id: number): Api.User | undefined;
  /** A basic group by its MTProto id. */
  group(id: number): Api.Chat | Api.ChatForbidden | Api.ChatEmpty | undefined;
  /** A supergroup or channel by its MTProto id. */
  channel(id: number): Api.Channel | Api.ChannelForbidden | undefined;
}

export function peerDirectory(users: readonly Api.TypeUser[] = [], chats: readonly Api.TypeChat[] = []): PeerDirectory {
  const userMap = new Map<number, Api.User>();
  const groupMap = new Map<number, Api.Chat | Api.ChatForbidden | Api.ChatEmpty>();
  const channelMap = new Map<number, Api.Channel | Api.ChannelForbidden>();
  for (const u of users) if (u instanceof Api.User) userMap.set(toNumber(u.id), u);
  for (const c of chats) {
    if (c instanceof Api.Channel || c instanceof Api.ChannelForbidden) channelMap.set(toNumber(c.id), c);
    else groupMap.set(toNumber(c.id), c);
  }
  return {
    user: (id) => userMap.get(id),
    group: (id) => groupMap.get(id),
    channel: (id) => channelMap.get(id),
  };
}

/** The kind and MTProto id of a TL Peer. */
export function peerRef(peer: Api.TypePeer): PeerRef {
  if (peer instanceof Api.PeerUser) return { kind: "user", id: toNumber(peer.userId) };
  if (peer instanceof Api.PeerChat) return { kind: "chat", id: toNumber(peer.chatId) };
  return { kind: "channel", id: toNumber(peer.channelId) };
}

/** The Bot API chat id of a TL Peer. */
export const peerChatId = (peer: Api.TypePeer): number => toChatId(peerRef(peer));

/** The entity a peer names, if the directory has it. */
export function entityOf(peers: PeerDirectory, ref: PeerRef): Api.User | ChatEntity | undefined {
  switch (ref.kind) {
    case "user":
      return peers.user(ref.id);
    case "chat":
      return peers.group(ref.id);
    case "channel":
      return peers.channel(ref.id);
  }
}
