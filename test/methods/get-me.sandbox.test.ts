import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

describe("getMe, logOut and close through the sandbox", () => {
  test("getMe answers the bot's own user with the capability flags", async () => {
    const bot = await world.createBot();
    const me = await world.ok(bot.token, "getMe");
    expectBotApi("User", me);
    expect(me).toMatchObject({ id: bot.id, is_bot: true, username: bot.username, can_join_groups: expect.any(Boolean) });
  });

  test("a token Telegram refuses gets 401 Unauthorized", async () => {
    const bot = await world.createBot();
    const forged = `${bot.id}:${"A".repeat(35)}`;
    expect(await world.call(forged, "getMe")).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });
  });

  test("a restarted gateway resumes the bot from its stored session", async () => {
    const bot = await world.createBot();
    await world.ok(bot.token, "getMe");
    await world.restartGateway();
    expect(await world.ok(bot.token, "getMe")).toMatchObject({ id: bot.id });
  });

  test("close right after the server started is allowed, and the next call relaunches the bot", async () => {
    const bot = await world.createBot();
    await world.ok(bot.token, "getMe");
    expect(await world.ok(bot.token, "close")).toBe(true);
    expect(await world.ok(bot.token, "getMe")).toMatchObject({ id: bot.id });
  });

  test("logOut ends the MTProto session; the token logs in again afterwards", async () => {
    const bot = await world.createBot();
    await world.ok(bot.token, "getMe");
    expect(await world.ok(bot.token, "logOut")).toBe(true);
    expect(await world.ok(bot.token, "getMe")).toMatchObject({ id: bot.id });
  });
});

describe("a bot homed on another DC", () => {
  test("logs in through USER_MIGRATE_2, sends, and resumes there after a restart", async () => {
    const bot = await world.control<{ id: number; token: string }>("/control/bots", { username: `dc2_${Date.now() % 100000}_bot`, dc_id: 2 });
    const ann = await world.createUser("Ann");
    expect(await world.ok(bot.token, "getMe")).toMatchObject({ id: bot.id });
    expect(await world.ok(bot.token, "sendMessage", { chat_id: ann.id, text: "from DC 2" })).toMatchObject({ text: "from DC 2" });
    await world.restartGateway();
    expect(await world.ok(bot.token, "sendMessage", { chat_id: ann.id, text: "still DC 2" })).toMatchObject({ text: "still DC 2" });
  });
});
