/** answerCallbackQuery and answerInlineQuery through the sandbox: a user presses or types, the bot answers. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { decodeFileId } from "../../../src/files/file-id.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";

let world: TestWorld;
let bot: { id: number; token: string; username: string };
let user: { id: number };

beforeAll(async () => {
  world = await startTestWorld();
  bot = await world.createBot();
  user = await world.createUser("Ann");
});
afterAll(() => world.stop());

/** The bot posts a message with one callback button; returns its id as the user numbers it. */
async function messageWithButton(data: string): Promise<number> {
  const button = { _: "KeyboardButtonCallback", text: "Press", data: Buffer.from(data).toString("base64") };
  await world.control("/control/act", {
    as: bot.id,
    method: "messages.sendMessage",
    params: {
      peer: user.id,
      message: "Choose",
      random_id: Date.now(),
      reply_markup: { _: "ReplyInlineMarkup", rows: [{ _: "KeyboardButtonRow", buttons: [button] }] },
    },
  });
  const { messages } = await world.control(`/control/chats/${bot.id}/messages?as=${user.id}&limit=1`);
  return messages[0].message_id;
}

const press = async (messageId: number, data: string): Promise<string> =>
  (await world.control("/control/callback_queries", { from: user.id, chat_id: bot.id, message_id: messageId, data })).id;

describe("answerCallbackQuery", () => {
  test("a notification answer reaches the world", async () => {
    const id = await press(await messageWithButton("a"), "a");
    expect(await world.control(`/control/callback_queries/${id}`)).toEqual({ answered: false });
    expect(await world.ok(bot.token, "answerCallbackQuery", { callback_query_id: id, text: "Saved", cache_time: 5 })).toBe(true);
    expect(await world.control(`/control/callback_queries/${id}`)).toEqual({ answered: true, text: "Saved", cache_time: 5 });
  });

  test("an alert with a URL, and an empty answer", async () => {
    const messageId = await messageWithButton("b");
    const alert = await press(messageId, "b");
    await world.ok(bot.token, "answerCallbackQuery", { callback_query_id: alert, text: "Careful", show_alert: true, url: "https://t.me/x" });
    expect(await world.control(`/control/callback_queries/${alert}`)).toEqual({
      answered: true, text: "Careful", show_alert: true, url: "https://t.me/x",
    });
    const silent = await press(messageId, "b");
    // cache_time is clamped to 30 days, as the official server does.
    expect(await world.ok(bot.token, "answerCallbackQuery", { callback_query_id: silent, cache_time: 99_999_999 })).toBe(true);
    expect(await world.control(`/control/callback_queries/${silent}`)).toEqual({ answered: true, cache_time: 2_592_000 });
  });

  test("a query answered twice, an unknown id or another bot's query is too old or invalid", async () => {
    const id = await press(await messageWithButton("c"), "c");
    await world.ok(bot.token, "answerCallbackQuery", { callback_query_id: id });
    const refused = {
      ok: false, error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid",
    };
    expect(await world.call(bot.token, "answerCallbackQuery", { callback_query_id: id })).toEqual(refused);
    expect(await world.call(bot.token, "answerCallbackQuery", { callback_query_id: "12345" })).toEqual(refused);
    const other = await world.createBot();
    const fresh = await press(await messageWithButton("d"), "d");
    expect(await world.call(other.token, "answerCallbackQuery", { callback_query_id: fresh })).toEqual(refused);
  });
});

const ask = async (query: string): Promise<string> =>
  (await world.control("/control/inline_queries", { from: user.id, bot: bot.id, query })).id;

