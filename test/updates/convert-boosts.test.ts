/** updateBotChatBoost → chat_boost / removed_chat_boost, one row per source; checked against api.json. */
import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toBotUpdates } from "../../src/updates/convert-update.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long } from "../support/tl-stub.ts";
import { ANN_ID, ANN_USER, BOT_ID, CHANNEL_CHAT, CHANNEL_ID, channelPeer, media, peers } from "../convert/fixtures.ts";

const ctx = { peers, selfId: BOT_ID, media };
const boost = (fields: Partial<Api.Boost>) =>
  new Api.UpdateBotChatBoost({ peer: channelPeer(CHANNEL_ID), boost: new Api.Boost({ id: "b1", date: 100, expires: 2000, ...fields }), qts: 1 });

const rows: Array<[string, Api.UpdateBotChatBoost, unknown[]]> = [
  ["a Premium user's boost", boost({ userId: long(ANN_ID) }),
    [{ chat_boost: { chat: CHANNEL_CHAT, boost: { boost_id: "b1", add_date: 100, expiration_date: 2000, source: { source: "premium", user: ANN_USER } } } }]],
  ["a gift code's boost", boost({ userId: long(ANN_ID), gift: true }),
    [{ chat_boost: { chat: CHANNEL_CHAT, boost: { boost_id: "b1", add_date: 100, expiration_date: 2000, source: { source: "gift_code", user: ANN_USER } } } }]],
  ["an unclaimed giveaway prize", boost({ giveaway: true, unclaimed: true, giveawayMsgId: 7 }),
    [{ chat_boost: { chat: CHANNEL_CHAT, boost: { boost_id: "b1", add_date: 100, expiration_date: 2000, source: { source: "giveaway", giveaway_message_id: 7, is_unclaimed: true } } } }]],
  ["a Stars giveaway won by a user", boost({ giveaway: true, userId: long(ANN_ID), giveawayMsgId: 8, stars: long(500) }),
    [{ chat_boost: { chat: CHANNEL_CHAT, boost: { boost_id: "b1", add_date: 100, expiration_date: 2000, source: { source: "giveaway", giveaway_message_id: 8, prize_star_count: 500, user: ANN_USER } } } }]],
  ["a removed boost (expires 0): its date is the removal's", boost({ userId: long(ANN_ID), expires: 0, date: 150 }),
    [{ removed_chat_boost: { chat: CHANNEL_CHAT, boost_id: "b1", remove_date: 150, source: { source: "premium", user: ANN_USER } } }]],
  ["a Premium boost naming no booster gives nothing", boost({}), []],
];

describe("chat boosts", () => {
  for (const [name, update, expected] of rows) {
    test(name, () => {
      const got = toBotUpdates(update, ctx);
      expect(got).toEqual(expected as never);
      for (const u of got) expectBotApi("Update", { update_id: 1, ...u });
    });
  }
});
