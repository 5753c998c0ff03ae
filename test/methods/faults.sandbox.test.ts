/**
 * Telegram's refusals reach the bot as the official server words them: FLOOD_WAIT as 429
 * with retry_after and a Retry-After header, RPC errors through the one error table, and
 * a dropped MTProto connection is reconnected under the next call.
 */
import { afterAll, beforeAll, afterEach, expect, test } from "bun:test";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";

let world: TestWorld;
let bot: { id: number; token: string };
let ann: { id: number };
beforeAll(async () => {
  world = await startTestWorld();
  bot = await world.createBot();
  ann = await world.createUser("Ann");
  await world.ok(bot.token, "getMe");
});
afterEach(() => world.control("/control/faults", { clear: true }));
afterAll(() => world.stop());

test("FLOOD_WAIT_X is 429 with parameters.retry_after and a Retry-After header", async () => {
  await world.control("/control/faults", { flood_wait: { method: "messages.SendMessage", seconds: 7 } });
  const response = await fetch(`${world.baseUrl}/bot${bot.token}/sendMessage`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: ann.id, text: "hi" }),
  });
  expect(response.status).toBe(429);
  expect(response.headers.get("retry-after")).toBe("7");
  expect(await response.json()).toEqual({
    ok: false,
    error_code: 429,
    description: "Too Many Requests: retry after 7",
    parameters: { retry_after: 7 },
  });
  // The fault fired once; the next send goes through.
  expect(await world.ok(bot.token, "sendMessage", { chat_id: ann.id, text: "hi" })).toMatchObject({ text: "hi" });
});

test.each([
  ["USER_IS_BLOCKED", 403, "Forbidden: bot was blocked by the user"],
  ["PEER_ID_INVALID", 400, "Bad Request: chat not found"],
  ["CHAT_WRITE_FORBIDDEN", 403, "Forbidden: bot is not a member of the supergroup chat"],
])("%s becomes %d %s", async (error, code, description) => {
  await world.control("/control/faults", { rpc_error: { method: "messages.SendMessage", error } });
  expect(await world.call(bot.token, "sendMessage", { chat_id: ann.id, text: "hi" })).toEqual({ ok: false, error_code: code, description });
});

test("a dropped connection is reconnected under the next call", async () => {
  await world.control("/control/faults", { drop_connections: true });
  expect(await world.ok(bot.token, "sendMessage", { chat_id: ann.id, text: "after the drop" })).toMatchObject({ text: "after the drop" });
});
