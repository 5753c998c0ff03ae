import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";
import { makeChat } from "./setup.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

describe("getChat", () => {
  test("a supergroup: its full info, permissions and description", async () => {
    const chat = await makeChat(world, "supergroup");
    await world.ok(chat.bot.token, "setChatDescription", { chat_id: chat.chatId, description: "About us" });
    const info = await world.ok(chat.bot.token, "getChat", { chat_id: chat.chatId });
    expectBotApi("ChatFullInfo", info);
    expect(info).toMatchObject({ id: chat.chatId, type: "supergroup", title: "Test supergroup", description: "About us" });
    expect(info.permissions.can_send_messages).toBe(true);
  });

  test("a basic group and a channel", async () => {
    const group = await makeChat(world, "group");
    const groupInfo = await world.ok(group.bot.token, "getChat", { chat_id: group.chatId });
    expectBotApi("ChatFullInfo", groupInfo);
    expect(groupInfo).toMatchObject({ id: group.chatId, type: "group", title: "Test group" });
    const channel = await makeChat(world, "channel");
    const channelInfo = await world.ok(channel.bot.token, "getChat", { chat_id: channel.chatId });
    expectBotApi("ChatFullInfo", channelInfo);
    expect(channelInfo).toMatchObject({ id: channel.chatId, type: "channel", has_visible_history: true });
  });

  test("a private chat with a user who wrote to the bot", async () => {
    const bot = await world.createBot();
    const user = await world.createUser("Alice", { username: `alice${Date.now() % 100000}` });
    await world.control("/control/messages", { from: user.id, chat_id: bot.id, text: "hi" });
    const info = await world.ok(bot.token, "getChat", { chat_id: user.id });
    expectBotApi("ChatFullInfo", info);
    expect(info).toMatchObject({ id: user.id, type: "private", first_name: "Alice", username: user.username });
  });

  test("an unknown chat is not found", async () => {
    const bot = await world.createBot();
    expect(await world.call(bot.token, "getChat", { chat_id: -1001234567 })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: chat not found",
    });
  });
});

describe("getChatAdministrators, getChatMember, getChatMemberCount", () => {
  for (const type of ["group", "supergroup"] as const) {
    test(`administrators of a ${type}: the owner and the bot`, async () => {
      const chat = await makeChat(world, type);
      const admins = await world.ok(chat.bot.token, "getChatAdministrators", { chat_id: chat.chatId });
      expectBotApi("Array of ChatMember", admins);
      const byId = new Map(admins.map((m: any) => [m.user.id, m]));
      expect(byId.get(chat.creator)).toMatchObject({ status: "creator" });
      expect(byId.get(chat.bot.id)).toMatchObject({ status: "administrator", can_manage_chat: true });
      expect(admins).toHaveLength(2);
    });

    test(`members of a ${type}: status by user, and the count`, async () => {
      const chat = await makeChat(world, type);
      const member = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: chat.members[0] });
      expectBotApi("ChatMember", member);
      expect(member).toMatchObject({ status: "member", user: { id: chat.members[0], first_name: "Member0" } });
      const owner = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: chat.creator });
      expectBotApi("ChatMember", owner);
      expect(owner.status).toBe("creator");
      const stranger = await world.createUser("Stranger");
      const left = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: stranger.id });
      expectBotApi("ChatMember", left);
      expect(left).toMatchObject({ status: "left", user: { id: stranger.id } });
      expect(await world.ok(chat.bot.token, "getChatMemberCount", { chat_id: chat.chatId })).toBe(4);
    });
  }

  test("a private chat has no administrators", async () => {
    const bot = await world.createBot();
    const user = await world.createUser();
    expect(await world.call(bot.token, "getChatAdministrators", { chat_id: user.id })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: there are no administrators in the private chat",
    });
    expect(await world.ok(bot.token, "getChatMemberCount", { chat_id: user.id })).toBe(2);
    const self = await world.ok(bot.token, "getChatMember", { chat_id: user.id, user_id: bot.id });
    expectBotApi("ChatMember", self);
    expect(self).toMatchObject({ status: "member", user: { id: bot.id, is_bot: true } });
    const other = await world.createUser();
    expect(await world.call(bot.token, "getChatMember", { chat_id: user.id, user_id: other.id })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: member not found",
    });
  });

  test("a user id that is not a user", async () => {
    const chat = await makeChat(world, "supergroup");
    expect(await world.call(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: -5 })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: invalid user_id specified",
    });
    expect(await world.call(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: 777 })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: user not found",
    });
  });
});
