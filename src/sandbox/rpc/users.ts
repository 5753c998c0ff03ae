/** users.* and contacts.resolveUsername. */
import { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import { chatTl, peerOfChat, peerUser, userTl } from "../world/tl.ts";
import type { Account } from "../world/types.ts";
import { type HandlerTable, me, type RpcContext, vector } from "./context.ts";
import { botFullFields } from "./bot-settings.ts";
import { resolveUser } from "./peers.ts";

function getUsers(ctx: RpcContext, request: Api.users.GetUsers) {
  const viewer = me(ctx);
  const users: Api.User[] = [];
  for (const input of request.id) {
    try {
      users.push(userTl(resolveUser(ctx.world, viewer, input), viewer.id));
    } catch {
      // Telegram leaves out the users it cannot resolve.
    }
  }
  return vector(users);
}

function fullUser(ctx: RpcContext, request: Api.users.GetFullUser) {
  const viewer = me(ctx);
  const user: Account = resolveUser(ctx.world, viewer, request.id);
  const common = [...ctx.world.chats.values()].filter(
    (chat) => ctx.world.member(chat, viewer.id) && ctx.world.member(chat, user.id),
  ).length;
  return new Api.users.UserFull({
    fullUser: new Api.UserFull({
      id: userTl(user, viewer.id).id,
      settings: new Api.PeerSettings({}),
      notifySettings: new Api.PeerNotifySettings({}),
      commonChatsCount: user.id === viewer.id ? 0 : common,
      ...(user.kind === "bot" ? botFullFields(ctx.world, user) : {}),
    }),
    chats: [],
    users: [userTl(user, viewer.id)],
  });
}

function resolveUsername(ctx: RpcContext, request: Api.contacts.ResolveUsername) {
  const viewer = me(ctx);
  const found = ctx.world.byUsername(request.username);
  if (!found) throw rpcError("USERNAME_NOT_OCCUPIED");
  if (found.kind === "account") {
    const account = ctx.world.account(found.id)!;
    return new Api.contacts.ResolvedPeer({ peer: peerUser(account.id), chats: [], users: [userTl(account, viewer.id)] });
  }
  const chat = ctx.world.chat(found.id)!;
  return new Api.contacts.ResolvedPeer({ peer: peerOfChat(chat), chats: [chatTl(ctx.world, chat, viewer.id)], users: [] });
}

export const usersHandlers: HandlerTable = {
  "users.GetUsers": getUsers,
  "users.GetFullUser": fullUser,
  "contacts.ResolveUsername": resolveUsername,
};
