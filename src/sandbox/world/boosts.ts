/**
 * Boosts: a user boosts a supergroup or channel for 30 days from one of their slots; its
 * admins can list a user's boosts, and its admin bots are told of boosts added and removed.
 */
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { isAdmin } from "./members.ts";
import { big, chatTl, peerOfChat, userTl } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import { addQtsEvent } from "./updates.ts";
import type { World } from "./world.ts";

type Boost = NonNullable<Chat["boosts"]>[number];

const BOOST_DAYS = 30;
const now = () => Math.floor(Date.now() / 1000);

/** Where a user's boost slot is in use: the chat and the boost. */
function slotInUse(world: World, userId: number, slot: number): { chat: Chat; boost: Boost } | undefined {
  for (const chat of world.chats.values()) {
    const boost = chat.boosts?.find((b) => b.userId === userId && b.slot === slot);
    if (boost) return { chat, boost };
  }
  return undefined;
}

function nextSlot(world: World, userId: number): number {
  let last = 0;
  for (const chat of world.chats.values()) for (const b of chat.boosts ?? []) if (b.userId === userId) last = Math.max(last, b.slot ?? 0);
  return last + 1;
}

/**
 * Boosts a chat from a free slot, or from `slot` — a boost moved off another chat is
 * removed there. Admin bots of both chats hear of it (updateBotChatBoost, qts; a removed
 * boost comes with expires 0, dated when it was removed).
 */
export function applyBoost(world: World, user: Account, chat: Chat, slot?: number): Api.MyBoost {
  if (chat.kind === "group" || user.kind === "bot") throw rpcError("PEER_ID_INVALID");
  const date = now();
  const moved = slot === undefined ? undefined : slotInUse(world, user.id, slot);
  if (moved) {
    moved.chat.boosts = moved.chat.boosts!.filter((b) => b !== moved.boost);
    world.saveChat(moved.chat);
    tellAdminBots(world, moved.chat, user, { ...moved.boost, date, expires: 0 });
  }
  const boosts = (chat.boosts ??= []);
  const boost: Boost = { id: `${chat.id}:${randomBytes(6).toString("hex")}`, userId: user.id, date, expires: date + BOOST_DAYS * 86400, slot: slot ?? nextSlot(world, user.id) };
  boosts.push(boost);
  world.saveChat(chat);
  tellAdminBots(world, chat, user, boost);
  return new Api.MyBoost({ slot: boost.slot!, peer: peerOfChat(chat), date, expires: boost.expires });
}

function tellAdminBots(world: World, chat: Chat, user: Account, boost: Boost): void {
  for (const member of chat.members) {
    const bot = world.account(member.userId);
    if (bot?.kind !== "bot" || !isAdmin(world.member(chat, bot.id))) continue;
    const update = addQtsEvent(world, bot, (qts) =>
      new Api.UpdateBotChatBoost({
        peer: peerOfChat(chat),
        boost: new Api.Boost({ id: boost.id, userId: big(user.id), date: boost.date, expires: boost.expires }),
        qts,
      }),
    );
    world.push(bot.id, new Api.Updates({ updates: [update], users: [userTl(user, bot.id)], chats: [chatTl(world, chat, bot.id)], date: now(), seq: 0 }));
  }
}

export function userBoosts(world: World, viewer: Account, chat: Chat, userId: number): Api.Boost[] {
  if (!isAdmin(world.member(chat, viewer.id))) throw rpcError("CHAT_ADMIN_REQUIRED");
  return (chat.boosts ?? [])
    .filter((b) => b.userId === userId && b.expires > now())
    .map((b) => new Api.Boost({ id: b.id, userId: big(b.userId), date: b.date, expires: b.expires }));
}
