import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import type { Store } from "../../src/store/store.ts";
import { UpdateQueue } from "../../src/updates/queue.ts";
import { parseAllowedUpdates } from "../../src/updates/update-types.ts";
import { message, openStore, tempDir } from "./helpers.ts";

const BOT = 1001;
let tmp: ReturnType<typeof tempDir>;
let store: Store;
let now: number;
let queue: UpdateQueue;

beforeEach(() => {
  tmp = tempDir();
  store = openStore(tmp.dir);
  now = 1_700_000_000;
  queue = new UpdateQueue(store, () => now);
});
afterEach(() => {
  store.close();
  tmp.remove();
});

const ids = () => queue.read(BOT, 0, 100).map((u) => u.id);

describe("UpdateQueue", () => {
  test("ids increase by one from a random start, and keep increasing after a restart", () => {
    expect(queue.head(BOT)).toBe(0);
    const first = queue.enqueue(BOT, [message(1, "a", now), message(2, "b", now)]);
    expect(first[1]).toBe(first[0]! + 1);
    expect(first[0]).toBeGreaterThan(2_000_000);
    queue.forgetBefore(BOT, first[1]! + 1);
    expect(ids()).toEqual([]);

    store.close();
    store = openStore(tmp.dir);
    queue = new UpdateQueue(store, () => now);
    expect(queue.head(BOT)).toBe(first[1]! + 1);
    expect(queue.enqueue(BOT, [message(1, "c", now)])).toEqual([first[1]! + 1]);
  });

  test("accounts have separate queues", () => {
    const [a] = queue.enqueue(BOT, [message(1, "a", now)]);
    queue.enqueue(BOT + 1, [message(1, "b", now)]);
    expect(ids()).toEqual([a!]);
  });

  test("the caller's state write commits with the updates, or nothing does", () => {
    const db = store.account(BOT);
    db.run("CREATE TABLE pts (value INTEGER)");
    queue.enqueue(BOT, [message(1, "a", now)], () => db.run("INSERT INTO pts VALUES (1)"));
    expect(() =>
      queue.enqueue(BOT, [message(1, "b", now)], () => {
        db.run("INSERT INTO pts VALUES (2)");
        throw new Error("manager failed");
      }),
    ).toThrow("manager failed");
    expect(db.query("SELECT value FROM pts").all()).toEqual([{ value: 1 }]);
    expect(queue.read(BOT, 0, 100).map((u) => JSON.parse(u.payload).text)).toEqual(["a"]);
  });

  test("allowed_updates filters when an update arrives, and persists", () => {
    const reaction = { message_reaction: { chat: { id: 1 }, date: now } };
    queue.enqueue(BOT, [reaction, message(1, "a", now)]);
    expect(queue.read(BOT, 0, 100).map((u) => u.type)).toEqual(["message"]);

    expect(queue.setAllowed(BOT, parseAllowedUpdates(["message_reaction"]))).toBe(true);
    expect(queue.setAllowed(BOT, 0)).toBe(false);
    store.close();
    store = openStore(tmp.dir);
    queue = new UpdateQueue(store, () => now);
    queue.enqueue(BOT, [reaction, message(1, "b", now)]);
    // Already queued updates stay, whatever the new filter says.
    expect(queue.read(BOT, 0, 100).map((u) => u.type)).toEqual(["message", "message_reaction"]);
  });

  test("updates expire a day after their date", () => {
    queue.enqueue(BOT, [message(1, "old", now - 3600), message(1, "new", now)]);
    queue.enqueue(BOT, [message(1, "too old", now - 86401)]);
    expect(queue.pendingCount(BOT)).toBe(2);
    now += 86400 - 3600 + 1;
    expect(queue.pendingCount(BOT)).toBe(1);
    expect(queue.read(BOT, 0, 100).map((u) => JSON.parse(u.payload).text)).toEqual(["new"]);
  });

  test("keepLast, clear and limit", () => {
    const all = queue.enqueue(BOT, [1, 2, 3, 4, 5].map((n) => message(n, String(n), now)));
    expect(queue.read(BOT, 0, 2).map((u) => u.id)).toEqual(all.slice(0, 2));
    queue.keepLast(BOT, 2);
    expect(ids()).toEqual(all.slice(3));
    queue.keepLast(BOT, 10);
    expect(ids()).toEqual(all.slice(3));
    queue.clear(BOT);
    expect(ids()).toEqual([]);
    expect(queue.head(BOT)).toBe(all[4]! + 1);
  });

  test("enqueue wakes the account's subscribers only", () => {
    const woken: number[] = [];
    const stop = queue.subscribe(BOT, () => woken.push(BOT));
    queue.subscribe(BOT + 1, () => woken.push(BOT + 1));
    queue.enqueue(BOT, [message(1, "a", now)]);
    queue.enqueue(BOT, [{ chat_member: { chat: { id: 1 }, date: now, new_chat_member: { user: { id: 2 } } } }]);
    stop();
    queue.enqueue(BOT, [message(1, "b", now)]);
    expect(woken).toEqual([BOT]);
  });
});
