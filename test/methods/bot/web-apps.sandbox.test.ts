/** answerWebAppQuery and savePreparedInlineMessage through the sandbox, and the inline_message_id form. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import { fromInlineMessageId, toInlineMessageId } from "../../../src/convert/inline-message-id.ts";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";

let world: TestWorld;
let bot: { id: number; token: string };
let user: { id: number };

beforeAll(async () => {
  world = await startTestWorld();
  bot = await world.createBot();
  user = await world.createUser("Ann");
});
afterAll(() => world.stop());

const article = (text: string) => ({ type: "article", id: "r", title: "Result", input_message_content: { message_text: text } });

describe("answerWebAppQuery", () => {
  test("the result is sent from the user to the bot's chat, and its inline message id answered", async () => {
    const { id } = await world.control("/control/web_app_queries", { from: user.id, bot: bot.id });
    const sent = await world.ok(bot.token, "answerWebAppQuery", { web_app_query_id: id, result: article("Ordered: tea") });
    expectBotApi("SentWebAppMessage", sent);
    const answer = await world.control(`/control/web_app_queries/${id}`);
    expect(answer).toMatchObject({ answered: true, result: { _: "InputBotInlineResult", type: "article" } });
    const { messages } = await world.control(`/control/chats/${bot.id}/messages?as=${user.id}&limit=1`);
    expect(messages[0]).toMatchObject({ message_id: answer.message_id, text: "Ordered: tea", from: user.id });
    const decoded = fromInlineMessageId(sent.inline_message_id) as Api.InputBotInlineMessageID64;
    expect(decoded).toBeInstanceOf(Api.InputBotInlineMessageID64);
    expect([decoded.ownerId.toJSNumber(), decoded.id]).toEqual([user.id, answer.message_id]);
  });

  test("a query answered twice or unknown is refused; a result that does not parse too", async () => {
    const { id } = await world.control("/control/web_app_queries", { from: user.id, bot: bot.id });
    await world.ok(bot.token, "answerWebAppQuery", { web_app_query_id: id, result: article("one") });
    const stale = "Bad Request: query is too old and response timeout expired or query ID is invalid";
    expect((await world.call(bot.token, "answerWebAppQuery", { web_app_query_id: id, result: article("two") })).description).toBe(stale);
    expect((await world.call(bot.token, "answerWebAppQuery", { web_app_query_id: "nope", result: article("x") })).description).toBe(stale);
    expect((await world.call(bot.token, "answerWebAppQuery", { web_app_query_id: id, result: { type: "article", id: "1" } })).description).toBe(
      'Bad Request: can\'t parse inline query result: Can\'t find field "message_text"',
    );
  });
});

describe("savePreparedInlineMessage", () => {
  test("the world keeps the result for the user with the allowed chat types", async () => {
    const prepared = await world.ok(bot.token, "savePreparedInlineMessage", {
      user_id: user.id, result: article("Share me"), allow_user_chats: true, allow_group_chats: true,
    });
    expectBotApi("PreparedInlineMessage", prepared);
    const stored = await world.control(`/control/prepared_inline_messages/${prepared.id}`);
    expect(stored).toMatchObject({ bot: bot.id, user: user.id, peer_types: ["pm", "chat", "megagroup"], expire_date: prepared.expiration_date });
    expect(stored.result.sendMessage).toMatchObject({ _: "InputBotInlineMessageText", message: "Share me" });
  });

  test("no allowed chat type, a bad user id or a bot are refused", async () => {
    expect((await world.call(bot.token, "savePreparedInlineMessage", { user_id: user.id, result: article("x") })).description).toBe(
      "Bad Request: at least one chat type must be allowed",
    );
    expect((await world.call(bot.token, "savePreparedInlineMessage", { user_id: -5, result: article("x"), allow_user_chats: true })).description).toBe(
      "Bad Request: invalid user_id specified",
    );
    const other = await world.createBot();
    expect((await world.call(bot.token, "savePreparedInlineMessage", { user_id: other.id, result: article("x"), allow_user_chats: true })).description).toBe(
      "Bad Request: USER_BOT_INVALID",
    );
  });
});

describe("inline_message_id", () => {
  test.each([
    new Api.InputBotInlineMessageID({ dcId: 2, id: bigInt("-1234567890123456789"), accessHash: bigInt(77) }),
    new Api.InputBotInlineMessageID64({ dcId: 4, ownerId: bigInt(1000001), id: 42, accessHash: bigInt("-9") }),
  ])("%#: TDLib's constructor-less form round-trips", (id) => {
    const text = toInlineMessageId(id);
    expect(Buffer.from(text, "base64url").length).toBe(id instanceof Api.InputBotInlineMessageID ? 20 : 24);
    expect(fromInlineMessageId(text)?.getBytes()).toEqual(id.getBytes());
  });

  test("text of another length or alphabet is no inline message id", () => {
    expect(fromInlineMessageId("AAAA")).toBeUndefined();
    expect(fromInlineMessageId("a+b/")).toBeUndefined();
  });
});
