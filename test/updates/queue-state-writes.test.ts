/** The state writes of enqueues that store nothing wait for the end of the turn, in order. */
import { afterEach, beforeEach, expect, test } from "bun:test";
import type { Store } from "../../src/store/store.ts";
import { UpdateQueue } from "../../src/updates/queue.ts";
import { message, openStore, tempDir } from "./helpers.ts";

const BOT = 1001;
let tmp: ReturnType<typeof tempDir>;
let store: Store;
let queue: UpdateQueue;
let written: string[];

beforeEach(() => {
  tmp = tempDir();
  store = openStore(tmp.dir);
  queue = new UpdateQueue(store, () => 1_700_000_000);
  written = [];
});
afterEach(() => {
  store.close();
  tmp.remove();
});

const write = (name: string) => () => {
  written.push(name);
};

test("an empty enqueue fixes the first id at once and writes its state at the end of the turn", async () => {
  expect(queue.tail(BOT)).toBe(0);
  expect(queue.enqueue(BOT, [], write("a"))).toEqual([]);
  queue.enqueue(BOT, [], write("b"));
  expect(queue.tail(BOT)).toBeGreaterThan(2_000_000);
  expect(written).toEqual([]);
  await new Promise((resolve) => setImmediate(resolve));
  expect(written).toEqual(["a", "b"]);
});

test("an enqueue that stores updates runs the waiting writes first, then its own", async () => {
  queue.enqueue(BOT, [], write("a"));
  const [id] = queue.enqueue(BOT, [message(1, "x", 1_700_000_000)], write("b"));
  expect(written).toEqual(["a", "b"]);
  await new Promise((resolve) => setImmediate(resolve));
  expect(written).toEqual(["a", "b"]);
  expect(queue.read(BOT, 0, 10).map((u) => u.id)).toEqual([id!]);
});

test("a write whose database closed meanwhile is dropped quietly", async () => {
  queue.enqueue(BOT, [], write("a"));
  store.close();
  await new Promise((resolve) => setImmediate(resolve));
  expect(written).toEqual([]);
  store = openStore(tmp.dir);
});
