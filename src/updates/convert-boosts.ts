/**
 * updateBotChatBoost → chat_boost, or removed_chat_boost when the boost no longer expires
 * (Telegram sends a removed boost with expires 0; the official server then reports the
 * boost's date as remove_date).
 * https://core.telegram.org/bots/api#chatboostupdated
 */
import type { ChatBoostSource } from "@grammyjs/types";
import { Api } from "telegram";
import { chatOfPeer, userOf } from "../convert/chat.ts";
import { toNumber } from "../convert/long.ts";
import { peerRef, type PeerDirectory } from "../convert/peers.ts";
import type { BotApiUpdateWithoutId } from "./traits.ts";

/** Where a boost came from: a giveaway, a gift code, or the booster's own Premium (which names the booster). */
function sourceOf(boost: Api.Boost, peers: PeerDirectory): ChatBoostSource | undefined {
  const user = boost.userId === undefined || boost.userId === null ? undefined : userOf(peers, toNumber(boost.userId));
  if (boost.gift && user) return { source: "gift_code", user };
  if (boost.giveaway) {
    return {
      source: "giveaway",
      giveaway_message_id: boost.giveawayMsgId ?? 0,
      ...(boost.stars ? { prize_star_count: toNumber(boost.stars) } : {}),
      ...(user ? { user } : boost.unclaimed ? { is_unclaimed: true } : {}),
    } as ChatBoostSource;
  }
  return user && { source: "premium", user };
}

export function toBoostUpdates(update: Api.UpdateBotChatBoost, peers: PeerDirectory): BotApiUpdateWithoutId[] {
  const chat = chatOfPeer(peers, peerRef(update.peer));
  const { boost } = update;
  const source = sourceOf(boost, peers);
  if (!source) return [];
  if (!boost.expires) return [{ removed_chat_boost: { chat, boost_id: boost.id, remove_date: boost.date, source } }];
  return [{ chat_boost: { chat, boost: { boost_id: boost.id, add_date: boost.date, expiration_date: boost.expires, source } } }];
}
