import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { big } from "../../../src/sandbox/world/tl.ts";
import { inputUser, makeWorld } from "./harness.ts";

const send = (peer: Api.TypeInputPeer, message: string) =>
  new Api.messages.SendMessage({ peer, message, randomId: big(Math.floor(Math.random() * 1e9)) });

describe("message numbering", () => {
  test("private chats number per account and advance each account's pts", async () => {
    const { world, call } = makeWorld();
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    const bot = world.createBot({ username: "helper_bot" });

    const r1 = await call<Api.UpdateShortSentMessage>(alice, send(inputUser(bob), "hi bob"));
    const r2 = await call<Api.UpdateShortSentMessage>(alice, send(inputUser(bot), "/start"));
    const r3 = await call<Api.UpdateShortSentMessage>(bob, send(inputUser(alice), "hi alice"));
    expect([r1.id, r2.id, r3.id]).toEqual([1, 2, 2]);
    expect([r1.pts, r2.pts]).toEqual([2, 3]);
    expect(world.account(alice.id)!.state.pts).toBe(4);
    expect(world.account(bob.id)!.state.pts).toBe(3);
    expect(world.account(bot.id)!.state.pts).toBe(2);
    expect(world.account(bot.id)!.lastMessageId).toBe(1);
  });

  test("basic groups give each member its own id; supergroups share the chat's", async () => {
    const { world, call } = makeWorld();
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    await call(bob, send(inputUser(alice), "earlier"));
    const group = world.createChat({ kind: "group", title: "G", creatorId: alice.id, memberIds: [bob.id] });
    const inGroup = new Api.InputPeerChat({ chatId: big(group.id) });
    const sent = await call<Api.Updates>(alice, send(inGroup, "to the group"));
    const own = sent.updates.find((u) => u instanceof Api.UpdateNewMessage) as Api.UpdateNewMessage;
    expect(own.message.id).toBe(2);
    expect(world.account(bob.id)!.lastMessageId).toBe(2);

    const sg = world.createChat({ kind: "supergroup", title: "S", creatorId: alice.id, memberIds: [bob.id] });
    const inSg = new Api.InputPeerChannel({ channelId: big(sg.id), accessHash: big(sg.accessHash) });
    await call(alice, send(inSg, "one"));
    const second = await call<Api.Updates>(bob, send(inSg, "two"));
    const channelUpdate = second.updates.find((u) => u instanceof Api.UpdateNewChannelMessage) as Api.UpdateNewChannelMessage;
    expect(channelUpdate.message.id).toBe(2);
    expect(channelUpdate.pts).toBe(3);
    expect(world.account(bob.id)!.state.pts).toBe(3);
  });

  test("replies point to each recipient's own copy", async () => {
    const { world, call } = makeWorld();
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    const carol = world.createUser({ firstName: "Carol" });
    await call(bob, send(inputUser(carol), "padding"));
    const group = world.createChat({ kind: "group", title: "G", creatorId: alice.id, memberIds: [bob.id] });
    const peer = new Api.InputPeerChat({ chatId: big(group.id) });
    await call(alice, send(peer, "question"));
    const reply = new Api.messages.SendMessage({
      peer,
      message: "answer",
      randomId: big(7),
      replyTo: new Api.InputReplyToMessage({ replyToMsgId: 1 }),
    });
    await call(alice, reply);
    const bobsCopy = await call<Api.messages.Messages>(bob, new Api.messages.GetHistory({ peer, limit: 10, offsetId: 0, offsetDate: 0, addOffset: 0, maxId: 0, minId: 0, hash: big(0) }));
    const answer = bobsCopy.messages[0] as Api.Message;
    expect(answer.id).toBe(3);
    expect((answer.replyTo as Api.MessageReplyHeader).replyToMsgId).toBe(2);
  });

  test("bots may address users with access_hash 0, users may not", async () => {
    const { world, call } = makeWorld();
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    const bot = world.createBot({ username: "zero_bot" });
    const zero = new Api.InputPeerUser({ userId: big(alice.id), accessHash: big(0) });
    await expect(call(bot, send(zero, "hello"))).resolves.toBeDefined();
    await expect(call(bob, send(zero, "hello"))).rejects.toMatchObject({ errorMessage: "PEER_ID_INVALID" });
  });
});
