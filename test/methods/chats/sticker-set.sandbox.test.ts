import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";
import { makeChat, viewChat } from "./setup.ts";

let world: TestWorld;
let setName: string;
beforeAll(async () => {
  world = await startTestWorld();
  const owner = await world.createUser("Artist");
  setName = `Cats${Date.now() % 1_000_000}`;
  const made = await world.control("/control/sticker_sets", { owner: owner.id, short_name: setName, title: "Cats", count: 4 });
  expect(made).toMatchObject({ short_name: setName, id: expect.any(String) });
});
afterAll(() => world.stop());

const refused = (description: string, code = 400) => ({ ok: false, error_code: code, description });

describe("sticker sets in the sandbox", () => {
  test("messages.getStickerSet finds a set by short name (any case), the topic icons still answer", async () => {
    const user = await world.createUser("Reader");
    const get = (stickerset: Record<string, unknown>) =>
      world.control("/control/act", { as: user.id, method: "messages.getStickerSet", params: { stickerset, hash: 0 } });
    const found = await get({ _: "InputStickerSetShortName", short_name: setName.toLowerCase() });
    expect(found.set).toMatchObject({ shortName: setName, title: "Cats", count: 4 });
    expect(found.documents).toHaveLength(4);
    expect((await get({ _: "InputStickerSetEmojiDefaultTopicIcons" })).set.shortName).toBe("Topics");
    await expect(world.control("/control/act", {
      as: user.id,
      method: "messages.getStickerSet",
      params: { stickerset: { _: "InputStickerSetShortName", short_name: "NoSuchSet" }, hash: 0 },
    })).rejects.toThrow(/STICKERSET_INVALID/);
  });

  test("a short name is taken once", async () => {
    const owner = await world.createUser("Copycat");
    await expect(world.control("/control/sticker_sets", { owner: owner.id, short_name: setName.toUpperCase(), title: "Again" })).rejects.toThrow(
      /STICKERSET_INVALID/,
    );
  });
});

describe("setChatStickerSet and deleteChatStickerSet", () => {
  test("set, read back through getChat and the control API, delete", async () => {
    const chat = await makeChat(world, "supergroup");
    const before = await world.ok(chat.bot.token, "getChat", { chat_id: chat.chatId });
    expectBotApi("ChatFullInfo", before);
    expect(before.can_set_sticker_set).toBe(true);
    expect(before.sticker_set_name).toBeUndefined();

    expect(await world.ok(chat.bot.token, "setChatStickerSet", { chat_id: chat.chatId, sticker_set_name: setName })).toBe(true);
    const info = await world.ok(chat.bot.token, "getChat", { chat_id: chat.chatId });
    expectBotApi("ChatFullInfo", info);
    expect(info).toMatchObject({ sticker_set_name: setName, can_set_sticker_set: true });
    expect((await viewChat(world, chat.chatId, chat.creator)).sticker_set_name).toBe(setName);

    expect(await world.ok(chat.bot.token, "deleteChatStickerSet", { chat_id: chat.chatId })).toBe(true);
    const after = await world.ok(chat.bot.token, "getChat", { chat_id: chat.chatId });
    expectBotApi("ChatFullInfo", after);
    expect(after.sticker_set_name).toBeUndefined();
    expect((await viewChat(world, chat.chatId, chat.creator)).sticker_set_name).toBeUndefined();
  });

  test("the official refusals", async () => {
    const chat = await makeChat(world, "supergroup");
    expect(await world.call(chat.bot.token, "setChatStickerSet", { chat_id: chat.chatId, sticker_set_name: "NoSuchSet" })).toEqual(
      refused("Bad Request: STICKERSET_INVALID"),
    );
    expect(await world.call(chat.bot.token, "setChatStickerSet", { chat_id: chat.chatId })).toEqual(
      refused("Bad Request: sticker_set_name is empty"),
    );
    for (const type of ["group", "channel"] as const) {
      const other = await makeChat(world, type);
      expect(await world.call(other.bot.token, "setChatStickerSet", { chat_id: other.chatId, sticker_set_name: setName })).toEqual(
        refused("Bad Request: method is available only for supergroups"),
      );
      expect(await world.call(other.bot.token, "deleteChatStickerSet", { chat_id: other.chatId })).toEqual(
        refused("Bad Request: method is available only for supergroups"),
      );
    }
    expect(await world.call(chat.bot.token, "deleteChatStickerSet", { chat_id: chat.creator })).toEqual(
      refused("Bad Request: method is available only for supergroups"),
    );

    const member = await makeChat(world, "supergroup", { botAdmin: false });
    const info = await world.ok(member.bot.token, "getChat", { chat_id: member.chatId });
    expectBotApi("ChatFullInfo", info);
    expect(info.can_set_sticker_set).toBeUndefined();
    for (const [method, params] of [["setChatStickerSet", { sticker_set_name: setName }], ["deleteChatStickerSet", {}]] as const) {
      expect(await world.call(member.bot.token, method, { chat_id: member.chatId, ...params })).toEqual(
        refused("Bad Request: not enough rights to change supergroup sticker set"),
      );
    }
    expect((await viewChat(world, member.chatId, member.creator)).sticker_set_name).toBeUndefined();
  });
});
