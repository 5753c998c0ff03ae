import { describe, expect, test } from "bun:test";
import { fromChatId, toChatId, type PeerRef } from "../../src/convert/chat-id.ts";

describe("chat ids", () => {
  const cases: [PeerRef, number][] = [
    [{ kind: "user", id: 777000 }, 777000],
    [{ kind: "user", id: 5_000_000_001 }, 5_000_000_001],
    [{ kind: "chat", id: 123 }, -123],
    [{ kind: "chat", id: 999_999_999 }, -999_999_999],
    [{ kind: "channel", id: 1 }, -1_000_000_000_001],
    [{ kind: "channel", id: 1_234_567_890 }, -1_001_234_567_890],
  ];
  test.each(cases)("%o ↔ %d", (peer, chatId) => {
    expect(toChatId(peer)).toBe(chatId);
    expect(fromChatId(chatId)).toEqual(peer);
  });

  test.each([0, 1.5, Number.MAX_SAFE_INTEGER, -1_000_000_000_000, -3_000_000_000_000])("%d names no peer", (id) => {
    expect(fromChatId(id)).toBeUndefined();
  });
});
