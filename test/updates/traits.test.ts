import { describe, expect, test } from "bun:test";
import { traitsOf } from "../../src/updates/traits.ts";

const NOW = 1_700_000_000;
const DAY = 86400;

describe("traitsOf", () => {
  const cases: Array<[string, Record<string, unknown>, string | undefined, number]> = [
    ["message: by chat, a day from its date", { message: { chat: { id: -5 }, date: NOW - 100 } }, "chat:-5", NOW - 100 + DAY],
    ["edit: a day from the edit", { edited_message: { chat: { id: 7 }, date: NOW - 500, edit_date: NOW - 10 } }, "chat:7", NOW - 10 + DAY],
    ["channel post", { channel_post: { chat: { id: -1001 }, date: NOW } }, "chat:-1001", NOW + DAY],
    ["business message has its own sequence", { business_message: { chat: { id: 7 }, date: NOW } }, "business:7", NOW + DAY],
    ["callback query: by user, 150 s", { callback_query: { id: "1", from: { id: 9 } } }, "callback_query:9", NOW + 150],
    ["inline query: 30 s", { inline_query: { id: "1", from: { id: 9 } } }, "inline_query:9", NOW + 30],
    ["chosen inline result: 600 s", { chosen_inline_result: { from: { id: 9 } } }, "chosen_inline_result:9", NOW + 600],
    ["poll answer with its poll", { poll_answer: { poll_id: "p1", user: { id: 3 } } }, "poll:p1", NOW + DAY],
    ["poll", { poll: { id: "p1" } }, "poll:p1", NOW + DAY],
    ["chat member: by user", { chat_member: { chat: { id: -5 }, date: NOW, new_chat_member: { user: { id: 4 } } } }, "chat_member:4", NOW + DAY],
    ["join request with the user's member updates", { chat_join_request: { chat: { id: -5 }, from: { id: 4 }, date: NOW } }, "chat_member:4", NOW + DAY],
    ["reaction: by chat", { message_reaction: { chat: { id: -5 }, date: NOW - DAY - 1 } }, "message_reaction:-5", NOW - 1],
    ["pre-checkout: 150 s", { pre_checkout_query: { id: "q", from: { id: 2 } } }, "pre_checkout_query:2", NOW + 150],
  ];
  for (const [name, update, key, expiresAt] of cases) {
    test(name, () => {
      const traits = traitsOf(update, NOW);
      expect(traits.orderKey).toBe(key);
      expect(traits.expiresAt).toBe(expiresAt);
    });
  }

  test("refuses anything but one known field", () => {
    expect(() => traitsOf({}, NOW)).toThrow();
    expect(() => traitsOf({ message: {}, poll: {} }, NOW)).toThrow();
    expect(() => traitsOf({ update_id: 1 }, NOW)).toThrow();
  });
});
