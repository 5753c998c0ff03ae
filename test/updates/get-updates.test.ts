import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import type { Store } from "../../src/store/store.ts";
import { UpdatesService } from "../../src/updates/service.ts";
import { api } from "./api.ts";
import { message, openStore, tempDir, textOf } from "./helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let updates: UpdatesService;
let call: ReturnType<typeof api>;
let bot = 5000;

beforeEach(() => {
  tmp = tempDir();
  store = openStore(tmp.dir);
  updates = new UpdatesService({ store, config: { local: true } });
  call = api(updates);
  bot++;
});
afterEach(() => {
  updates.close();
  store.close();
  tmp.remove();
});

const texts = (outcome: Awaited<ReturnType<typeof call>>) => {
  if (!outcome.ok) throw new Error(outcome.description);
  return (outcome.result as Array<Record<string, unknown>>).map(textOf);
};
const idsOf = (outcome: Awaited<ReturnType<typeof call>>) =>
  (outcome as { result: Array<{ update_id: number }> }).result.map((u) => u.update_id);

describe("getUpdates", () => {
  test("an empty queue answers [] at once", async () => {
    expect(await call(bot, "getUpdates")).toEqual({ ok: true, result: [] });
  });

  test("returns Update objects; an offset confirms everything before it", async () => {
    const ids = updates.enqueue(bot, ["a", "b", "c"].map((t) => message(1, t)));
    const first = await call(bot, "getUpdates", { offset: "0" });
    expect(first).toEqual({
      ok: true,
      result: ids.map((id, i) => ({ update_id: id, message: expect.objectContaining({ text: "abc"[i] }) })),
    });
    expect(texts(await call(bot, "getUpdates", { offset: String(ids[1]) }))).toEqual(["b", "c"]);
    // Confirmed updates are gone for good, even for an offset before them.
    expect(texts(await call(bot, "getUpdates", { offset: String(ids[0]) }))).toEqual(["b", "c"]);
    expect(updates.webhookInfo(bot).pending_update_count).toBe(2);
  });

  test("a negative offset keeps the last -offset updates and forgets the rest", async () => {
    const ids = updates.enqueue(bot, ["a", "b", "c", "d"].map((t) => message(1, t)));
    expect(texts(await call(bot, "getUpdates", { offset: "-2" }))).toEqual(["c", "d"]);
    expect(idsOf(await call(bot, "getUpdates", { offset: String(ids[0]) }))).toEqual(ids.slice(2));
  });

  test("limit is clamped to 1–100, and an offset far in the future reads from the head", async () => {
    const ids = updates.enqueue(bot, Array.from({ length: 120 }, (_, i) => message(1, String(i))));
    expect(idsOf(await call(bot, "getUpdates", { offset: String(ids[0]), limit: "2" }))).toEqual(ids.slice(0, 2));
    expect(idsOf(await call(bot, "getUpdates", { offset: String(ids[1]), limit: "0" }))).toEqual([ids[1]]);
    expect(idsOf(await call(bot, "getUpdates", { offset: String(ids[2]), limit: "500" }))).toHaveLength(100);
    expect(idsOf(await call(bot, "getUpdates", { offset: String(ids[119]! + 1000), limit: "1" }))).toEqual([ids[2]]);
  });

  test("the same offset again within half a second gets one update (the official's brake)", async () => {
    updates.enqueue(bot, ["a", "b", "c"].map((t) => message(1, t)));
    expect(texts(await call(bot, "getUpdates", { offset: "0" }))).toEqual(["a", "b", "c"]);
    expect(texts(await call(bot, "getUpdates", { offset: "0" }))).toEqual(["a"]);
  });

  test("allowed_updates given to getUpdates applies to later updates and persists", async () => {
    await call(bot, "getUpdates", { allowed_updates: '["message_reaction"]' });
    updates.enqueue(bot, [message(1, "skipped"), { message_reaction: { chat: { id: 1 }, date: Math.floor(Date.now() / 1000) } }]);
    const result = (await call(bot, "getUpdates", { offset: "1" })) as { result: Array<Record<string, unknown>> };
    expect(result.result.map((u) => Object.keys(u)[1])).toEqual(["message_reaction"]);
    expect(updates.webhookInfo(bot).allowed_updates).toEqual(["message_reaction"]);
  });

  test("a long poll is answered as soon as an update is enqueued", async () => {
    const poll = call(bot, "getUpdates", { timeout: "50" });
    await Bun.sleep(20);
    updates.enqueue(bot, [message(1, "wake")]);
    expect(texts(await poll)).toEqual(["wake"]);
  });

  test("a second waiting getUpdates ends the first with 409", async () => {
    const first = call(bot, "getUpdates", { timeout: "50", offset: "1" });
    const second = call(bot, "getUpdates", { timeout: "50", offset: "2" });
    expect(await first).toEqual({
      ok: false,
      code: 409,
      description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    });
    updates.enqueue(bot, [message(1, "for the second")]);
    expect(texts(await second)).toEqual(["for the second"]);
  });

  test("setWebhook ends a waiting getUpdates, and getUpdates is refused while a webhook is set", async () => {
    store.bindToken(`${bot}:x`, bot, "bot");
    const poll = call(bot, "getUpdates", { timeout: "50" });
    await Bun.sleep(5);
    expect(await call(bot, "setWebhook", { url: "http://127.0.0.1:9/hook" })).toEqual({ ok: true, result: true });
    expect(await poll).toEqual({ ok: false, code: 409, description: "Conflict: terminated by setWebhook request" });
    // A restart: the webhook comes back from disk.
    updates.close();
    store.close();
    store = openStore(tmp.dir);
    updates = new UpdatesService({ store, config: { local: true } });
    updates.start();
    call = api(updates);
    expect(await call(bot, "getUpdates")).toEqual({
      ok: false,
      code: 409,
      description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    });
    expect(await call(bot, "deleteWebhook")).toEqual({ ok: true, result: true });
    expect(await call(bot, "getUpdates")).toEqual({ ok: true, result: [] });
  });
});

describe("a long poll whose client went away", () => {
  test("stops waiting, confirms nothing, and leaves the next poll alone", async () => {
    updates.enqueue(bot, [message(1, "seen")]);
    const [seen] = await updates.getUpdates(bot, { offset: 0, limit: 100, timeout: 0 });
    const gone = new AbortController();
    const waiting = updates.getUpdates(bot, { offset: seen!.update_id + 1, limit: 100, timeout: 50, signal: gone.signal });
    gone.abort();
    expect(await waiting).toEqual([]);
    updates.enqueue(bot, [message(1, "next")]);
    const next = await updates.getUpdates(bot, { offset: seen!.update_id + 1, limit: 100, timeout: 50 });
    expect(next.map(textOf)).toEqual(["next"]);
  });
});
