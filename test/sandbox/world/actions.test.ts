import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { big } from "../../../src/sandbox/world/tl.ts";
import { makeWorld } from "./harness.ts";

describe("forwards and private pins", () => {
  test("a forward carries the original author; a copy (drop_author) does not", async () => {
    const { world, call } = makeWorld();
    const ann = world.createUser({ firstName: "Ann" });
    const bob = world.createUser({ firstName: "Bob" });
    const bot = world.createBot({ username: "fwd_bot" });
    const toAnn = new Api.InputPeerUser({ userId: big(ann.id), accessHash: big(0) });
    const toBob = new Api.InputPeerUser({ userId: big(bob.id), accessHash: big(0) });
    await call(ann, new Api.messages.SendMessage({ peer: new Api.InputPeerUser({ userId: big(bot.id), accessHash: big(bot.accessHash) }), message: "original", randomId: big(1) }));
    const forwarded = await call<Api.Updates>(bot, new Api.messages.ForwardMessages({ fromPeer: toAnn, id: [1], randomId: [big(5)], toPeer: toBob }));
    expect(forwarded.updates.map((u) => u.className)).toEqual(["UpdateMessageID", "UpdateNewMessage"]);
    const message = (forwarded.updates[1] as Api.UpdateNewMessage).message as Api.Message;
    expect((message.fwdFrom!.fromId as Api.PeerUser).userId.toJSNumber()).toBe(ann.id);
    expect(forwarded.users.map((u) => u.id.toJSNumber())).toContain(ann.id);
    const copied = await call<Api.Updates>(bot, new Api.messages.ForwardMessages({ fromPeer: toAnn, id: [1], randomId: [big(6)], toPeer: toBob, dropAuthor: true }));
    expect(((copied.updates[1] as Api.UpdateNewMessage).message as Api.Message).fwdFrom).toBeUndefined();

    // In the bot's own numbering the forward to Bob is message 2.
    const pinned = await call<Api.Updates>(bot, new Api.messages.UpdatePinnedMessage({ peer: toBob, id: 2 }));
    const service = (pinned.updates[0] as Api.UpdateNewMessage).message as Api.MessageService;
    expect(service.action).toBeInstanceOf(Api.MessageActionPinMessage);
    expect((service.replyTo as Api.MessageReplyHeader).replyToMsgId).toBe(2);
  });
});

describe("reactions", () => {
  test("a user's reaction: counts for the user, a qts event for the bot in the private chat", async () => {
    const { world, hub, call } = makeWorld();
    const ann = world.createUser({ firstName: "Ann" });
    const bot = world.createBot({ username: "likes_bot" });
    const toBot = new Api.InputPeerUser({ userId: big(bot.id), accessHash: big(bot.accessHash) });
    await call(bot, new Api.messages.SendMessage({ peer: new Api.InputPeerUser({ userId: big(ann.id), accessHash: big(0) }), message: "rate me", randomId: big(1) }));
    const like = (emoticon: string) => new Api.messages.SendReaction({ peer: toBot, msgId: 1, reaction: [new Api.ReactionEmoji({ emoticon })] });
    const first = await call<Api.Updates>(ann, like("👍"));
    const counts = (first.updates[0] as Api.UpdateMessageReactions).reactions.results[0]!;
    expect([(counts.reaction as Api.ReactionEmoji).emoticon, counts.count, counts.chosenOrder]).toEqual(["👍", 1, 0]);
    await call(ann, like("🔥"));
    const events = hub.to(bot.id).flatMap((u) => (u as Api.Updates).updates).filter((u): u is Api.UpdateBotMessageReaction => u instanceof Api.UpdateBotMessageReaction);
    expect(events.map((e) => [e.qts, e.oldReactions.length, (e.newReactions[0] as Api.ReactionEmoji).emoticon])).toEqual([
      [1, 0, "👍"],
      [2, 1, "🔥"],
    ]);
    // Bots may set reactions too (Bot API 7.0, setMessageReaction).
    await expect(call(bot, new Api.messages.SendReaction({ peer: new Api.InputPeerUser({ userId: big(ann.id), accessHash: big(0) }), msgId: 1, reaction: [] }))).resolves.toBeInstanceOf(Api.Updates);
  });
});
