/**
 * More kinds of update through the real path (sandbox → MTProto → manager → queue →
 * getUpdates), each checked against the spec by the reader: channel edits, join requests,
 * polls, chosen inline results, anonymous reaction counts, albums and boosts.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { actAs, openBot as openSupportBot, reader, textOf, type BotUpdate } from "./e2e-support.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

const openBot = () => openSupportBot(world);
const act = (as: number, method: string, params: Record<string, unknown>) => actAs(world)(as, method, params);
let serial = 0;
/** A public chat with the bot as an admin, which the bot has looked up (as a bot first learns of a chat). */
async function adminChat(type: "supergroup" | "channel", creator: number, bot: { id: number; token: string }, title: string) {
  const username = `more${++serial}x${Date.now() % 1_000_000}`;
  const { chat_id } = await world.control("/control/chats", { type, title, creator, admins: [bot.id], username });
  await world.ok(bot.token, "getChat", { chat_id: `@${username}` });
  return chat_id as number;
}

const find = (read: BotUpdate[], type: string) => read.find((u) => u[type])?.[type];

describe("channels", () => {
  test("an admin's edit of a channel post is edited_channel_post", async () => {
    const { bot, ann, read } = await openBot();
    const channel = await world.control("/control/chats", { type: "channel", title: "News", creator: ann.id, admins: [bot.id] });
    const post = await world.control("/control/messages", { from: ann.id, chat_id: channel.chat_id, text: "draft" });
    await read.until((r) => r.some((u) => u.channel_post?.text === "draft"));
    await act(ann.id, "messages.editMessage", { peer: channel.chat_id, id: post.message_id, message: "final" });
    const got = await read.until((r) => r.some((u) => u.edited_channel_post));
    expect(find(got, "edited_channel_post")).toMatchObject({
      message_id: post.message_id,
      chat: { id: channel.chat_id, type: "channel", title: "News" },
      text: "final",
      edit_date: expect.any(Number),
    });
  });
});

describe("reactions", () => {
  test("reactions to a channel post are anonymous: message_reaction_count with the totals", async () => {
    const { bot, ann, read } = await openBot();
    const bob = await world.createUser("Bob");
    const channel = await adminChat("channel", ann.id, bot, "News");
    await act(bob.id, "channels.joinChannel", { channel });
    const post = await world.control("/control/messages", { from: ann.id, chat_id: channel, text: "rate" });
    await read.until((r) => r.some((u) => u.channel_post?.text === "rate"));
    const like = (as: number, emoticon: string) =>
      act(as, "messages.sendReaction", { peer: channel, msg_id: post.message_id, reaction: [{ _: "ReactionEmoji", emoticon }] });
    await like(ann.id, "👍");
    await like(bob.id, "👍");
    const got = await read.until((r) => r.filter((u) => u.message_reaction_count).length >= 2);
    expect(got.some((u) => u.message_reaction)).toBe(false);
    expect(got.filter((u) => u.message_reaction_count).at(-1)!.message_reaction_count).toEqual({
      chat: expect.objectContaining({ id: channel, type: "channel", title: "News" }),
      message_id: post.message_id,
      date: expect.any(Number),
      reactions: [{ type: { type: "emoji", emoji: "👍" }, total_count: 2 }],
    });
  });
});

describe("polls", () => {
  test("votes in the bot's public poll are poll_answer and poll; stopping it is a closed poll", async () => {
    const { bot, ann, read } = await openBot();
    await world.control("/control/messages", { from: ann.id, chat_id: bot.id, text: "hi" });
    await read.until((r) => r.some((u) => textOf(u) === "hi"));
    const sent = await world.ok<any>(bot.token, "sendPoll", { chat_id: ann.id, question: "Tea?", options: JSON.stringify(["Yes", "No"]), is_anonymous: false });
    const [shown] = (await world.control(`/control/chats/${bot.id}/messages?as=${ann.id}&limit=1`)).messages;
    const vote = (option: string) => act(ann.id, "messages.sendVote", { peer: bot.id, msg_id: shown.message_id, options: [Buffer.from(option).toString("base64")] });

    await vote("1");
    const first = await read.until((r) => r.some((u) => u.poll_answer) && r.some((u) => u.poll));
    expect(find(first, "poll_answer")).toEqual({
      poll_id: sent.poll.id,
      user: expect.objectContaining({ id: ann.id, first_name: "Ann" }),
      option_ids: [1],
      option_persistent_ids: ["1"],
    });
    expect(find(first, "poll")).toMatchObject({
      id: sent.poll.id,
      question: "Tea?",
      options: [{ text: "Yes", voter_count: 0 }, { text: "No", voter_count: 1 }],
      total_voter_count: 1,
      is_closed: false,
      is_anonymous: false,
    });

    await vote("0");
    const changed = await read.until((r) => r.some((u) => u.poll_answer) && r.some((u) => u.poll));
    expect(find(changed, "poll_answer").option_ids).toEqual([0]);
    expect(find(changed, "poll").options.map((o: any) => o.voter_count)).toEqual([1, 0]);

    const stopped = await world.ok<any>(bot.token, "stopPoll", { chat_id: ann.id, message_id: sent.message_id });
    expect(stopped.is_closed).toBe(true);
    const closed = await read.until((r) => r.some((u) => u.poll?.is_closed));
    expect(find(closed, "poll")).toMatchObject({ id: sent.poll.id, is_closed: true, total_voter_count: 1 });
    await expect(vote("1")).rejects.toThrow("MESSAGE_POLL_CLOSED");
  });
});

