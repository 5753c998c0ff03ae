import { describe, expect, test } from "bun:test";
import { inTurn, sendKey } from "../../../src/methods/messages/chat-queue.ts";

/** A promise with its resolver, to finish work in a chosen order. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("per-chat send turns", () => {
  test("sends run in arrival order even when their preparation finishes in reverse", async () => {
    const order: string[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g, i) =>
      inTurn("bot|chat", () => g.opened, async () => {
        order.push(`send${i}`);
      }),
    );
    gates[2]!.open();
    gates[1]!.open();
    await Bun.sleep(0);
    expect(order).toEqual([]);
    gates[0]!.open();
    await Promise.all(runs);
    expect(order).toEqual(["send0", "send1", "send2"]);
  });

  test("a failed preparation lets the next send go", async () => {
    const first = inTurn("bot|fail", async () => {
      throw new Error("bad");
    }, async () => "never");
    const second = inTurn("bot|fail", async () => 1, async (n) => n + 1);
    await expect(first).rejects.toThrow("bad");
    expect(await second).toBe(2);
  });

  test("other chats do not wait", async () => {
    const blocked = gate();
    const slow = inTurn("bot|a", () => blocked.opened, async () => "a");
    expect(await inTurn("bot|b", async () => 0, async () => "b")).toBe("b");
    blocked.open();
    expect(await slow).toBe("a");
  });

  test.each([
    ["123:ABC", 42, "123|42"],
    ["123:XYZ", "@Club", "123|@club"],
    ["77:T", -1001, "77|-1001"],
  ])("sendKey(%p, %p) is %p: the bot id survives a new token", (token, chat, key) => {
    expect(sendKey(token, chat)).toBe(key);
  });
});
