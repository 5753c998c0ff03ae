/**
 * TL Boost → Bot API ChatBoost, with its source as TDLib reads it (giveaway, gift code,
 * or a Premium user's own boost). https://core.telegram.org/bots/api#chatboost
 */
import type { ChatBoost, ChatBoostSource } from "@grammyjs/types";
import type { Api } from "telegram";
import { userOf } from "./chat.ts";
import { toNumber } from "./long.ts";
import type { PeerDirectory } from "./peers.ts";

/** Undefined for a boost with no source TDLib accepts (a gift or Premium boost without its user). */
export function toChatBoost(boost: Api.Boost, peers: PeerDirectory): ChatBoost | undefined {
  const source = sourceOf(boost, peers);
  if (!source) return undefined;
  return { boost_id: boost.id, add_date: boost.date, expiration_date: Math.max(boost.expires, 0), source };
}

function sourceOf(boost: Api.Boost, peers: PeerDirectory): ChatBoostSource | undefined {
  const userId = boost.userId === undefined ? 0 : toNumber(boost.userId);
  if (boost.giveaway) {
    const giveaway: ChatBoostSource = { source: "giveaway", giveaway_message_id: boost.giveawayMsgId ?? 0 };
    const stars = boost.stars === undefined ? 0 : toNumber(boost.stars);
    if (stars > 0) giveaway.prize_star_count = stars;
    if (userId > 0 && !boost.unclaimed) giveaway.user = userOf(peers, userId);
    else if (boost.unclaimed) giveaway.is_unclaimed = true;
    return giveaway;
  }
  if (userId <= 0) return undefined;
  return { source: boost.gift ? "gift_code" : "premium", user: userOf(peers, userId) };
}
