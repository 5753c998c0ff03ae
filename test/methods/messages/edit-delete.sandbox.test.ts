import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type Scene, startScene } from "./helpers.ts";

let s: Scene;
beforeAll(async () => {
  s = await startScene();
});
afterAll(() => s.world.stop());

const keyboard = (data: string) => ({ inline_keyboard: [[{ text: "Go", callback_data: data }]] });
const send = (chat_id: number, text: string, extra: Record<string, unknown> = {}) =>
  s.ok("sendMessage", { chat_id, text, ...extra }, "Message");

describe("editMessageText", () => {
  test("changes the text and entities in the world and sets edit_date", async () => {
    const sent = await send(s.user.id, "before", { reply_markup: keyboard("a") });
    const edited = await s.ok("editMessageText", {
      chat_id: s.user.id, message_id: sent.message_id, text: "*after*", parse_mode: "MarkdownV2", reply_markup: keyboard("b"),
    }, "Message");
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "after", entities: [{ type: "bold", offset: 0, length: 5 }], reply_markup: keyboard("b") });
    expect(edited.edit_date).toBeGreaterThan(0);
    const [seen] = await s.messages(s.user.id);
    expect(seen).toMatchObject({ text: "after", reply_markup: keyboard("b"), edit_date: expect.any(Number) });
  });

  test("in a supergroup", async () => {
    const sent = await send(s.supergroup, "old");
    const edited = await s.ok("editMessageText", { chat_id: s.supergroup, message_id: sent.message_id, text: "new" }, "Message");
    expect(edited.chat.id).toBe(s.supergroup);
    expect((await s.messages(s.supergroup))[0]).toMatchObject({ message_id: sent.message_id, text: "new" });
  });

  test("the same text and markup again is 'message is not modified'", async () => {
    const sent = await send(s.user.id, "same");
    await s.fails("editMessageText", { chat_id: s.user.id, message_id: sent.message_id, text: "same" }, 400,
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
  });

  test("a missing message is 'message to edit not found'", () =>
    s.fails("editMessageText", { chat_id: s.user.id, message_id: 999999, text: "x" }, 400, "Bad Request: message to edit not found"));

  test("someone else's message can't be edited", async () => {
    await s.world.control("/control/messages", { from: s.user.id, chat_id: s.bot.id, text: "mine" });
    const [theirs] = await s.messages(s.user.id, s.bot.id);
    await s.fails("editMessageText", { chat_id: s.user.id, message_id: theirs.message_id, text: "x" }, 400, "Bad Request: message can't be edited");
  });

  test("an empty text and bad markup are refused before Telegram is asked", async () => {
    const sent = await send(s.user.id, "t");
    await s.fails("editMessageText", { chat_id: s.user.id, message_id: sent.message_id, text: "" }, 400, "Bad Request: message text is empty");
    await s.fails("editMessageText", { chat_id: s.user.id, message_id: sent.message_id, text: "<i>x", parse_mode: "HTML" }, 400,
      "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"i\"");
  });

  test("without chat and message ids it needs an inline message id", () =>
    s.fails("editMessageText", { text: "x" }, 400, "Bad Request: message identifier is not specified"));
});

describe("editMessageReplyMarkup", () => {
  test("replaces the keyboard, and none removes it", async () => {
    const sent = await send(s.user.id, "kb", { reply_markup: keyboard("1") });
    const edited = await s.ok("editMessageReplyMarkup", { chat_id: s.user.id, message_id: sent.message_id, reply_markup: keyboard("2") }, "Message");
    expect(edited.reply_markup).toEqual(keyboard("2"));
    expect((await s.messages(s.user.id))[0].reply_markup).toEqual(keyboard("2"));
    const cleared = await s.ok("editMessageReplyMarkup", { chat_id: s.user.id, message_id: sent.message_id }, "Message");
    expect(cleared.reply_markup).toBeUndefined();
    expect((await s.messages(s.user.id))[0].reply_markup).toBeUndefined();
  });

  test("a reply keyboard is refused: edits take inline keyboards only", async () => {
    const sent = await send(s.user.id, "kb2");
    await s.fails("editMessageReplyMarkup", { chat_id: s.user.id, message_id: sent.message_id, reply_markup: { keyboard: [["A"]] } }, 400,
      "Bad Request: inline keyboard expected");
  });
});

