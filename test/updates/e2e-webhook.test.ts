/**
 * Webhook delivery fed by the update manager, and resumed after a restart without any
 * request from the bot: the gateway opens bots with a webhook by id at start-up.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { expectBotApi } from "../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { sendTexts, textOf } from "./e2e-support.ts";
import { receiver } from "./helpers.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

test("messages reach the webhook, and keep reaching it after a restart", async () => {
  const hook = receiver();
  try {
    const bot = await world.createBot();
    const ann = await world.createUser("Ann");
    expect(await world.ok(bot.token, "setWebhook", { url: hook.url })).toBe(true);
    await sendTexts(world, ann.id, bot.id, ["one", "two"]);
    await hook.until(2);
    await world.restartGateway();
    // No request from the bot after the restart: delivery resumes on its own.
    await sendTexts(world, ann.id, bot.id, ["three"]);
    while (!hook.received.some((r) => textOf(r.body as never) === "three")) await hook.until(hook.received.length + 1);
    const bodies = hook.received.map((r) => r.body);
    for (const body of bodies) expectBotApi("Update", body);
    // An update in flight when the gateway stopped may come again, under its first update_id.
    const unique = new Map(bodies.map((b) => [b.update_id as number, textOf(b as never)]));
    expect([...unique.values()]).toEqual(["one", "two", "three"]);
    const ids = [...unique.keys()];
    expect(ids[1]! > ids[0]! && ids[2]! > ids[1]!).toBe(true);
  } finally {
    hook.stop();
  }
});
