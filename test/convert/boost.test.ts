import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toChatBoost } from "../../src/convert/boost.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import { ANN_ID, ANN_USER, peers } from "./fixtures.ts";

describe("toChatBoost", () => {
  const base = { id: "b1", date: 1700000000, expires: 1702592000 };
  const cases: [string, Record<string, unknown>, object | undefined][] = [
    ["a Premium user's boost", { userId: long(ANN_ID) }, { source: "premium", user: ANN_USER }],
    ["from a gift code", { gift: true, userId: long(ANN_ID) }, { source: "gift_code", user: ANN_USER }],
    ["a claimed giveaway", { giveaway: true, giveawayMsgId: 42, userId: long(ANN_ID) }, { source: "giveaway", giveaway_message_id: 42, user: ANN_USER }],
    ["an unclaimed giveaway", { giveaway: true, giveawayMsgId: 7, unclaimed: true }, { source: "giveaway", giveaway_message_id: 7, is_unclaimed: true }],
    ["a Stars giveaway", { giveaway: true, giveawayMsgId: 9, stars: long(500) }, { source: "giveaway", giveaway_message_id: 9, prize_star_count: 500 }],
    ["a Premium boost without its user", {}, undefined],
  ];
  test.each(cases)("%s", (_name, fields, source) => {
    const boost = toChatBoost(stub(Api.Boost, { ...base, ...fields } as never), peers);
    if (!source) {
      expect(boost).toBeUndefined();
      return;
    }
    expect(boost).toEqual({ boost_id: "b1", add_date: 1700000000, expiration_date: 1702592000, source } as never);
    expectBotApi("ChatBoost", boost);
  });
});