describe("inline results and albums", () => {
  test("a user sending a result of the bot's inline answer is chosen_inline_result", async () => {
    const { bot, ann, read } = await openBot();
    const bob = await world.createUser("Bob");
    const { id } = await world.control("/control/inline_queries", { from: ann.id, bot: bot.id, query: "cats", offset: "" });
    await read.until((r) => r.some((u) => u.inline_query));
    const results = [{ type: "article", id: "cat-1", title: "A cat", input_message_content: { message_text: "meow" } }];
    expect(await world.ok(bot.token, "answerInlineQuery", { inline_query_id: id, results: JSON.stringify(results) })).toBe(true);
    await act(ann.id, "messages.sendInlineBotResult", { peer: bob.id, random_id: 7, query_id: id, id: "cat-1" });
    const got = await read.until((r) => r.some((u) => u.chosen_inline_result));
    expect(find(got, "chosen_inline_result")).toEqual({ result_id: "cat-1", from: expect.objectContaining({ id: ann.id, first_name: "Ann" }), query: "cats" });
    const [sent] = (await world.control(`/control/chats/${ann.id}/messages?as=${bob.id}&limit=1`)).messages;
    expect(sent).toMatchObject({ from: ann.id, text: "meow" });
  });

  test("an album is one message update per item, with the same media_group_id", async () => {
    const { bot, ann, read } = await openBot();
    const photo = (side: number, fileId: number) => {
      const png = Buffer.alloc(33);
      Buffer.from("89504e470d0a1a0a0000000d49484452", "hex").copy(png);
      png.writeUInt32BE(side, 16);
      png.writeUInt32BE(side, 20);
      return act(ann.id, "upload.saveFilePart", { file_id: fileId, file_part: 0, bytes: png.toString("base64") });
    };
    await photo(64, 901);
    await photo(128, 902);
    const item = (fileId: number, message: string) => ({
      _: "InputSingleMedia",
      media: { _: "InputMediaUploadedPhoto", file: { _: "InputFile", id: fileId, parts: 1, name: `${fileId}.png`, md5_checksum: "" } },
      random_id: fileId,
      message,
    });
    await act(ann.id, "messages.sendMultiMedia", { peer: bot.id, multi_media: [item(901, "holiday"), item(902, "")] });
    const got = await read.take(2);
    const [first, second] = got.map((u) => u.message);
    expect(first).toMatchObject({ from: { id: ann.id }, caption: "holiday", media_group_id: expect.any(String), photo: [{ width: 64, height: 64 }] });
    expect(second).toMatchObject({ media_group_id: first.media_group_id, photo: [{ width: 128, height: 128 }] });
    expect(second.caption).toBeUndefined();
    expect(second.message_id).toBe(first.message_id + 1);
  });
});

describe("boosts", () => {
  test("a boost is chat_boost; moving it to another chat is removed_chat_boost there", async () => {
    const { bot, ann, read } = await openBot();
    const first = await adminChat("channel", ann.id, bot, "First");
    const second = await adminChat("supergroup", ann.id, bot, "Second");
    const bob = await world.createUser("Bob");
    await act(bob.id, "premium.applyBoost", { peer: first });
    const added = find(await read.until((r) => r.some((u) => u.chat_boost)), "chat_boost");
    const { boost_id, add_date, expiration_date } = added.boost;
    expect(typeof boost_id).toBe("string");
    expect(expiration_date - add_date).toBe(30 * 86400);
    expect(added).toMatchObject({ chat: { id: first, type: "channel" }, boost: { source: { source: "premium", user: { id: bob.id, first_name: "Bob" } } } });

    await act(bob.id, "premium.applyBoost", { peer: second, slots: [1] });
    const moved = await read.until((r) => r.some((u) => u.removed_chat_boost) && r.some((u) => u.chat_boost));
    expect(find(moved, "removed_chat_boost")).toMatchObject({
      chat: { id: first },
      boost_id,
      remove_date: expect.any(Number),
      source: { source: "premium", user: { id: bob.id } },
    });
    expect(find(moved, "chat_boost")).toMatchObject({ chat: { id: second, type: "supergroup" }, boost: { source: { user: { id: bob.id } } } });
  });
});

describe("join requests", () => {
  test("asking to join by a link that needs approval is chat_join_request", async () => {
    const { bot, ann, read } = await openBot();
    const club = { chat_id: await adminChat("supergroup", ann.id, bot, "Club") };
    const link = await world.ok<{ invite_link: string }>(bot.token, "createChatInviteLink", { chat_id: club.chat_id, creates_join_request: true, name: "Door" });
    const bob = await world.createUser("Bob");
    await expect(act(bob.id, "messages.importChatInvite", { hash: link.invite_link.slice("https://t.me/+".length) })).rejects.toThrow("INVITE_REQUEST_SENT");
    const got = await read.until((r) => r.some((u) => u.chat_join_request));
    expect(find(got, "chat_join_request")).toMatchObject({
      chat: { id: club.chat_id, type: "supergroup", title: "Club" },
      from: { id: bob.id, first_name: "Bob" },
      user_chat_id: bob.id,
      date: expect.any(Number),
      invite_link: { invite_link: link.invite_link, creator: { id: bot.id }, creates_join_request: true, name: "Door" },
    });
  });
});
