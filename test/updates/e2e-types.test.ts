/**
 * Each kind of update the sandbox produces, through the real path and checked against
 * the spec; and the gap the bot's own sends leave in its pts, filled from the difference.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import { StringSession } from "telegram/sessions";
import { createSandboxClient } from "../../src/telegram/sandbox-connection.ts";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { actAs, openBot as openSupportBot, sendTexts, textOf } from "./e2e-support.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

const openBot = () => openSupportBot(world);
const act = (as: number, method: string, params: Record<string, unknown>) => actAs(world)(as, method, params);

describe("update types", () => {
  test("inline_query carries the Bot API's string id", async () => {
    const { bot, ann, read } = await openBot();
    const { id } = await world.control("/control/inline_queries", { from: ann.id, bot: bot.id, query: "cats", offset: "" });
    const [update] = await read.take(1);
    expect(update!.inline_query).toEqual({ id, from: expect.objectContaining({ id: ann.id, first_name: "Ann" }), query: "cats", offset: "" });
  });

  test("being added to a group is my_chat_member; another member joining a supergroup is chat_member", async () => {
    const { bot, ann, read } = await openBot();
    const group = await world.control("/control/chats", { type: "group", title: "Friends", creator: ann.id });
    await act(ann.id, "messages.addChatUser", { chat_id: -group.chat_id, user_id: bot.id, fwd_limit: 0 });
    const mine = await read.until((r) => r.some((u) => u.my_chat_member));
    expect(mine.find((u) => u.my_chat_member)!.my_chat_member).toMatchObject({
      chat: { id: group.chat_id, type: "group", title: "Friends" },
      from: { id: ann.id },
      old_chat_member: { status: "left", user: { id: bot.id } },
      new_chat_member: { status: "member", user: { id: bot.id } },
    });

    const bob = await world.createUser("Bob");
    const supergroup = await world.control("/control/chats", { type: "supergroup", title: "Club", creator: ann.id, members: [bot.id], admins: [bot.id], username: `club${Date.now() % 100000}` });
    await act(bob.id, "channels.joinChannel", { channel: supergroup.chat_id });
    const theirs = await read.until((r) => r.some((u) => u.chat_member));
    expect(theirs.find((u) => u.chat_member)!.chat_member).toMatchObject({
      chat: { id: supergroup.chat_id, type: "supergroup" },
      from: { id: bob.id },
      old_chat_member: { status: "left", user: { id: bob.id } },
      new_chat_member: { status: "member", user: { id: bob.id, first_name: "Bob" } },
    });
  });

  test("a reaction in a chat the bot administers is message_reaction", async () => {
    const { bot, ann, read } = await openBot();
    const supergroup = await world.control("/control/chats", { type: "supergroup", title: "Club", creator: ann.id, members: [bot.id], admins: [bot.id] });
    const sent = await world.control("/control/messages", { from: ann.id, chat_id: supergroup.chat_id, text: "vote" });
    await read.until((r) => r.some((u) => textOf(u) === "vote"));
    await act(ann.id, "messages.sendReaction", { peer: supergroup.chat_id, msg_id: sent.message_id, reaction: [{ _: "ReactionEmoji", emoticon: "👍" }] });
    const got = await read.until((r) => r.some((u) => u.message_reaction));
    expect(got.find((u) => u.message_reaction)!.message_reaction).toMatchObject({
      chat: { id: supergroup.chat_id },
      message_id: sent.message_id,
      user: { id: ann.id },
      old_reaction: [],
      new_reaction: [{ type: "emoji", emoji: "👍" }],
    });
  });

  test("sends from another session of the bot leave a pts gap the difference fills; they are not updates", async () => {
    const { bot, ann, read } = await openBot();
    await sendTexts(world, ann.id, bot.id, ["first"]);
    await read.take(1);
    // A second session of the same bot: Telegram does not push its sends to the gateway's session.
    const other = createSandboxClient(world.sandbox.config, new StringSession(""), { connectionRetries: 1 });
    await other.start({ botAuthToken: bot.token });
    try {
      const peer = await other.getInputEntity(ann.id).catch(() => undefined);
      const input = peer ?? new Api.InputPeerUser({ userId: bigInt(ann.id), accessHash: bigInt(0) });
      await other.invoke(new Api.messages.SendMessage({ peer: input, message: "mine", randomId: bigInt(1) }));
      await other.invoke(new Api.messages.SendMessage({ peer: input, message: "mine too", randomId: bigInt(2) }));
    } finally {
      await other.destroy();
    }
    await sendTexts(world, ann.id, bot.id, ["second", "end"]);
    const got = await read.until((r) => r.some((u) => textOf(u) === "end"));
    expect(got.map(textOf)).toEqual(["second", "end"]);
  });
});
