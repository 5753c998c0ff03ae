/**
 * A grammY bot, unchanged library code pointed at the gateway with `client.apiRoot`,
 * plays the compat scenario twice: with `bot.start()` (long polling) and behind grammY's
 * `webhookCallback` on a loopback server (the gateway is in --local mode).
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { Bot, InlineKeyboard, webhookCallback } from "grammy";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { type Cast, castFor } from "./cast.ts";
import { mentioned, playPrivateChat, playSupergroup, script } from "./scenario.ts";
import { Signals } from "./signals.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld({ local: true });
});
afterAll(() => world.stop());

function keyboard(buttons: readonly (readonly [string, string])[]): InlineKeyboard {
  const board = new InlineKeyboard();
  for (const [text, data] of buttons) board.text(text, data);
  return board;
}

/** The scenario's bot, in grammY's idiom. */
function scenarioBot(cast: Cast, signals: Signals): Bot {
  const bot = new Bot(cast.bot.token, { client: { apiRoot: world.baseUrl } });
  bot.chatType("private").on("message:text", async (ctx) => {
    const greeting = await ctx.reply(script.greetingHtml(ctx.from.first_name, ctx.msg.text), { parse_mode: "HTML" });
    const choice = await ctx.reply(script.choice, { reply_markup: keyboard(script.buttons) });
    signals.done("greeted", { update: ctx.update, sent: [greeting, choice] });
  });
  bot.callbackQuery(["yes", "no"], async (ctx) => {
    const data = ctx.callbackQuery.data;
    await ctx.answerCallbackQuery({ text: script.chosen(data) });
    const edited = await ctx.editMessageText(script.choseHtml(data), { parse_mode: "HTML", reply_markup: keyboard([script.deleteButton]) });
    signals.done("edited", { update: ctx.update, edited });
  });
  bot.callbackQuery("delete", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.deleteMessage();
    signals.done("deleted");
  });

  const club = bot.chatType("supergroup");
  club.command("mute", async (ctx) => {
    const target = mentioned(ctx.msg);
    if (!target) return;
    await ctx.restrictChatMember(target, { can_send_messages: false });
    signals.done("muted");
  });
  club.command("promote", async (ctx) => {
    const target = mentioned(ctx.msg);
    if (!target) return;
    await ctx.promoteChatMember(target, { can_pin_messages: true, can_delete_messages: true });
    signals.done("promoted");
  });
  club.command("setup", async (ctx) => {
    await ctx.setChatTitle(ctx.match);
    const admins = await ctx.getChatAdministrators();
    const pinned = await ctx.reply(script.admins(admins.map((a) => a.user.first_name)));
    await ctx.pinChatMessage(pinned.message_id, { disable_notification: true });
    signals.done("set up", { admins, pinned });
  });
  bot.catch((error) => signals.fail(error.error));
  return bot;
}

async function play(cast: Cast, signals: Signals): Promise<void> {
  await playPrivateChat(world, cast, signals);
  await playSupergroup(world, cast, signals);
}

test("grammY with bot.start() (long polling)", async () => {
  const cast = await castFor(world);
  const signals = new Signals();
  const bot = scenarioBot(cast, signals);
  const started = Promise.withResolvers<void>();
  const running = bot.start({ onStart: () => started.resolve() });
  // A failure to start (getMe, deleteWebhook) ends `running` before `onStart`.
  await Promise.race([started.promise, running]);
  expect(bot.isRunning()).toBe(true);
  try {
    await play(cast, signals);
  } finally {
    await bot.stop();
    await running;
  }
}, 30_000);

test("grammY with webhookCallback behind a loopback server", async () => {
  const cast = await castFor(world);
  const signals = new Signals();
  const bot = scenarioBot(cast, signals);
  const secret = "compat-secret_1";
  const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: webhookCallback(bot, "std/http", { secretToken: secret }) });
  try {
    await bot.api.setWebhook(`http://127.0.0.1:${server.port}/grammy`, { secret_token: secret });
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url: `http://127.0.0.1:${server.port}/grammy`, pending_update_count: 0 });
    await play(cast, signals);
    await bot.api.deleteWebhook();
  } finally {
    await server.stop(true);
  }
}, 30_000);
