/** reply_to_message in updates, as the official server shows it: the replied message, whole. */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { reader, textOf } from "./e2e-support.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

test("a reply carries the message it answers, whether seen as an update or sent by the bot", async () => {
  const bot = await world.createBot();
  const ann = await world.createUser("Ann");
  const read = reader(world, bot.token);
  await world.ok(bot.token, "getMe");

  const first = await world.control<{ message_id: number }>("/control/messages", { from: ann.id, chat_id: bot.id, text: "question" });
  const sent = await world.ok<{ message_id: number }>(bot.token, "sendMessage", { chat_id: ann.id, text: "answer" });
  // The bot's own message, in Ann's numbering, for her reply.
  const [mine] = (await world.control<{ messages: { message_id: number; text: string }[] }>(`/control/chats/${bot.id}/messages?as=${ann.id}&limit=1`)).messages;
  expect(mine!.text).toBe("answer");

  await world.control("/control/messages", { from: ann.id, chat_id: bot.id, text: "again", reply_to_message_id: first.message_id });
  await world.control("/control/messages", { from: ann.id, chat_id: bot.id, text: "thanks", reply_to_message_id: mine!.message_id });

  const got = await read.take(3);
  expect(got.map(textOf)).toEqual(["question", "again", "thanks"]);
  expect(got[1]!.message.reply_to_message).toMatchObject({ message_id: got[0]!.message.message_id, text: "question", from: { id: ann.id } });
  expect(got[1]!.message.reply_to_message.reply_to_message).toBeUndefined();
  expect(got[2]!.message.reply_to_message).toMatchObject({ message_id: sent.message_id, text: "answer", from: { id: bot.id, is_bot: true } });
});
