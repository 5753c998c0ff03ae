/** One sandbox + gateway per test file, with a bot, a user who talks to it, and read-backs. */
import { expect } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";

export interface Scene {
  world: TestWorld;
  bot: { id: number; token: string; username: string };
  user: { id: number; phone: string };
  /** A supergroup made by the user with the bot as an administrator. */
  supergroup: number;
  /** A basic group with the user and the bot. */
  group: number;
  /** Calls the bot's method, expects ok, validates the result against the spec's result type. */
  ok<T = any>(method: string, params: Record<string, unknown>, type?: string): Promise<T>;
  /** Expects the call to fail with exactly this code and description. */
  fails(method: string, params: Record<string, unknown>, code: number, description: string): Promise<void>;
  /** The chat's messages as `as` (default: the user) sees them, newest first. */
  messages(chatId: number, as?: number): Promise<any[]>;
}

export async function startScene(): Promise<Scene> {
  const world = await startTestWorld();
  const bot = await world.createBot();
  const user = await world.createUser("Ann", { last_name: "Lee" });
  const { chat_id: supergroup } = await world.control("/control/chats", {
    type: "supergroup", title: "Club", creator: user.id, admins: [bot.id], username: `club${bot.id}`,
  });
  // A bot learns a chat's access hash from what Telegram tells it: here, resolving its @username.
  await world.ok(bot.token, "sendChatAction", { chat_id: `@club${bot.id}`, action: "typing" });
  const { chat_id: group } = await world.control("/control/chats", { type: "group", title: "Friends", creator: user.id, members: [bot.id] });
  return {
    world,
    bot,
    user,
    supergroup,
    group,
    async ok(method, params, type) {
      const result = await world.ok(bot.token, method, params);
      if (type) expectBotApi(type, result);
      return result;
    },
    async fails(method, params, code, description) {
      const answer = await world.call(bot.token, method, params);
      expect({ ok: answer.ok, error_code: answer.error_code, description: answer.description }).toEqual({ ok: false, error_code: code, description });
    },
    async messages(chatId, as = user.id) {
      const chat = chatId === user.id && as === user.id ? bot.id : chatId;
      const { messages } = await world.control(`/control/chats/${chat}/messages?as=${as}&limit=50`);
      return messages;
    },
  };
}
