/** Callback and inline queries: pushed to the bot's GramJS client, answers visible to the control API. */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { Api } from "telegram";
import { Raw } from "telegram/events";
import type { SandboxTelegramClient } from "../../../src/telegram/sandbox-connection.ts";
import { big } from "../../../src/sandbox/world/tl.ts";
import { Harness } from "./helpers.ts";

let h: Harness;
let botClient: SandboxTelegramClient;
let bot: { id: number; token: string; username: string };
let user: { id: number };

function next<T>(match: (u: unknown) => u is T): Promise<T> {
  return new Promise((resolve) => {
    const handler = (update: unknown) => {
      if (!match(update)) return;
      botClient.removeEventHandler(handler, new Raw({}));
      resolve(update);
    };
    botClient.addEventHandler(handler, new Raw({}));
  });
}

beforeAll(async () => {
  h = await Harness.start();
  bot = await h.ok("POST", "/control/bots", { username: "button_bot" });
  user = await h.ok("POST", "/control/users", { first_name: "Pat" });
  botClient = await h.bot(bot.token);
});

afterAll(async () => {
  await h.stop();
});

test("a pressed button reaches the bot, and its answer reaches the control API", async () => {
  await h.ok("POST", "/control/messages", { from: user.id, chat_id: bot.id, text: "/start" });
  const keyboard = new Api.ReplyInlineMarkup({
    rows: [new Api.KeyboardButtonRow({ buttons: [new Api.KeyboardButtonCallback({ text: "Yes", data: Buffer.from("yes") })] })],
  });
  await botClient.invoke(
    new Api.messages.SendMessage({
      peer: new Api.InputPeerUser({ userId: big(user.id), accessHash: big(0) }),
      message: "Continue?",
      replyMarkup: keyboard,
    }),
  );
  const [shown] = (await h.ok("GET", `/control/chats/${bot.id}/messages?as=${user.id}&limit=1`)).messages;
  expect(shown.reply_markup).toEqual({ inline_keyboard: [[{ text: "Yes", callback_data: "yes" }]] });

  const arrived = next((u): u is Api.UpdateBotCallbackQuery => u instanceof Api.UpdateBotCallbackQuery);
  const { id } = await h.ok("POST", "/control/callback_queries", { from: user.id, chat_id: bot.id, message_id: shown.message_id, data: "yes" });
  const query = await arrived;
  expect(query.data?.toString()).toBe("yes");
  expect(query.userId.toJSNumber()).toBe(user.id);
  expect(query.queryId.toString()).toBe(id);
  expect(await h.ok("GET", `/control/callback_queries/${id}`)).toEqual({ answered: false });
  await botClient.invoke(new Api.messages.SetBotCallbackAnswer({ queryId: query.queryId, message: "Done", cacheTime: 0 }));
  expect(await h.ok("GET", `/control/callback_queries/${id}`)).toEqual({ answered: true, text: "Done" });
});

test("an inline query reaches the bot, and its results reach the control API", async () => {
  const arrived = next((u): u is Api.UpdateBotInlineQuery => u instanceof Api.UpdateBotInlineQuery);
  const { id } = await h.ok("POST", "/control/inline_queries", { from: user.id, bot: bot.id, query: "cats" });
  const query = await arrived;
  expect(query.query).toBe("cats");
  await botClient.invoke(
    new Api.messages.SetInlineBotResults({
      queryId: query.queryId,
      cacheTime: 5,
      nextOffset: "10",
      results: [
        new Api.InputBotInlineResult({
          id: "1",
          type: "article",
          title: "Cat",
          sendMessage: new Api.InputBotInlineMessageText({ message: "meow" }),
        }),
      ],
    }),
  );
  const answer = await h.ok("GET", `/control/inline_queries/${id}`);
  expect(answer).toMatchObject({ answered: true, next_offset: "10", cache_time: 5 });
  expect(answer.results[0]).toMatchObject({ _: "InputBotInlineResult", id: "1", title: "Cat" });
});
