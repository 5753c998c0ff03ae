/** The chaos test's judge must catch each way a stream can go wrong. */
import { describe, expect, test } from "bun:test";
import type { Delivery } from "./consumers.ts";
import { checkPolling, checkWebhook, type Expected } from "./verdict.ts";

/** Two chats: chat 0 (id 10) with messages 0 and 1, chat 1 (id -20) with message 0. */
const expected = new Map<string, Expected>([
  ["u0-c0-0", { chat: 0, chatId: 10, n: 0 }],
  ["u0-c0-1", { chat: 0, chatId: 10, n: 1 }],
  ["u1-c1-0", { chat: 1, chatId: -20, n: 0 }],
]);

const d = (updateId: number, text?: string, chatId?: number, at = updateId): Delivery => ({
  updateId,
  at,
  ...(text === undefined ? {} : { text, chatId: chatId ?? (text.includes("-c0-") ? 10 : -20) }),
});

const good = [d(1, "u0-c0-0"), d(2), d(3, "u1-c1-0"), d(4, "u0-c0-1")];

describe("checkPolling", () => {
  const cases: Array<[string, Delivery[], string[]]> = [
    ["all, once, in order (other updates ignored)", good, []],
    ["one missing", [d(1, "u0-c0-0"), d(3, "u1-c1-0")], ['"u0-c0-1" never arrived']],
    ["one twice", [...good, d(5, "u0-c0-1")], ["1 messages delivered more than once"]],
    ["out of order in its chat", [d(1, "u0-c0-1"), d(2, "u0-c0-0"), d(3, "u1-c1-0")], ['"u0-c0-0" (update_id 2) came after message 1 of chat 0']],
    ["update_id not increasing", [d(1, "u0-c0-0"), d(3, "u1-c1-0"), d(2, "u0-c0-1")], ["update_id 2 after 3"]],
    ["wrong chat", [d(1, "u0-c0-0"), d(3, "u1-c1-0", 10), d(4, "u0-c0-1")], ['"u1-c1-0" arrived in chat 10, not -20']],
    ["unknown text", [...good, d(5, "u9-c9-9")], ['unexpected message "u9-c9-9" (update_id 5)']],
  ];
  for (const [name, deliveries, problems] of cases) {
    test(name, () => expect(checkPolling(deliveries, expected).problems).toEqual(problems));
  }
});

describe("checkWebhook", () => {
  // Deliveries arrive at time 0; the one kill is at time 1, and allows one repeat.
  const at0 = (updateId: number, text: string) => d(updateId, text, undefined, 0);
  const cases: Array<[string, Delivery[], string[], number]> = [
    ["chats interleaved out of id order", [at0(3, "u1-c1-0"), at0(1, "u0-c0-0"), at0(4, "u0-c0-1")], [], 0],
    ["a repeat under its first id, before the next of its chat", [at0(1, "u0-c0-0"), d(1, "u0-c0-0"), d(3, "u1-c1-0"), d(4, "u0-c0-1")], [], 1],
    ["a repeat under a new id", [at0(1, "u0-c0-0"), d(5, "u0-c0-0"), d(3, "u1-c1-0"), d(4, "u0-c0-1")], ['"u0-c0-0" came again as update_id 5, first as 1'], 1],
    ["a repeat after a newer message of its chat", [at0(1, "u0-c0-0"), at0(4, "u0-c0-1"), d(1, "u0-c0-0"), d(3, "u1-c1-0")], ['"u0-c0-0" came again after "u0-c0-1" of its chat'], 1],
    ["a repeat with no kill before it", [at0(1, "u0-c0-0"), at0(1, "u0-c0-0"), d(3, "u1-c1-0"), d(4, "u0-c0-1")], ['"u0-c0-0" came again with no kill before it'], 1],
    ["more repeats after a kill than allowed", [at0(1, "u0-c0-0"), at0(3, "u1-c1-0"), d(1, "u0-c0-0"), d(3, "u1-c1-0"), d(4, "u0-c0-1")], ["2 repeats after kill 1 (at most 1)"], 2],
    ["one id for two messages", [at0(1, "u0-c0-0"), at0(1, "u0-c0-1"), at0(3, "u1-c1-0")], ['update_id 1 carried "u0-c0-0" and "u0-c0-1"'], 0],
  ];
  for (const [name, deliveries, problems, repeats] of cases) {
    test(name, () => {
      const verdict = checkWebhook(deliveries, expected, [1], 1);
      expect(verdict.problems).toEqual(problems);
      expect(verdict.repeats).toBe(repeats);
    });
  }
});
