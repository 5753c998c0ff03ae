import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type Scene, startScene } from "./helpers.ts";

let s: Scene;
beforeAll(async () => {
  s = await startScene();
});
afterAll(() => s.world.stop());

/** A message the user wrote to the bot; its id as the bot numbers it. */
async function fromUser(text: string): Promise<number> {
  await s.world.control("/control/messages", { from: s.user.id, chat_id: s.bot.id, text });
  return (await s.messages(s.user.id, s.bot.id))[0].message_id;
}

describe("forwardMessage and forwardMessages", () => {
  test("forwards the user's message to the supergroup with its origin", async () => {
    const id = await fromUser("forward me");
    const message = await s.ok("forwardMessage", { chat_id: s.supergroup, from_chat_id: s.user.id, message_id: id }, "Message");
    expect(message).toMatchObject({ chat: { id: s.supergroup }, text: "forward me", forward_origin: { type: "user", sender_user: { id: s.user.id } } });
    expect((await s.messages(s.supergroup))[0]).toMatchObject({ text: "forward me", forward_from: s.user.id });
  });

  test("disable_notification and protect_content apply to the forwarded copy", async () => {
    const id = await fromUser("protected");
    const message = await s.ok("forwardMessage", {
      chat_id: s.supergroup, from_chat_id: s.user.id, message_id: id, disable_notification: true, protect_content: true,
    }, "Message");
    expect(message.has_protected_content).toBe(true);
    expect((await s.messages(s.supergroup))[0]).toMatchObject({ text: "protected", silent: true, protect_content: true });
  });

  test("a missing message is 'message to forward not found'", () =>
    s.fails("forwardMessage", { chat_id: s.supergroup, from_chat_id: s.user.id, message_id: 999999 }, 400,
      "Bad Request: message to forward not found"));

  test("forwardMessages keeps the order and skips missing ids", async () => {
    const a = await fromUser("first of two");
    const b = await fromUser("second of two");
    const ids = await s.ok("forwardMessages", { chat_id: s.group, from_chat_id: s.user.id, message_ids: [a, 999999, b] }, "Array of MessageId");
    expect(ids).toHaveLength(2);
    const seen = (await s.messages(s.group, s.bot.id)).slice(0, 2);
    expect(seen.map((m: { message_id: number }) => m.message_id).reverse()).toEqual(ids.map((m: { message_id: number }) => m.message_id));
    expect(seen.map((m: { text: string }) => m.text).reverse()).toEqual(["first of two", "second of two"]);
  });
});

describe("copyMessage and copyMessages", () => {
  test("copies a text with its entities and no link to the original", async () => {
    const sent = await s.ok("sendMessage", { chat_id: s.user.id, text: "<u>copy</u> me", parse_mode: "HTML" }, "Message");
    const copy = await s.ok("copyMessage", { chat_id: s.supergroup, from_chat_id: s.user.id, message_id: sent.message_id }, "MessageId");
    const [seen] = await s.messages(s.supergroup);
    expect(seen).toMatchObject({ message_id: copy.message_id, text: "copy me", entities: [{ type: "underline", offset: 0, length: 4 }] });
    expect(seen.forward_from).toBeUndefined();
  });

  test("a copy can carry a reply and a keyboard", async () => {
    const original = await s.ok("sendMessage", { chat_id: s.supergroup, text: "root" }, "Message");
    const id = await fromUser("to copy");
    const reply_markup = { inline_keyboard: [[{ text: "ok", callback_data: "ok" }]] };
    const copy = await s.ok("copyMessage", {
      chat_id: s.supergroup, from_chat_id: s.user.id, message_id: id, reply_parameters: { message_id: original.message_id }, reply_markup,
    }, "MessageId");
    expect((await s.messages(s.supergroup))[0]).toMatchObject({ message_id: copy.message_id, text: "to copy", reply_to_message_id: original.message_id, reply_markup });
  });

  test("a missing message is 'message to copy not found'", () =>
    s.fails("copyMessage", { chat_id: s.supergroup, from_chat_id: s.user.id, message_id: 999999 }, 400, "Bad Request: message to copy not found"));

  test("copyMessages copies several without their author", async () => {
    const a = await fromUser("c1");
    const b = await fromUser("c2");
    const ids = await s.ok("copyMessages", { chat_id: s.supergroup, from_chat_id: s.user.id, message_ids: [a, b] }, "Array of MessageId");
    expect(ids).toHaveLength(2);
    const seen = (await s.messages(s.supergroup)).slice(0, 2).reverse();
    expect(seen.map((m: { text: string }) => m.text)).toEqual(["c1", "c2"]);
    expect(seen.every((m: { forward_from?: number }) => m.forward_from === undefined)).toBe(true);
  });
});

describe("sendChatAction", () => {
  test("the user sees the bot typing", async () => {
    expect(await s.ok("sendChatAction", { chat_id: s.user.id, action: "typing" })).toBe(true);
    const { actions } = await s.world.control(`/control/chats/${s.bot.id}/actions?as=${s.user.id}`);
    expect(actions[0]).toMatchObject({ from: s.bot.id, action: "SendMessageTypingAction" });
  });

  test("the action name is case-insensitive and old aliases work", async () => {
    expect(await s.ok("sendChatAction", { chat_id: s.supergroup, action: "Upload_Audio" })).toBe(true);
    const { actions } = await s.world.control(`/control/chats/${s.supergroup}/actions?as=${s.user.id}`);
    expect(actions[0]).toMatchObject({ from: s.bot.id, action: "SendMessageUploadAudioAction" });
  });

  test("an unknown or missing action is refused", async () => {
    await s.fails("sendChatAction", { chat_id: s.user.id, action: "dancing" }, 400, "Bad Request: wrong parameter action in request");
    await s.fails("sendChatAction", { chat_id: s.user.id }, 400, "Bad Request: wrong parameter action in request");
  });

  test("an unknown chat", () => s.fails("sendChatAction", { chat_id: -1009999999999, action: "typing" }, 400, "Bad Request: chat not found"));
});
