/**
 * Editing messages users sent through the bot's inline results (inline_message_id):
 * inline query → answer with a keyboard → the user sends it → chosen_inline_result
 * names the message → the bot edits it on the user's DC and the world shows the edit.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";
import { ALL_TYPES, reader } from "../../updates/e2e-support.ts";

let world: TestWorld;
let bot: { id: number; token: string };
let ann: { id: number };
let bob: { id: number };
let read: ReturnType<typeof reader>;
beforeAll(async () => {
  world = await startTestWorld();
  bot = await world.createBot();
  // Ann lives on DC 2 and the bot on DC 1: the edit has to go to Ann's DC.
  ann = await world.createUser("Ann", { dc_id: 2 });
  bob = await world.createUser("Bob");
  expect(await world.ok(bot.token, "getUpdates", { timeout: 0, allowed_updates: ALL_TYPES })).toEqual([]);
  read = reader(world, bot.token);
});
afterAll(() => world.stop());

const keyboard = (data: string) => ({ inline_keyboard: [[{ text: "Vote", callback_data: data }]] });
let serial = 0;
const NOT_MODIFIED =
  "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

const article = (id: string, text: string) => ({ type: "article", id, title: text, input_message_content: { message_text: text }, reply_markup: keyboard("a") });

/** Ann sends the bot's result (an article by default) to `peer`; returns the chosen_inline_result's inline_message_id. */
async function sendArticle(peer: number, text: string, result: (id: string, text: string) => object = article): Promise<string> {
  const resultId = `r${++serial}`;
  const { id } = await world.control("/control/inline_queries", { from: ann.id, bot: bot.id, query: text, offset: "" });
  await read.until((r) => r.some((u) => u.inline_query?.id === id));
  const results = [result(resultId, text)];
  expect(await world.ok(bot.token, "answerInlineQuery", { inline_query_id: id, results: JSON.stringify(results) })).toBe(true);
  await world.control("/control/act", { as: ann.id, method: "messages.sendInlineBotResult", params: { peer, random_id: serial, query_id: id, id: resultId } });
  const got = await read.until((r) => r.some((u) => u.chosen_inline_result?.result_id === resultId));
  const chosen = got.find((u) => u.chosen_inline_result?.result_id === resultId)!.chosen_inline_result;
  expect(chosen.inline_message_id).toEqual(expect.any(String));
  return chosen.inline_message_id;
}

async function latest(chat: number, as: number) {
  const [message] = (await world.control(`/control/chats/${chat}/messages?as=${as}&limit=1`)).messages;
  return message;
}

describe("inline messages", () => {
  test("editMessageText and editMessageReplyMarkup change a private message for both sides", async () => {
    const inline = await sendArticle(bob.id, "poll: cats?");
    expect(Buffer.from(inline, "base64url").readInt32LE(0)).toBe(2);
    const edited = await world.ok(bot.token, "editMessageText", {
      inline_message_id: inline, text: "*closed*", parse_mode: "MarkdownV2", reply_markup: keyboard("b"),
    });
    expect(edited).toBe(true);
    for (const [chat, as] of [[bob.id, ann.id], [ann.id, bob.id]]) {
      expect(await latest(chat, as)).toMatchObject({ from: ann.id, text: "closed", reply_markup: keyboard("b"), edit_date: expect.any(Number) });
    }
    expect(await world.ok(bot.token, "editMessageReplyMarkup", { inline_message_id: inline, reply_markup: keyboard("c") })).toBe(true);
    expect(await latest(ann.id, bob.id)).toMatchObject({ text: "closed", reply_markup: keyboard("c") });
    const same = await world.call(bot.token, "editMessageReplyMarkup", { inline_message_id: inline, reply_markup: keyboard("c") });
    expect(same).toEqual({ ok: false, error_code: 400, description: NOT_MODIFIED });
  });

  test("a message in a supergroup is named by the 64-bit form and edited in the group", async () => {
    const { chat_id } = await world.control("/control/chats", { type: "supergroup", title: "Club", creator: ann.id });
    const inline = await sendArticle(chat_id, "in the club");
    expect(Buffer.from(inline, "base64url").length).toBe(24);
    expect(await world.ok(bot.token, "editMessageText", { inline_message_id: inline, text: "edited in the club" })).toBe(true);
    expect(await latest(chat_id, ann.id)).toMatchObject({ from: ann.id, text: "edited in the club" });
  });

  test("editMessageLiveLocation moves a live location sent inline, stopMessageLiveLocation ends it", async () => {
    const location = (id: string) => ({ type: "location", id, title: "Here", latitude: 51.5, longitude: -0.12, live_period: 3600, reply_markup: keyboard("a") });
    const inline = await sendArticle(bob.id, "where", location);
    expect(await latest(bob.id, ann.id)).toMatchObject({ media: { type: "geolive", period: 3600 } });
    expect(await world.ok(bot.token, "editMessageLiveLocation", { inline_message_id: inline, latitude: 48.85, longitude: 2.35 })).toBe(true);
    const moved = await latest(bob.id, ann.id);
    expect(moved.media.geo).toMatchObject({ lat: 48.85, long: 2.35 });
    expect(await world.ok(bot.token, "stopMessageLiveLocation", { inline_message_id: inline })).toBe(true);
    expect(await latest(ann.id, bob.id)).toMatchObject({ media: { type: "geolive", period: 0 } });
  });

  test("an id that is not one, or names no message of the bot's, fails", async () => {
    const bad = await world.call(bot.token, "editMessageText", { inline_message_id: "not an id!", text: "x" });
    expect(bad).toEqual({ ok: false, error_code: 400, description: "Bad Request: invalid inline message identifier specified" });
    const inline = await sendArticle(bob.id, "mine");
    const forged = Buffer.from(inline, "base64url");
    forged.writeInt32LE(forged.readInt32LE(16) ^ 1, 16);
    const wrong = await world.call(bot.token, "editMessageReplyMarkup", { inline_message_id: forged.toString("base64url"), reply_markup: keyboard("z") });
    expect(wrong).toMatchObject({ ok: false, error_code: 400 });
    const none = await world.call(bot.token, "editMessageText", { text: "x" });
    expect(none).toEqual({ ok: false, error_code: 400, description: "Bad Request: message identifier is not specified" });
  });
});
