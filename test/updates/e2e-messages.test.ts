/**
 * Updates through the real path: a user acts in the sandbox, Telegram's pushes reach the
 * gateway's update manager over MTProto, and the bot reads them with getUpdates.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { expectIncreasing, reader, sendTexts, textOf } from "./e2e-support.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

async function openBot() {
  const bot = await world.createBot();
  const read = reader(world, bot.token);
  // The first call opens the bot (and its update manager) and sets allowed_updates.
  expect(await world.ok(bot.token, "getUpdates", { timeout: 0, allowed_updates: ["message", "edited_message", "channel_post", "edited_channel_post", "callback_query", "my_chat_member", "chat_member"] })).toEqual([]);
  return { bot, read };
}

describe("messages reach the bot in order, each once", () => {
  test("a private chat", async () => {
    const { bot, read } = await openBot();
    const ann = await world.createUser("Ann");
    await sendTexts(world, ann.id, bot.id, ["one", "two", "three"]);
    const got = await read.take(3);
    expect(got.map(textOf)).toEqual(["one", "two", "three"]);
    expectIncreasing(got);
    expect(got[0]!.message).toMatchObject({ chat: { id: ann.id, type: "private", first_name: "Ann" }, from: { id: ann.id, first_name: "Ann", is_bot: false } });
  });

  test("a group, a supergroup and a channel", async () => {
    const { bot, read } = await openBot();
    const ann = await world.createUser("Ann");
    const group = await world.control("/control/chats", { type: "group", title: "G", creator: ann.id, members: [bot.id], admins: [bot.id] });
    const supergroup = await world.control("/control/chats", { type: "supergroup", title: "S", creator: ann.id, members: [bot.id], admins: [bot.id] });
    const channel = await world.control("/control/chats", { type: "channel", title: "C", creator: ann.id, members: [bot.id], admins: [bot.id] });
    // Joining sends my_chat_member updates first; the messages follow.
    await sendTexts(world, ann.id, group.chat_id, ["g1", "g2"]);
    await sendTexts(world, ann.id, supergroup.chat_id, ["s1", "s2"]);
    await sendTexts(world, ann.id, channel.chat_id, ["c1", "c2"]);
    const got = await read.until((r) => r.some((u) => textOf(u) === "c2"));
    expectIncreasing(got);
    const texts = got.map(textOf).filter(Boolean);
    expect(texts).toEqual(["g1", "g2", "s1", "s2", "c1", "c2"]);
    const byText = new Map(got.filter(textOf).map((u) => [textOf(u), u]));
    expect(byText.get("g1")!.message.chat).toMatchObject({ id: group.chat_id, type: "group", title: "G" });
    expect(byText.get("s1")!.message.chat).toMatchObject({ id: supergroup.chat_id, type: "supergroup", title: "S" });
    expect(byText.get("c1")!.channel_post.chat).toMatchObject({ id: channel.chat_id, type: "channel", title: "C" });
  });

  test("an edit arrives as edited_message", async () => {
    const { bot, read } = await openBot();
    const ann = await world.createUser("Ann");
    const sent = await world.control("/control/messages", { from: ann.id, chat_id: bot.id, text: "draft" });
    await world.control("/control/act", { as: ann.id, method: "messages.editMessage", params: { peer: bot.id, id: sent.message_id, message: "final" } });
    const got = await read.take(2);
    expect(got[0]!.message.text).toBe("draft");
    expect(got[1]!.edited_message).toMatchObject({ text: "final", message_id: got[0]!.message.message_id });
    expect(got[1]!.edited_message.edit_date).toEqual(expect.any(Number));
  });

  test("a pressed button arrives as callback_query with its message", async () => {
    const { bot, read } = await openBot();
    const ann = await world.createUser("Ann");
    await sendTexts(world, ann.id, bot.id, ["hi"]);
    await read.take(1);
    const markup = { _: "ReplyInlineMarkup", rows: [{ _: "KeyboardButtonRow", buttons: [{ _: "KeyboardButtonCallback", text: "Yes", data: "eWVz" }] }] };
    await world.control("/control/act", { as: bot.id, method: "messages.sendMessage", params: { peer: ann.id, message: "Sure?", random_id: 7, reply_markup: markup } });
    const [shown] = (await world.control(`/control/chats/${bot.id}/messages?as=${ann.id}&limit=1`)).messages;
    const { id } = await world.control("/control/callback_queries", { from: ann.id, chat_id: bot.id, message_id: shown.message_id, data: "yes" });
    const [update] = await read.take(1);
    expect(update!.callback_query).toMatchObject({ id, data: "yes", from: { id: ann.id }, message: { text: "Sure?", chat: { id: ann.id } } });
    expect(update!.callback_query.message.reply_markup).toEqual({ inline_keyboard: [[{ text: "Yes", callback_data: "yes" }]] });
  });
});
