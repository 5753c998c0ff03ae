/** Result containers that carry messages with the users and chats they mention. */
import { Api } from "telegram";
import { collectMessage, entitiesFor, newPeerIds } from "../world/tl.ts";
import type { Chat } from "../world/types.ts";
import type { World } from "../world/world.ts";

export function messagesResult(world: World, viewerId: number, messages: Api.TypeMessage[], channel?: Chat) {
  const ids = newPeerIds();
  for (const message of messages) collectMessage(ids, message);
  if (channel) ids.chats.add(channel.id);
  const { users, chats } = entitiesFor(world, ids, viewerId);
  if (!channel) return new Api.messages.Messages({ messages, chats, users });
  return new Api.messages.ChannelMessages({ pts: channel.pts, count: messages.length, messages, topics: [], chats, users });
}
