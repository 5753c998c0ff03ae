import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";
import { makeChat, memberOf, viewChat } from "./setup.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

const refused = (description: string, code = 400) => ({ ok: false, error_code: code, description });

describe("setChatTitle and setChatDescription", () => {
  for (const type of ["group", "supergroup", "channel"] as const) {
    test(`a ${type}: new title announced, new description shown by getChat`, async () => {
      const chat = await makeChat(world, type);
      expect(await world.ok(chat.bot.token, "setChatTitle", { chat_id: chat.chatId, title: "  Renamed " })).toBe(true);
      expect((await viewChat(world, chat.chatId, chat.creator)).title).toBe("Renamed");
      const { messages } = await world.control(`/control/chats/${chat.chatId}/messages?as=${chat.creator}&limit=1`);
      expect(messages[0].action).toMatchObject({ _: "MessageActionChatEditTitle", title: "Renamed" });
      expect(await world.ok(chat.bot.token, "setChatDescription", { chat_id: chat.chatId, description: "Rules" })).toBe(true);
      const info = await world.ok(chat.bot.token, "getChat", { chat_id: chat.chatId });
      expectBotApi("ChatFullInfo", info);
      expect(info).toMatchObject({ title: "Renamed", description: "Rules" });
      expect(await world.call(chat.bot.token, "setChatDescription", { chat_id: chat.chatId, description: "Rules" })).toEqual(
        refused("Bad Request: chat description is not modified"),
      );
      expect(await world.ok(chat.bot.token, "setChatDescription", { chat_id: chat.chatId })).toBe(true);
      expect((await world.ok(chat.bot.token, "getChat", { chat_id: chat.chatId })).description).toBeUndefined();
    });
  }

  test("the official refusals", async () => {
    const chat = await makeChat(world, "supergroup", { botAdmin: false });
    expect(await world.call(chat.bot.token, "setChatTitle", { chat_id: chat.chatId, title: "x" })).toEqual(
      refused("Bad Request: not enough rights to change chat title"),
    );
    expect(await world.call(chat.bot.token, "setChatDescription", { chat_id: chat.chatId, description: "x" })).toEqual(
      refused("Bad Request: not enough rights to set chat description"),
    );
    expect(await world.call(chat.bot.token, "setChatTitle", { chat_id: chat.chatId, title: "  " })).toEqual(
      refused("Bad Request: title must be non-empty"),
    );
    expect(await world.call(chat.bot.token, "setChatTitle", { chat_id: chat.creator, title: "x" })).toEqual(
      refused("Bad Request: can't change private chat title"),
    );
    expect(await world.call(chat.bot.token, "setChatTitle", { chat_id: chat.chatId })).toEqual(
      refused('Bad Request: parameter "title" is required'),
    );
  });
});

describe("setChatPermissions", () => {
  test("a supergroup's and a basic group's default permissions", async () => {
    for (const type of ["supergroup", "group"] as const) {
      const chat = await makeChat(world, type);
      const permissions = { can_send_messages: true, can_send_polls: false, can_invite_users: true };
      expect(await world.ok(chat.bot.token, "setChatPermissions", { chat_id: chat.chatId, permissions })).toBe(true);
      const view = await viewChat(world, chat.chatId, chat.creator);
      expect(view.permissions).toMatchObject({ sendPolls: true, sendPhotos: true, changeInfo: true, pinMessages: true });
      expect(view.permissions.sendPlain).toBeFalsy();
      expect(view.permissions.inviteUsers).toBeFalsy();
      const info = await world.ok(chat.bot.token, "getChat", { chat_id: chat.chatId });
      expect(info.permissions).toMatchObject({ can_send_messages: true, can_send_polls: false, can_invite_users: true, can_send_photos: false });
    }
  });

  test("the official refusals", async () => {
    const channel = await makeChat(world, "channel");
    const permissions = { can_send_messages: true };
    expect(await world.call(channel.bot.token, "setChatPermissions", { chat_id: channel.chatId, permissions })).toEqual(
      refused("Bad Request: can't change channel chat permissions"),
    );
    const plain = await makeChat(world, "supergroup", { botAdmin: false });
    expect(await world.call(plain.bot.token, "setChatPermissions", { chat_id: plain.chatId, permissions })).toEqual(
      refused("Bad Request: not enough rights to change chat permissions"),
    );
  });
});

describe("leaveChat", () => {
  test("the bot leaves a basic group and a supergroup", async () => {
    for (const type of ["group", "supergroup"] as const) {
      const chat = await makeChat(world, type, { botAdmin: false });
      expect(await world.ok(chat.bot.token, "leaveChat", { chat_id: chat.chatId })).toBe(true);
      expect(memberOf(await viewChat(world, chat.chatId, chat.creator), chat.bot.id)?.status).toBe("left");
    }
  });

  test("a private chat cannot be left, a group once left refuses writes", async () => {
    const chat = await makeChat(world, "group", { botAdmin: false });
    expect(await world.call(chat.bot.token, "leaveChat", { chat_id: chat.creator })).toEqual(refused("Bad Request: can't leave private chats"));
    await world.ok(chat.bot.token, "leaveChat", { chat_id: chat.chatId });
    expect(await world.call(chat.bot.token, "setChatTitle", { chat_id: chat.chatId, title: "x" })).toEqual(
      refused("Forbidden: bot is not a member of the group chat", 403),
    );
  });
});

describe("a basic group upgraded to a supergroup", () => {
  test("writes to the old group carry migrate_to_chat_id; the supergroup has its members", async () => {
    const chat = await makeChat(world, "group");
    await world.control("/control/act", { as: chat.creator, method: "messages.migrateChat", params: { chat_id: -chat.chatId } });
    const answer = await world.call(chat.bot.token, "setChatTitle", { chat_id: chat.chatId, title: "New" });
    expect(answer).toMatchObject(refused("Bad Request: group chat was upgraded to a supergroup chat"));
    const migrateTo = answer.parameters?.migrate_to_chat_id as number;
    expect(migrateTo).toBeLessThan(-1_000_000_000_000);
    const supergroup = await viewChat(world, migrateTo, chat.creator);
    expect(supergroup).toMatchObject({ type: "supergroup", title: "Test group" });
    expect(memberOf(supergroup, chat.bot.id)?.status).toBe("administrator");
    expect(memberOf(supergroup, chat.members[0]!)?.status).toBe("member");
    expect((await world.call(chat.bot.token, "getChatAdministrators", { chat_id: chat.chatId })).parameters).toEqual({
      migrate_to_chat_id: migrateTo,
    });
  });
});
