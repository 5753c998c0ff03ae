/**
 * InputPeer / InputUser / InputChannel → world entities, with access_hash checks. Inputs
 * are `unknown` because GramJS types request fields as its client-side EntityLike, while
 * a decoded request holds the TL input objects.
 */
import { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import type { Target } from "../world/messages.ts";
import type { Account, Chat } from "../world/types.ts";
import type { World } from "../world/world.ts";

/** Bots may address users with access_hash 0, as TDLib does. */
function hashMatches(viewer: Account, stored: string, given: { toString(): string }, isUser: boolean): boolean {
  const text = given.toString();
  return text === stored || (isUser && viewer.kind === "bot" && text === "0");
}

function userById(world: World, viewer: Account, id: number, hash: { toString(): string }): Account | undefined {
  const account = world.account(id);
  return account && hashMatches(viewer, account.accessHash, hash, true) ? account : undefined;
}

export function resolveUser(world: World, viewer: Account, input: unknown): Account {
  if (input instanceof Api.InputUserSelf || input instanceof Api.InputPeerSelf) return viewer;
  if (input instanceof Api.InputUser || input instanceof Api.InputPeerUser) {
    const account = userById(world, viewer, input.userId.toJSNumber(), input.accessHash);
    if (account) return account;
  }
  throw rpcError(input instanceof Api.InputUser || input instanceof Api.InputUserSelf ? "USER_ID_INVALID" : "PEER_ID_INVALID");
}

export function resolveChannel(world: World, viewer: Account, input: unknown): Chat {
  if (input instanceof Api.InputChannel || input instanceof Api.InputPeerChannel) {
    const chat = world.chat(input.channelId.toJSNumber());
    if (chat && chat.kind !== "group" && hashMatches(viewer, chat.accessHash, input.accessHash, false)) return chat;
  }
  throw rpcError("CHANNEL_INVALID");
}

export function resolveGroup(world: World, chatId: number): Chat {
  const chat = world.chat(chatId);
  if (!chat || chat.kind !== "group") throw rpcError("CHAT_ID_INVALID");
  return chat;
}

export function resolvePeer(world: World, viewer: Account, input: unknown): Target {
  if (input instanceof Api.InputPeerChat) {
    const chat = world.chat(input.chatId.toJSNumber());
    if (!chat || chat.kind !== "group") throw rpcError("PEER_ID_INVALID");
    return { kind: "chat", chat };
  }
  if (input instanceof Api.InputPeerChannel) return { kind: "chat", chat: resolveChannel(world, viewer, input) };
  return { kind: "user", account: resolveUser(world, viewer, input) };
}
