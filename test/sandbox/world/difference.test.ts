import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { big } from "../../../src/sandbox/world/tl.ts";
import { inputUser, makeWorld } from "./harness.ts";

const send = (peer: Api.TypeInputPeer, message: string) =>
  new Api.messages.SendMessage({ peer, message, randomId: big(Math.floor(Math.random() * 1e9)) });
const diff = (pts: number, qts = 0, ptsTotalLimit?: number) =>
  new Api.updates.GetDifference({ pts, qts, date: 0, ptsTotalLimit });

describe("updates.getDifference", () => {
  test("returns exactly the missed messages, then differenceEmpty", async () => {
    const { world, call } = makeWorld();
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    const state = await call<Api.updates.State>(bob, new Api.updates.GetState());
    for (let i = 0; i < 5; i++) await call(alice, send(inputUser(bob), `m${i}`));
    const missed = await call<Api.updates.Difference>(bob, diff(state.pts));
    expect(missed).toBeInstanceOf(Api.updates.Difference);
    expect(missed.newMessages.map((m) => (m as Api.Message).message)).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(missed.users.map((u) => u.id.toJSNumber())).toContain(alice.id);
    expect(missed.state.pts).toBe(state.pts + 5);
    const empty = await call(bob, diff(missed.state.pts));
    expect(empty).toBeInstanceOf(Api.updates.DifferenceEmpty);
  });

  test("slices long gaps and answers differenceTooLong past the limit", async () => {
    const { world, call } = makeWorld({ differenceSliceSize: 3, differenceTooLongGap: 6 });
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    for (let i = 0; i < 5; i++) await call(alice, send(inputUser(bob), `m${i}`));
    const first = await call<Api.updates.DifferenceSlice>(bob, diff(1));
    expect(first).toBeInstanceOf(Api.updates.DifferenceSlice);
    expect(first.newMessages).toHaveLength(3);
    const rest = await call<Api.updates.Difference>(bob, diff(first.intermediateState.pts));
    expect(rest).toBeInstanceOf(Api.updates.Difference);
    expect(rest.newMessages.map((m) => (m as Api.Message).message)).toEqual(["m3", "m4"]);
    for (let i = 0; i < 3; i++) await call(alice, send(inputUser(bob), "more"));
    expect(await call(bob, diff(1))).toBeInstanceOf(Api.updates.DifferenceTooLong);
    expect(await call(bob, diff(rest.state.pts, 0, 1))).toBeInstanceOf(Api.updates.DifferenceTooLong);
  });

  test("edits and deletes are pts events in every holder's box", async () => {
    const { world, hub, call } = makeWorld();
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    const sent = await call<Api.UpdateShortSentMessage>(alice, send(inputUser(bob), "draft"));
    const before = world.account(bob.id)!.state.pts;
    await call(alice, new Api.messages.EditMessage({ peer: inputUser(bob), id: sent.id, message: "final" }));
    await expect(
      call(alice, new Api.messages.EditMessage({ peer: inputUser(bob), id: sent.id, message: "final" })),
    ).rejects.toMatchObject({ errorMessage: "MESSAGE_NOT_MODIFIED" });
    await expect(
      call(bob, new Api.messages.EditMessage({ peer: inputUser(alice), id: 1, message: "mine?" })),
    ).rejects.toMatchObject({ errorMessage: "MESSAGE_AUTHOR_REQUIRED" });
    const affected = await call<Api.messages.AffectedMessages>(alice, new Api.messages.DeleteMessages({ id: [sent.id], revoke: true }));
    expect(affected.ptsCount).toBe(1);
    const missed = await call<Api.updates.Difference>(bob, diff(before));
    expect(missed.otherUpdates.map((u) => u.className)).toEqual(["UpdateEditMessage", "UpdateDeleteMessages"]);
    expect(hub.to(bob.id).map((u) => u.className)).toEqual(["UpdateShortMessage", "Updates", "UpdateShort"]);
  });

  test("getChannelDifference fills a channel gap", async () => {
    const { world, call, hub } = makeWorld({ differenceSliceSize: 2 });
    const alice = world.createUser({ firstName: "Alice" });
    const bob = world.createUser({ firstName: "Bob" });
    const channel = world.createChat({ kind: "channel", title: "News", creatorId: alice.id, memberIds: [bob.id] });
    const peer = new Api.InputPeerChannel({ channelId: big(channel.id), accessHash: big(channel.accessHash) });
    const input = new Api.InputChannel({ channelId: big(channel.id), accessHash: big(channel.accessHash) });
    await expect(call(bob, send(peer, "not an admin"))).rejects.toMatchObject({ errorMessage: "CHAT_ADMIN_REQUIRED" });
    for (let i = 0; i < 3; i++) await call(alice, send(peer, `post${i}`));
    expect(hub.to(bob.id)).toHaveLength(3);
    const request = (pts: number) =>
      new Api.updates.GetChannelDifference({ channel: input, filter: new Api.ChannelMessagesFilterEmpty(), pts, limit: 100 });
    const first = await call<Api.updates.ChannelDifference>(bob, request(1));
    expect(first.final).toBe(false);
    expect(first.newMessages.map((m) => (m as Api.Message).message)).toEqual(["post0", "post1"]);
    const last = await call<Api.updates.ChannelDifference>(bob, request(first.pts));
    expect(last.final).toBe(true);
    expect(last.pts).toBe(4);
    expect(await call(bob, request(4))).toBeInstanceOf(Api.updates.ChannelDifferenceEmpty);
  });
});
