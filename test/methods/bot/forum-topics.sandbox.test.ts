/** The forum-topic methods through the sandbox: topics are created, edited, closed, hidden, emptied and deleted. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";

let world: TestWorld;
let bot: { id: number; token: string };
let user: { id: number };
let forum: number;

beforeAll(async () => {
  world = await startTestWorld();
  bot = await world.createBot();
  user = await world.createUser("Ann");
  ({ chat_id: forum } = await world.control("/control/chats", {
    type: "supergroup", title: "Forum", creator: user.id, admins: [bot.id], username: "topics_forum", forum: true,
  }));
  // The bot learns the supergroup's access hash by its username, then uses its numeric id.
  await world.ok(bot.token, "createForumTopic", { chat_id: "@topics_forum", name: "Warm-up" });
});
afterAll(() => world.stop());

const topics = async () => (await world.control(`/control/chats/${forum}/topics`)).topics as Array<Record<string, unknown>>;
const topic = async (id: number) => (await topics()).find((t) => t.message_thread_id === id)!;

describe("forum topics", () => {
  test("createForumTopic answers the new topic and the world has it, with its service message", async () => {
    const created = await world.ok(bot.token, "createForumTopic", { chat_id: forum, name: "Ideas", icon_color: 0xffd67e, icon_custom_emoji_id: "5312536423851630001" });
    expectBotApi("ForumTopic", created);
    expect(created).toMatchObject({ name: "Ideas", icon_color: 0xffd67e, icon_custom_emoji_id: "5312536423851630001" });
    expect(await topic(created.message_thread_id)).toMatchObject({ name: "Ideas", is_closed: false, creator: bot.id });
    const { messages } = await world.control(`/control/chats/${forum}/messages?as=${user.id}&limit=1`);
    expect(messages[0].message_id).toBe(created.message_thread_id);
  });

  test("getForumTopicIconStickers lists the default icons, usable as a topic's icon", async () => {
    const icons = await world.ok(bot.token, "getForumTopicIconStickers");
    expectBotApi("Array of Sticker", icons);
    expect(icons.length).toBeGreaterThan(0);
    expect(icons[0]).toMatchObject({ type: "custom_emoji", is_animated: true, is_video: false, set_name: "Topics", emoji: expect.any(String) });
    expect(await world.ok(bot.token, "getForumTopicIconStickers")).toEqual(icons);
    const created = await world.ok(bot.token, "createForumTopic", { chat_id: forum, name: "Iconic", icon_custom_emoji_id: icons[1].custom_emoji_id });
    expect(await topic(created.message_thread_id)).toMatchObject({ icon_custom_emoji_id: icons[1].custom_emoji_id });
  });

  test("a colour Telegram does not offer is replaced by one it does", async () => {
    const created = await world.ok(bot.token, "createForumTopic", { chat_id: forum, name: "Odd colour", icon_color: 123 });
    expect([0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f]).toContain(created.icon_color);
  });

  test("editForumTopic renames and changes the icon; close and reopen toggle it; a repeat is not modified", async () => {
    const { message_thread_id: id } = await world.ok(bot.token, "createForumTopic", { chat_id: forum, name: "Draft" });
    expect(await world.ok(bot.token, "editForumTopic", { chat_id: forum, message_thread_id: id, name: "Final", icon_custom_emoji_id: "42" })).toBe(true);
    expect(await topic(id)).toMatchObject({ name: "Final", icon_custom_emoji_id: "42" });
    await world.ok(bot.token, "editForumTopic", { chat_id: forum, message_thread_id: id, icon_custom_emoji_id: "" });
    expect((await topic(id)).icon_custom_emoji_id).toBeUndefined();
    expect(await world.ok(bot.token, "closeForumTopic", { chat_id: forum, message_thread_id: id })).toBe(true);
    expect((await topic(id)).is_closed).toBe(true);
    expect(await world.call(bot.token, "closeForumTopic", { chat_id: forum, message_thread_id: id })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: TOPIC_NOT_MODIFIED",
    });
    await world.ok(bot.token, "reopenForumTopic", { chat_id: forum, message_thread_id: id });
    expect((await topic(id)).is_closed).toBe(false);
  });

  test("the General topic is renamed, closed, reopened, hidden and shown again", async () => {
    await world.ok(bot.token, "editGeneralForumTopic", { chat_id: forum, name: "Lobby" });
    expect(await topic(1)).toMatchObject({ name: "Lobby" });
    await world.ok(bot.token, "closeGeneralForumTopic", { chat_id: forum });
    expect((await topic(1)).is_closed).toBe(true);
    await world.ok(bot.token, "reopenGeneralForumTopic", { chat_id: forum });
    await world.ok(bot.token, "hideGeneralForumTopic", { chat_id: forum });
    expect(await topic(1)).toMatchObject({ is_hidden: true, is_closed: true });
    await world.ok(bot.token, "unhideGeneralForumTopic", { chat_id: forum });
    expect(await topic(1)).toMatchObject({ is_hidden: false, is_closed: false });
  });

  test("unpinAllForumTopicMessages unpins the topic's messages only; the General variant the rest", async () => {
    const { message_thread_id: id } = await world.ok(bot.token, "createForumTopic", { chat_id: forum, name: "Pins" });
    const inTopic = await world.control("/control/messages", { from: user.id, chat_id: forum, text: "in topic", reply_to_message_id: id });
    const inGeneral = await world.control("/control/messages", { from: user.id, chat_id: forum, text: "in general" });
    for (const message of [inTopic, inGeneral]) {
      await world.control("/control/act", { as: user.id, method: "messages.updatePinnedMessage", params: { peer: forum, id: message.message_id } });
    }
    const pinned = async () => (await world.control(`/control/chats/${forum}?as=${user.id}`)).pinned_message_ids;
    expect(await pinned()).toEqual(expect.arrayContaining([inTopic.message_id, inGeneral.message_id]));
    expect(await world.ok(bot.token, "unpinAllForumTopicMessages", { chat_id: forum, message_thread_id: id })).toBe(true);
    expect(await pinned()).not.toContain(inTopic.message_id);
    expect(await pinned()).toContain(inGeneral.message_id);
    expect(await world.ok(bot.token, "unpinAllGeneralForumTopicMessages", { chat_id: forum })).toBe(true);
    expect(await pinned()).not.toContain(inGeneral.message_id);
  });

  test("deleteForumTopic removes the topic and its messages", async () => {
    const { message_thread_id: id } = await world.ok(bot.token, "createForumTopic", { chat_id: forum, name: "Doomed" });
    const reply = await world.control("/control/messages", { from: user.id, chat_id: forum, text: "bye", reply_to_message_id: id });
    expect(await world.ok(bot.token, "deleteForumTopic", { chat_id: forum, message_thread_id: id })).toBe(true);
    expect(await topic(id)).toBeUndefined();
    const { messages } = await world.control(`/control/chats/${forum}/messages?as=${user.id}&limit=50`);
    const ids = messages.map((m: { message_id: number }) => m.message_id);
    expect(ids).not.toContain(id);
    expect(ids).not.toContain(reply.message_id);
  });

  test("unknown topics, chats that are not forums and missing rights are refused", async () => {
    expect(await world.call(bot.token, "closeForumTopic", { chat_id: forum, message_thread_id: 999 })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: TOPIC_ID_INVALID",
    });
    expect((await world.call(bot.token, "deleteForumTopic", { chat_id: forum, message_thread_id: 1 })).description).toBe("Bad Request: TOPIC_ID_INVALID");
    const { chat_id: plain } = await world.control("/control/chats", {
      type: "supergroup", title: "Plain", creator: user.id, admins: [bot.id], username: "plain_super",
    });
    expect((await world.call(bot.token, "createForumTopic", { chat_id: "@plain_super", name: "x" })).description).toBe("Bad Request: chat is not a forum");
    expect((await world.call(bot.token, "createForumTopic", { chat_id: user.id, name: "x" })).description).toBe("Bad Request: chat is not a forum");
    await world.control("/control/chats", {
      type: "supergroup", title: "No rights", creator: user.id, members: [bot.id], username: "norights_forum", forum: true,
    });
    const refused = await world.call(bot.token, "editGeneralForumTopic", { chat_id: "@norights_forum", name: "Mine" });
    expect(refused).toEqual({ ok: false, error_code: 400, description: "Bad Request: not enough rights" });
    expect(plain).toBeLessThan(0);
  });
});
