/**
 * A bot whose token was changed (BotFather's /revoke) keeps its data, queue and webhook
 * under the new token; the old token gets 401.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { reader, textOf } from "../updates/e2e-support.ts";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

test("a new token opens the same bot with its queue and webhook; the old one is refused", async () => {
  const bot = await world.createBot();
  const user = await world.createUser("Ann");
  const first = reader(world, bot.token);
  // The gateway opens a bot on its first request; updates flow from then on.
  await world.ok(bot.token, "getMe");
  await world.control("/control/messages", { from: user.id, chat_id: bot.id, text: "before" });
  const [before] = await first.take(1);
  expect(textOf(before!)).toBe("before");

  // Left in the queue, unconfirmed, when the token changes.
  await world.control("/control/messages", { from: user.id, chat_id: bot.id, text: "pending" });
  await Bun.sleep(300);
  const fresh = await world.control<{ token: string }>(`/control/bots/${bot.id}/token`, {});
  expect(fresh.token).not.toBe(bot.token);
  expect(fresh.token.startsWith(`${bot.id}:`)).toBe(true);

  expect(await world.ok(fresh.token, "getMe")).toMatchObject({ id: bot.id });
  const after = await world.ok<{ update_id: number; message?: { text?: string } }[]>(fresh.token, "getUpdates", {
    offset: before!.update_id + 1,
    timeout: 5,
  });
  expect(after.map((u) => [u.update_id, u.message?.text])).toEqual([[before!.update_id + 1, "pending"]]);

  expect(await world.call(bot.token, "getMe")).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });

  const url = "http://127.0.0.1:9/hook";
  await world.ok(fresh.token, "setWebhook", { url });
  const newer = await world.control<{ token: string }>(`/control/bots/${bot.id}/token`, {});
  expect(await world.ok(newer.token, "getWebhookInfo")).toMatchObject({ url });
  expect(await world.call(fresh.token, "getWebhookInfo")).toMatchObject({ ok: false, error_code: 401 });
});
