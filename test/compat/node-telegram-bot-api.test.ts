/**
 * A node-telegram-bot-api (v2) bot, unchanged library code pointed at the gateway with
 * its `apiRoot` option, plays the compat scenario with long polling
 * (`bot.startPolling()`), greeting in HTML and editing in MarkdownV2.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { Bot, type Context, InlineKeyboardBuilder } from "node-telegram-bot-api";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { type Cast, castFor } from "./cast.ts";
import { mentioned, playPrivateChat, playSupergroup, script } from "./scenario.ts";
import { Signals } from "./signals.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld({ local: true });
});
afterAll(() => world.stop());

function keyboard(buttons: readonly (readonly [string, string])[]) {
  const board = new InlineKeyboardBuilder();
  for (const [text, data] of buttons) board.text(text, data);
  return board.build();
}

/** The scenario's bot, in node-telegram-bot-api's idiom. */
function scenarioBot(cast: Cast, signals: Signals): Bot {
  const bot = new Bot(cast.bot.token, { apiRoot: world.baseUrl });
  /** A command handler for the Club only, given the chat, the text and the user it names. */
  const inClub = (run: (chatId: number, text: string, target?: number) => Promise<void>) => async (ctx: Context) => {
    const message = ctx.message;
    if (message?.chat.type === "supergroup" && message.text) await run(message.chat.id, message.text, mentioned(message));
  };
  bot.command("mute", inClub(async (chat_id, _text, user_id) => {
    if (!user_id) return;
    await bot.api.restrictChatMember({ chat_id, user_id, permissions: { can_send_messages: false } });
    signals.done("muted");
  }));
  bot.command("promote", inClub(async (chat_id, _text, user_id) => {
    if (!user_id) return;
    await bot.api.promoteChatMember({ chat_id, user_id, can_pin_messages: true, can_delete_messages: true });
    signals.done("promoted");
  }));
  bot.command("setup", inClub(async (chat_id, text) => {
    await bot.api.setChatTitle({ chat_id, title: text.slice("/setup ".length) });
    const admins = await bot.api.getChatAdministrators({ chat_id });
    const pinned = await bot.api.sendMessage({ chat_id, text: script.admins(admins.map((a) => a.user.first_name)) });
    await bot.api.pinChatMessage({ chat_id, message_id: pinned.message_id, disable_notification: true });
    signals.done("set up", { admins, pinned });
  }));
  bot.on("message", async (ctx, next) => {
    const message = ctx.message!;
    if (message.chat.type !== "private" || message.text === undefined) return next();
    const greeting = await ctx.reply(script.greetingHtml(message.from!.first_name, message.text), { parse_mode: "HTML" });
    const choice = await ctx.reply(script.choice, { reply_markup: keyboard(script.buttons) });
    signals.done("greeted", { update: ctx.update, sent: [greeting, choice] });
  });
  bot.on("callback_query", async (ctx) => {
    const query = ctx.callbackQuery!;
    const where = { chat_id: query.message!.chat.id, message_id: query.message!.message_id };
    if (query.data === script.deleteButton[1]) {
      await ctx.answerCallbackQuery();
      await bot.api.deleteMessage(where);
      signals.done("deleted");
      return;
    }
    await ctx.answerCallbackQuery({ text: script.chosen(query.data!) });
    const edited = await bot.api.editMessageText({
      ...where,
      text: script.choseMarkdownV2(query.data!),
      parse_mode: "MarkdownV2",
      reply_markup: keyboard([script.deleteButton]),
    });
    signals.done("edited", { update: ctx.update, edited });
  });
  bot.catch((error) => signals.fail(error));
  return bot;
}

test("node-telegram-bot-api with bot.startPolling() (long polling)", async () => {
  const cast = await castFor(world);
  const signals = new Signals();
  const bot = scenarioBot(cast, signals);
  // startPolling makes no request before its first getUpdates; the bot introduces itself
  // first, as most bots do, so its gateway session is open before anyone writes to it.
  expect(await bot.api.getMe()).toMatchObject({ id: cast.bot.id, username: cast.bot.username, is_bot: true });
  const running = bot.startPolling(undefined, { timeout: 30 });
  try {
    await playPrivateChat(world, cast, signals);
    await playSupergroup(world, cast, signals);
  } finally {
    bot.stop();
    await running;
  }
}, 30_000);