describe("answerInlineQuery", () => {
  test("an article with formatted text, a keyboard and a thumbnail, with the query's options", async () => {
    const id = await ask("hello");
    const results = [
      {
        type: "article", id: "a1", title: "Hello", description: "Says hello", url: "https://example.org", thumbnail_url: "https://example.org/t.jpg",
        input_message_content: { message_text: "<b>Hello</b> there", parse_mode: "HTML" },
        reply_markup: { inline_keyboard: [[{ text: "More", callback_data: "more" }]] },
      },
    ];
    const button = { text: "Settings", start_parameter: "settings" };
    expect(await world.ok(bot.token, "answerInlineQuery", { inline_query_id: id, results, cache_time: 10, is_personal: true, next_offset: "20", button })).toBe(true);
    const answer = await world.control(`/control/inline_queries/${id}`);
    expect(answer).toMatchObject({ answered: true, cache_time: 10, is_personal: true, next_offset: "20" });
    expect(answer.button).toEqual({ _: "InlineBotSwitchPM", text: "Settings", startParam: "settings" });
    const [article] = answer.results;
    expect(article).toMatchObject({ _: "InputBotInlineResult", id: "a1", type: "article", title: "Hello", description: "Says hello", url: "https://example.org" });
    expect(article.thumb).toMatchObject({ url: "https://example.org/t.jpg", mimeType: "image/jpeg" });
    expect(article.sendMessage).toMatchObject({ _: "InputBotInlineMessageText", message: "Hello there" });
    expect(article.sendMessage.entities).toEqual([{ _: "MessageEntityBold", offset: 0, length: 5 }]);
    expect(article.sendMessage.replyMarkup.rows[0].buttons[0]).toMatchObject({ _: "KeyboardButtonCallback", text: "More" });
  });

  test("photos and documents by URL, cached ones by file_id, and locations, venues and contacts", async () => {
    const id = await ask("media");
    // Published file_ids (test/files/file-id.test.ts): the sandbox keeps what the bot sends.
    const photoFileId = "AgACAgIAAxkBAAIDUmNzVgEeORTZ9Rh7MXK6rwRdWEHQAAIKvjEb4GegSmP7vfyjBNwiAQADAgADeAADKwQ";
    const documentFileId = "BQACAgIAAxkBAAMFYR5Wo_JQlqCFHDS_4-IpPRKWg4IAAuYLAAL3WfhIhX2E1ieLDyMgBA";
    const results = [
      { type: "photo", id: "p1", photo_url: "https://example.org/p.jpg", thumbnail_url: "https://example.org/pt.jpg", photo_width: 640, photo_height: 480, caption: "_cat_", parse_mode: "MarkdownV2" },
      { type: "document", id: "d1", title: "Paper", document_url: "https://example.org/a.pdf", mime_type: "application/pdf" },
      { type: "photo", id: "p2", photo_file_id: photoFileId },
      { type: "location", id: "l1", title: "Here", latitude: 51.5, longitude: -0.12 },
      { type: "venue", id: "v1", title: "Cafe", address: "Main St 1", latitude: 1, longitude: 2, foursquare_id: "4sq" },
      { type: "contact", id: "c1", phone_number: "+100", first_name: "Bo", last_name: "B" },
      { type: "document", id: "d2", title: "Cached", document_file_id: documentFileId, caption: "see" },
    ];
    await world.ok(bot.token, "answerInlineQuery", { inline_query_id: id, results });
    const answer = await world.control(`/control/inline_queries/${id}`);
    expect(answer.cache_time).toBe(300);
    const [photo, doc, cached, geo, venue, contact, cachedDoc] = answer.results;
    expect(photo).toMatchObject({ type: "photo", content: { url: "https://example.org/p.jpg", mimeType: "image/jpeg" } });
    expect(photo.content.attributes).toEqual([{ _: "DocumentAttributeImageSize", w: 640, h: 480 }]);
    expect(photo.sendMessage).toMatchObject({ _: "InputBotInlineMessageMediaAuto", message: "cat", entities: [{ _: "MessageEntityItalic", offset: 0, length: 3 }] });
    expect(doc).toMatchObject({ type: "file", title: "Paper", content: { url: "https://example.org/a.pdf", mimeType: "application/pdf" } });
    const photoLocation = decodeFileId(photoFileId).location as { id: bigint };
    expect(cached).toMatchObject({ _: "InputBotInlineResultPhoto", id: "p2", type: "photo", photo: { _: "InputPhoto" } });
    expect(String(cached.photo.id)).toBe(String(photoLocation.id));
    expect(cachedDoc).toMatchObject({
      _: "InputBotInlineResultDocument", type: "file", title: "Cached", document: { _: "InputDocument" }, sendMessage: { message: "see" },
    });
    expect(geo).toMatchObject({ type: "geo", title: "Here", sendMessage: { _: "InputBotInlineMessageMediaGeo", geoPoint: { lat: 51.5, long: -0.12 } } });
    expect(venue.sendMessage).toMatchObject({ _: "InputBotInlineMessageMediaVenue", title: "Cafe", provider: "foursquare", venueId: "4sq" });
    expect(contact).toMatchObject({ type: "contact", title: "Bo B", sendMessage: { phoneNumber: "+100", firstName: "Bo", lastName: "B" } });
  });

  test.each([
    ["Bad Request: can't parse inline query result: Input message content is not specified", [{ type: "article", id: "1", title: "t", input_message_content: {} }]],
    ['Bad Request: can\'t parse inline query result: Can\'t find field "message_text"', [{ type: "article", id: "1", title: "t" }]],
    ['Bad Request: can\'t parse inline query result: Can\'t find field "title"', [{ type: "article", id: "1", input_message_content: { message_text: "x" } }]],
    ['Bad Request: can\'t parse inline query result: type "poll" is unsupported for the inline query result', [{ type: "poll", id: "1" }]],
    ["Bad Request: can't parse inline query result: Inline query result must be an object", [5]],
    ['Bad Request: can\'t parse inline query result: Can\'t find field "photo_file_id"', [{ type: "photo", id: "1" }]],
    ["Bad Request: expected an Array of inline query results", { type: "article" }],
    ["Bad Request: too many inline query results specified", Array.from({ length: 51 }, (_, i) => ({ type: "photo", id: String(i), photo_url: "https://a.org/p.jpg" }))],
    ["Bad Request: wrong file identifier/HTTP URL specified", [{ type: "photo", id: "1", photo_file_id: "nonsense" }]],
  ])("results refused with %s", async (description, results) => {
    const id = await ask("bad");
    expect(await world.call(bot.token, "answerInlineQuery", { inline_query_id: id, results })).toEqual({ ok: false, error_code: 400, description });
    expect(await world.control(`/control/inline_queries/${id}`)).toEqual({ answered: false });
  });

  test("a bad button, bad entities and a stale query are refused", async () => {
    const id = await ask("x");
    const article = { type: "article", id: "1", title: "t", input_message_content: { message_text: "ok" } };
    expect((await world.call(bot.token, "answerInlineQuery", { inline_query_id: id, results: [article], button: { text: "b" } })).description).toBe(
      "Bad Request: can't parse inline query results button: InlineQueryResultsButton must have exactly one optional field",
    );
    const badHtml = { ...article, input_message_content: { message_text: "<b>x", parse_mode: "HTML" } };
    expect((await world.call(bot.token, "answerInlineQuery", { inline_query_id: id, results: [badHtml] })).description).toStartWith(
      "Bad Request: can't parse inline query result: Can't parse entities: ",
    );
    await world.ok(bot.token, "answerInlineQuery", { inline_query_id: id, results: [article] });
    expect((await world.call(bot.token, "answerInlineQuery", { inline_query_id: id, results: [article] })).description).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
  });
});
