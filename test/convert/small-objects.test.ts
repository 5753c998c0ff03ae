import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toForumTopic } from "../../src/convert/forum-topic.ts";
import { toChatInviteLink } from "../../src/convert/invite-link.ts";
import { toAvailableReactions, toReactionCounts, toReactionType, toTlReaction } from "../../src/convert/reactions.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import { ANN_ID, ANN_USER, peers, userPeer } from "./fixtures.ts";

describe("toChatInviteLink", () => {
  const cases: [string, Record<string, unknown>, object][] = [
    ["primary link", { permanent: true }, { is_primary: true }],
    ["named, limited, expiring", { title: "Friends", usageLimit: 10, expireDate: 1800000000 }, { name: "Friends", member_limit: 10, expire_date: 1800000000 }],
    ["join requests pending", { requestNeeded: true, requested: 3 }, { creates_join_request: true, pending_join_request_count: 3 }],
    ["revoked", { revoked: true }, { is_revoked: true }],
    ["subscription", { subscriptionPricing: stub(Api.StarsSubscriptionPricing, { period: 2592000, amount: long(50) }) }, { subscription_period: 2592000, subscription_price: 50 }],
  ];
  test.each(cases)("%s", (_name, fields, expected) => {
    const invite = stub(Api.ChatInviteExported, { link: "https://t.me/+abc", adminId: long(ANN_ID), date: 1, ...fields } as never);
    const link = toChatInviteLink(invite, peers);
    expect(link).toEqual({
      invite_link: "https://t.me/+abc", creator: ANN_USER, creates_join_request: false, is_primary: false, is_revoked: false, ...expected,
    } as never);
    expectBotApi("ChatInviteLink", link);
  });
});

describe("reactions", () => {
  const cases: [string, Api.TypeReaction, object | undefined][] = [
    ["emoji", stub(Api.ReactionEmoji, { emoticon: "👍" }), { type: "emoji", emoji: "👍" }],
    ["custom emoji", stub(Api.ReactionCustomEmoji, { documentId: long("5368324170671202286") }), { type: "custom_emoji", custom_emoji_id: "5368324170671202286" }],
    ["paid", stub(Api.ReactionPaid), { type: "paid" }],
    ["empty", stub(Api.ReactionEmpty), undefined],
  ];
  test.each(cases)("%s", (_name, reaction, expected) => {
    const type = toReactionType(reaction);
    expect(type).toEqual(expected as never);
    if (type) {
      expectBotApi("ReactionType", type);
      expect(toReactionType(toTlReaction(type))).toEqual(type);
    }
  });

  test("counts", () => {
    const reactions = stub(Api.MessageReactions, {
      results: [
        stub(Api.ReactionCount, { reaction: stub(Api.ReactionEmoji, { emoticon: "🔥" }), count: 3 }),
        stub(Api.ReactionCount, { reaction: stub(Api.ReactionEmpty), count: 1 }),
      ],
    });
    const counts = toReactionCounts(reactions);
    expect(counts).toEqual([{ type: { type: "emoji", emoji: "🔥" }, total_count: 3 }]);
    expectBotApi("Array of ReactionCount", counts);
    expect(toReactionCounts(undefined)).toEqual([]);
  });

  test("available reactions only when the chat limits them", () => {
    expect(toAvailableReactions(stub(Api.ChatReactionsAll, {}))).toBeUndefined();
    expect(toAvailableReactions(stub(Api.ChatReactionsSome, { reactions: [stub(Api.ReactionEmoji, { emoticon: "❤" })] }))).toEqual([{ type: "emoji", emoji: "❤" }] as never);
  });
});

describe("toForumTopic", () => {
  const topic = (fields: Record<string, unknown>) =>
    stub(Api.ForumTopic, { id: 5, date: 1, title: "Bugs", iconColor: 0x6fb9f0, topMessage: 5, fromId: userPeer(ANN_ID), notifySettings: stub(Api.PeerNotifySettings, {}), ...fields } as never);
  test.each([
    ["plain", topic({}), { message_thread_id: 5, name: "Bugs", icon_color: 0x6fb9f0 }],
    ["with an icon", topic({ iconEmojiId: long(77) }), { message_thread_id: 5, name: "Bugs", icon_color: 0x6fb9f0, icon_custom_emoji_id: "77" }],
  ] as const)("%s", (_name, input, expected) => {
    const out = toForumTopic(input);
    expect(out).toEqual(expected);
    expectBotApi("ForumTopic", out);
  });
});
