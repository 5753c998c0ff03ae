/** Stock GramJS clients in the sandbox: logins, a conversation with a bot, pts, and getDifference. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { Raw } from "telegram/events";
import type { SandboxTelegramClient } from "../../../src/telegram/sandbox-connection.ts";
import { big } from "../../../src/sandbox/world/tl.ts";
import { Harness } from "./helpers.ts";

let h: Harness;
let bot: { id: number; token: string; username: string };
let user: { id: number; phone: string };
let botClient: SandboxTelegramClient;
let userClient: SandboxTelegramClient;

/** Resolves with the first raw update `client` gets that passes `match`. */
function nextUpdate<T>(client: SandboxTelegramClient, match: (u: unknown) => u is T): Promise<T> {
  return new Promise((resolve) => {
    const handler = (update: unknown) => {
      if (!match(update)) return;
      client.removeEventHandler(handler, new Raw({}));
      resolve(update);
    };
    client.addEventHandler(handler, new Raw({}));
  });
}

const isShortMessage = (u: unknown): u is Api.UpdateShortMessage => u instanceof Api.UpdateShortMessage;
const state = async (client: SandboxTelegramClient) => client.invoke(new Api.updates.GetState());

beforeAll(async () => {
  h = await Harness.start();
  bot = await h.ok("POST", "/control/bots", { username: "echo_bot", first_name: "Echo" });
  // A test phone on DC 2 with 2FA: the login goes through PHONE_MIGRATE_2 and SRP.
  user = await h.ok("POST", "/control/users", { phone: "9996624321", first_name: "Ann", username: "ann_s", password: "s3cret" });
  botClient = await h.bot(bot.token);
  userClient = await h.user(user.phone, "s3cret");
});

afterAll(async () => {
  await h.stop();
});

describe("logins", () => {
  test("the bot and the user are who the world says", async () => {
    const botMe = (await botClient.getMe()) as Api.User;
    expect(botMe.bot).toBe(true);
    expect(botMe.id.toJSNumber()).toBe(bot.id);
    expect(bot.token.startsWith(`${bot.id}:`)).toBe(true);
    const userMe = (await userClient.getMe()) as Api.User;
    expect(userMe.id.toJSNumber()).toBe(user.id);
    expect(userClient.session.dcId).toBe(2);
  });

  test("a wrong 2FA password is refused", async () => {
    await expect(h.user(user.phone, "wrong")).rejects.toThrow(/PASSWORD_HASH_INVALID/);
  });

  test("a wrong bot token is refused", async () => {
    await expect(h.bot(`${bot.id}:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).rejects.toThrow(/ACCESS_TOKEN_INVALID/);
  });
});

describe("a conversation", () => {
  test("the user writes, the bot gets the update and answers, both at the right pts", async () => {
    const botBefore = await state(botClient);
    const userBefore = await state(userClient);
    const received = nextUpdate(botClient, isShortMessage);
    const mine = await userClient.sendMessage(bot.username, { message: "hello bot" });
    const update = await received;
    expect(update.message).toBe("hello bot");
    expect(update.userId.toJSNumber()).toBe(user.id);
    expect(update.pts).toBe(botBefore.pts + 1);

    const answered = nextUpdate(userClient, isShortMessage);
    // A bot may address the user with access_hash 0.
    const reply = await botClient.invoke(
      new Api.messages.SendMessage({
        peer: new Api.InputPeerUser({ userId: big(user.id), accessHash: big(0) }),
        message: "hello human",
        replyTo: new Api.InputReplyToMessage({ replyToMsgId: update.id }),
      }),
    );
    expect(reply).toBeInstanceOf(Api.UpdateShortSentMessage);
    const answer = await answered;
    expect(answer.message).toBe("hello human");
    // The reply points at the user's own copy of the message, in the user's numbering.
    expect((answer.replyTo as Api.MessageReplyHeader).replyToMsgId).toBe(mine.id);
    expect((await state(userClient)).pts).toBe(userBefore.pts + 2);
    expect((await state(botClient)).pts).toBe(botBefore.pts + 2);
  });

  test("a client that was offline gets exactly the 100 messages it missed", async () => {
    const friend = await h.ok("POST", "/control/users", { first_name: "Friend" });
    const saved = userClient.session.save() as unknown as string;
    const before = await state(userClient);
    await userClient.disconnect();
    const sent: string[] = [];
    for (let i = 0; i < 100; i++) {
      sent.push(`offline ${i}`);
      await h.ok("POST", "/control/messages", { from: friend.id, chat_id: user.id, text: `offline ${i}` });
    }
    const again = h.client(saved);
    await again.connect();
    const difference = await again.invoke(new Api.updates.GetDifference({ pts: before.pts, date: before.date, qts: before.qts }));
    expect(difference).toBeInstanceOf(Api.updates.Difference);
    const got = (difference as Api.updates.Difference).newMessages.map((m) => (m as Api.Message).message);
    expect(got).toEqual(sent);
    expect((difference as Api.updates.Difference).state.pts).toBe(before.pts + 100);
    userClient = again;
  });
});
