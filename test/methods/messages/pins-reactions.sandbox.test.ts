import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type Scene, startScene } from "./helpers.ts";

let s: Scene;
beforeAll(async () => {
  s = await startScene();
});
afterAll(() => s.world.stop());

const pinned = async (chatId: number) => (await s.world.control(`/control/chats/${chatId}?as=${s.user.id}`)).pinned_message_ids;
const send = (chat_id: number, text: string) => s.ok("sendMessage", { chat_id, text }, "Message");

describe("pinChatMessage, unpinChatMessage, unpinAllChatMessages", () => {
  test("pins in a supergroup, with the service message", async () => {
    const a = await send(s.supergroup, "pin a");
    expect(await s.ok("pinChatMessage", { chat_id: s.supergroup, message_id: a.message_id, disable_notification: true })).toBe(true);
    expect(await pinned(s.supergroup)).toEqual([a.message_id]);
    expect((await s.messages(s.supergroup))[0]).toMatchObject({ action: { _: "MessageActionPinMessage" } });
  });

  test("unpin without a message id unpins the latest pinned one", async () => {
    const b = await send(s.supergroup, "pin b");
    await s.ok("pinChatMessage", { chat_id: s.supergroup, message_id: b.message_id });
    const before = await pinned(s.supergroup);
    expect(before.at(-1)).toBe(b.message_id);
    expect(await s.ok("unpinChatMessage", { chat_id: s.supergroup })).toBe(true);
    expect(await pinned(s.supergroup)).toEqual(before.slice(0, -1));
  });

  test("unpinAllChatMessages clears the list", async () => {
    const c = await send(s.supergroup, "pin c");
    await s.ok("pinChatMessage", { chat_id: s.supergroup, message_id: c.message_id });
    expect(await s.ok("unpinAllChatMessages", { chat_id: s.supergroup })).toBe(true);
    expect(await pinned(s.supergroup)).toEqual([]);
  });

  test("pins in a basic group", async () => {
    const d = await send(s.group, "pin d");
    expect(await s.ok("pinChatMessage", { chat_id: s.group, message_id: d.message_id })).toBe(true);
    expect((await s.world.control(`/control/chats/${s.group}?as=${s.bot.id}`)).pinned_message_ids).toContain(d.message_id);
  });

  test("a missing message is 'message to pin not found'; nothing pinned is 'message to unpin not found'", async () => {
    await s.fails("pinChatMessage", { chat_id: s.supergroup, message_id: 999999 }, 400, "Bad Request: message to pin not found");
    await s.fails("unpinChatMessage", { chat_id: s.supergroup, message_id: 999999 }, 400, "Bad Request: message to unpin not found");
    await s.fails("unpinChatMessage", { chat_id: s.supergroup }, 400, "Bad Request: message to unpin not found");
  });
});

describe("setMessageReaction", () => {
  test("the bot reacts to a user's message in the supergroup, and takes the reaction back", async () => {
    const { message_id } = await s.world.control("/control/messages", { from: s.user.id, chat_id: s.supergroup, text: "react to me" });
    expect(await s.ok("setMessageReaction", { chat_id: s.supergroup, message_id, reaction: [{ type: "emoji", emoji: "👍" }] })).toBe(true);
    let [seen] = await s.messages(s.supergroup);
    expect(seen.reactions).toEqual([expect.objectContaining({ count: 1, reaction: { _: "ReactionEmoji", emoticon: "👍" } })]);
    expect(await s.ok("setMessageReaction", { chat_id: s.supergroup, message_id })).toBe(true);
    [seen] = await s.messages(s.supergroup);
    expect(seen.reactions ?? []).toEqual([]);
  });

  test("reaction types are checked", async () => {
    const sent = await send(s.user.id, "r");
    await s.fails("setMessageReaction", { chat_id: s.user.id, message_id: sent.message_id, reaction: { type: "emoji" } }, 400,
      "Bad Request: expected an Array of ReactionType");
    await s.fails("setMessageReaction", { chat_id: s.user.id, message_id: sent.message_id, reaction: [{ type: "sticker" }] }, 400,
      "Bad Request: can't parse ReactionType: invalid reaction type specified");
    await s.fails("setMessageReaction", { chat_id: s.user.id, message_id: sent.message_id, reaction: [{ emoji: "👍" }] }, 400,
      "Bad Request: can't parse ReactionType: Can't find field \"type\"");
  });

  test("a missing message is 'message to react not found'", () =>
    s.fails("setMessageReaction", { chat_id: s.user.id, message_id: 999999, reaction: [] }, 400, "Bad Request: message to react not found"));
});
