/** Boosts: a user boosts a supergroup or channel for 30 days; its admins can list a user's boosts. */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { isAdmin } from "./members.ts";
import { big, peerOfChat } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import type { World } from "./world.ts";

const BOOST_DAYS = 30;
const now = () => Math.floor(Date.now() / 1000);

export function applyBoost(world: World, user: Account, chat: Chat): Api.MyBoost {
  if (chat.kind === "group" || user.kind === "bot") throw rpcError("PEER_ID_INVALID");
  const boosts = (chat.boosts ??= []);
  const date = now();
  const boost = { id: `${chat.id}:${boosts.length + 1}`, userId: user.id, date, expires: date + BOOST_DAYS * 86400 };
  boosts.push(boost);
  world.saveChat(chat);
  return new Api.MyBoost({ slot: boosts.length, peer: peerOfChat(chat), date, expires: boost.expires });
}

export function userBoosts(world: World, viewer: Account, chat: Chat, userId: number): Api.Boost[] {
  if (!isAdmin(world.member(chat, viewer.id))) throw rpcError("CHAT_ADMIN_REQUIRED");
  return (chat.boosts ?? [])
    .filter((b) => b.userId === userId && b.expires > now())
    .map((b) => new Api.Boost({ id: b.id, userId: big(b.userId), date: b.date, expires: b.expires }));
}
