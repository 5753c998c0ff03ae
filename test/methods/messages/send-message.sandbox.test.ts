import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type Scene, startScene } from "./helpers.ts";

let s: Scene;
beforeAll(async () => {
  s = await startScene();
});
afterAll(() => s.world.stop());

const send = (params: Record<string, unknown>) => s.ok("sendMessage", params, "Message");

describe("sendMessage", () => {
  test("a plain text to a user lands in the user's chat with the bot", async () => {
    const message = await send({ chat_id: s.user.id, text: "hello" });
    expect(message).toMatchObject({
      from: { id: s.bot.id, is_bot: true },
      chat: { id: s.user.id, type: "private", first_name: "Ann", last_name: "Lee" },
      text: "hello",
    });
    const [seen] = await s.messages(s.user.id);
    expect(seen).toMatchObject({ message_id: expect.any(Number), from: s.bot.id, text: "hello" });
  });

  test("parse_mode HTML becomes entities in the world and in the result", async () => {
    const message = await send({ chat_id: s.user.id, text: "<b>bold</b> and <i>it</i>", parse_mode: "HTML" });
    expect(message.text).toBe("bold and it");
    expect(message.entities).toEqual([
      { offset: 0, length: 4, type: "bold" },
      { offset: 9, length: 2, type: "italic" },
    ]);
    const [seen] = await s.messages(s.user.id);
    expect(seen.entities).toEqual(message.entities);
  });

  test("explicit entities, a text_mention among them, are sent as given", async () => {
    const message = await send({
      chat_id: s.user.id,
      text: "hi Ann",
      entities: JSON.stringify([{ type: "text_mention", offset: 3, length: 3, user: { id: s.user.id } }]),
    });
    expect(message.entities).toEqual([{ type: "text_mention", offset: 3, length: 3, user: expect.objectContaining({ id: s.user.id, first_name: "Ann" }) }]);
  });

  test("disable_notification and protect_content reach the world", async () => {
    const message = await send({ chat_id: s.user.id, text: "quiet", disable_notification: true, protect_content: true });
    expect(message.has_protected_content).toBe(true);
    const [seen] = await s.messages(s.user.id);
    expect(seen).toMatchObject({ text: "quiet", silent: true, protect_content: true });
  });

  test("a reply with a quote names the replied message and the quote", async () => {
    const { message_id } = await s.world.control("/control/messages", { from: s.user.id, chat_id: s.bot.id, text: "the original text" });
    const mine = (await s.messages(s.user.id, s.bot.id))[0].message_id;
    expect(message_id).toBeGreaterThan(0);
    const message = await send({
      chat_id: s.user.id,
      text: "answer",
      reply_parameters: { message_id: mine, quote: "original" , quote_position: 4 },
    });
    expect(message.reply_to_message).toMatchObject({ message_id: mine, text: "the original text", from: { id: s.user.id } });
    expect(message.quote).toEqual({ text: "original", position: 4, is_manual: true });
    const [seen] = await s.messages(s.user.id);
    expect(seen).toMatchObject({ text: "answer", reply_to_message_id: message_id, quote: "original" });
  });

  test("a reply to a missing message fails, unless sending without it is allowed", async () => {
    await s.fails("sendMessage", { chat_id: s.user.id, text: "x", reply_parameters: { message_id: 999999 } }, 400, "Bad Request: message to be replied not found");
    const message = await send({ chat_id: s.user.id, text: "anyway", reply_parameters: { message_id: 999999, allow_sending_without_reply: true } });
    expect(message.reply_to_message).toBeUndefined();
  });

  test("the legacy reply_to_message_id still works", async () => {
    const first = await send({ chat_id: s.supergroup, text: "first" });
    const reply = await send({ chat_id: s.supergroup, text: "second", reply_to_message_id: first.message_id });
    expect(reply.reply_to_message?.message_id).toBe(first.message_id);
  });

  test("an inline keyboard is stored and returned", async () => {
    const reply_markup = { inline_keyboard: [[{ text: "Press", callback_data: "p" }, { text: "Site", url: "https://example.com/" }]] };
    const message = await send({ chat_id: s.user.id, text: "buttons", reply_markup });
    expect(message.reply_markup).toEqual(reply_markup);
    const [seen] = await s.messages(s.user.id);
    expect(seen.reply_markup).toEqual(reply_markup);
  });

  test("a reply keyboard, its removal and a force reply reach the world", async () => {
    await send({ chat_id: s.user.id, text: "pick", reply_markup: { keyboard: [["A", { text: "B" }]], resize_keyboard: true, one_time_keyboard: true } });
    let [seen] = await s.messages(s.user.id);
    expect(seen.reply_markup).toMatchObject({ keyboard: [[{ text: "A" }, { text: "B" }]], resize_keyboard: true, one_time_keyboard: true });
    await send({ chat_id: s.user.id, text: "gone", reply_markup: { remove_keyboard: true } });
    [seen] = await s.messages(s.user.id);
    expect(seen.reply_markup).toMatchObject({ remove_keyboard: true });
    await send({ chat_id: s.user.id, text: "answer me", reply_markup: { force_reply: true, input_field_placeholder: "here" } });
    [seen] = await s.messages(s.user.id);
    expect(seen.reply_markup).toMatchObject({ force_reply: true, input_field_placeholder: "here" });
  });

  test("to a supergroup and a basic group, with their chats in the result", async () => {
    const inSuper = await send({ chat_id: s.supergroup, text: "hi club" });
    expect(inSuper.chat).toEqual({ id: s.supergroup, type: "supergroup", title: "Club", username: `club${s.bot.id}` });
    expect(inSuper.from?.id).toBe(s.bot.id);
    const inGroup = await send({ chat_id: s.group, text: "hi friends" });
    expect(inGroup.chat).toEqual({ id: s.group, type: "group", title: "Friends" });
    expect((await s.messages(s.group))[0]).toMatchObject({ text: "hi friends", from: s.bot.id });
    expect((await s.messages(s.supergroup))[0]).toMatchObject({ text: "hi club", from: s.bot.id });
  });

  test("link_preview_options with a URL asks Telegram for that page", async () => {
    const message = await send({
      chat_id: s.user.id,
      text: "see this",
      link_preview_options: { url: "https://example.org/page", prefer_small_media: true, show_above_text: true },
    });
    expect(message.link_preview_options).toEqual({ url: "https://example.org/page", prefer_small_media: true, show_above_text: true });
    const [seen] = await s.messages(s.user.id);
    expect(seen.media).toMatchObject({ type: "webpage" });
  });

  test("sends to one chat keep the order of the requests, even in parallel", async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `n${i}`);
    const results = await Promise.all(texts.map((text) => send({ chat_id: s.supergroup, text })));
    const ids = results.map((m) => m.message_id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const seen = (await s.messages(s.supergroup)).slice(0, 20).reverse();
    expect(seen.map((m: { text: string }) => m.text)).toEqual(texts);
  });

  describe("errors", () => {
    test("empty text", () => s.fails("sendMessage", { chat_id: s.user.id, text: "" }, 400, "Bad Request: message text is empty"));
    test("unknown chat", () => s.fails("sendMessage", { chat_id: -1009999999999, text: "x" }, 400, "Bad Request: chat not found"));
    test("unknown username", () => s.fails("sendMessage", { chat_id: "@nobody_here_at_all", text: "x" }, 400, "Bad Request: chat not found"));
    test("bad markup", () =>
      s.fails("sendMessage", { chat_id: s.user.id, text: "<b>x", parse_mode: "HTML" }, 400,
        "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\""));
    test("reply_parameters that is not an object", () =>
      s.fails("sendMessage", { chat_id: s.user.id, text: "x", reply_parameters: 5 }, 400, "Bad Request: object expected as reply parameters"));
    test("a keyboard button of the wrong type", () =>
      s.fails("sendMessage", { chat_id: s.user.id, text: "x", reply_markup: { inline_keyboard: [["A"]] } }, 400,
        "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object"));
  });
});