describe("editMessageCaption", () => {
  test("a text message has no caption to edit", async () => {
    const sent = await send(s.user.id, "plain");
    await s.fails("editMessageCaption", { chat_id: s.user.id, message_id: sent.message_id, caption: "c" }, 400,
      "Bad Request: there is no caption in the message to edit");
  });

  test("changes the caption of a photo the bot forwarded, keeping the photo", async () => {
    const png = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGP8z8DwnwEIGBkZGRgYAAAZ6AQDGGxsOQAAAABJRU5ErkJggg==";
    await s.world.control("/control/messages", { from: s.user.id, chat_id: s.bot.id, text: "pic", media: { type: "photo", data: png } });
    const [photo] = await s.messages(s.user.id, s.bot.id);
    const copy = await s.ok("copyMessage", { chat_id: s.user.id, from_chat_id: s.user.id, message_id: photo.message_id }, "MessageId");
    const edited = await s.ok("editMessageCaption", {
      chat_id: s.user.id, message_id: copy.message_id, caption: "<b>new</b> caption", parse_mode: "HTML",
    }, "Message");
    expect(edited).toMatchObject({ caption: "new caption", caption_entities: [{ type: "bold", offset: 0, length: 3 }] });
    expect(edited.photo?.[0]?.file_id).toEqual(expect.any(String));
    expect((await s.messages(s.user.id))[0]).toMatchObject({ text: "new caption", media: { type: "photo" } });
  });
});

describe("deleteMessage and deleteMessages", () => {
  test("deleteMessage removes the message for both sides", async () => {
    const sent = await send(s.user.id, "bye");
    expect(await s.ok("deleteMessage", { chat_id: s.user.id, message_id: sent.message_id })).toBe(true);
    expect((await s.messages(s.user.id)).some((m: { text: string }) => m.text === "bye")).toBe(false);
  });

  test("deleteMessage in a supergroup", async () => {
    const sent = await send(s.supergroup, "gone soon");
    expect(await s.ok("deleteMessage", { chat_id: s.supergroup, message_id: sent.message_id })).toBe(true);
    expect((await s.messages(s.supergroup)).some((m: { message_id: number }) => m.message_id === sent.message_id)).toBe(false);
  });

  test("a missing message is 'message to delete not found'", () =>
    s.fails("deleteMessage", { chat_id: s.user.id, message_id: 999999 }, 400, "Bad Request: message to delete not found"));

  test("deleteMessages removes those that exist and skips the rest", async () => {
    const a = await send(s.group, "one");
    const b = await send(s.group, "two");
    expect(await s.ok("deleteMessages", { chat_id: s.group, message_ids: [a.message_id, b.message_id, 999999] })).toBe(true);
    const texts = (await s.messages(s.group, s.bot.id)).map((m: { text: string }) => m.text);
    expect(texts).not.toContain("one");
    expect(texts).not.toContain("two");
  });

  test("message_ids are checked as the official server checks them", async () => {
    await s.fails("deleteMessages", { chat_id: s.group, message_ids: [] }, 400, "Bad Request: message identifiers are not specified");
    await s.fails("deleteMessages", { chat_id: s.group, message_ids: { a: 1 } }, 400, "Bad Request: expected an Array of message identifiers");
    await s.fails("deleteMessages", { chat_id: s.group, message_ids: [0] }, 400, "Bad Request: invalid message identifier specified");
    await s.fails("deleteMessages", { chat_id: s.group, message_ids: [true] }, 400, "Bad Request: message identifier must be a Number");
  });
});
