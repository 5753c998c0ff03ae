/** The pure pieces of the update manager: box rules, short forms, difference reading, state. */
import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { boxKey, boxOf, startOf, verdict } from "../../src/updates/boxes.ts";
import { readChannelDifference, readDifference } from "../../src/updates/difference.ts";
import { expandShort } from "../../src/updates/short.ts";
import { StateRepo, stateRepository } from "../../src/updates/state.ts";
import { long, stub } from "../support/tl-stub.ts";
import { openStore, tempDir } from "./helpers.ts";

const message = (peerId: Api.TypePeer, id = 1) => stub(Api.Message, { id, peerId, message: "hi", date: 10 });
const channelPeer = new Api.PeerChannel({ channelId: long(300) });
const userPeer = new Api.PeerUser({ userId: long(42) });

describe("verdict: pts + count against the local pts", () => {
  test.each([
    [10, 11, 1, "apply"],
    [10, 12, 2, "apply"],
    [10, 10, 1, "duplicate"],
    [10, 9, 1, "duplicate"],
    [10, 12, 1, "gap"],
    [0, 5, 1, "gap"],
  ] as const)("local %d, remote %d, count %d → %s", (local, remote, count, expected) => {
    expect(verdict(local, remote, count)).toBe(expected);
  });
});

describe("boxOf", () => {
  test.each([
    ["a private message advances the common pts", new Api.UpdateNewMessage({ message: message(userPeer), pts: 5, ptsCount: 1 }), { kind: "common", pts: 5, count: 1 }],
    ["deletions count each message", new Api.UpdateDeleteMessages({ messages: [1, 2], pts: 7, ptsCount: 2 }), { kind: "common", pts: 7, count: 2 }],
    ["a channel message advances its channel", new Api.UpdateNewChannelMessage({ message: message(channelPeer), pts: 3, ptsCount: 1 }), { kind: "channel", channelId: 300, pts: 3, count: 1 }],
    ["channel deletions name their channel", new Api.UpdateDeleteChannelMessages({ channelId: long(300), messages: [1], pts: 4, ptsCount: 1 }), { kind: "channel", channelId: 300, pts: 4, count: 1 }],
    ["a member change advances the qts", stub(Api.UpdateChannelParticipant, { channelId: long(300), qts: 9 }), { kind: "qts", qts: 9 }],
    ["a callback query has no counter", stub(Api.UpdateBotCallbackQuery, { peer: userPeer }), { kind: "none" }],
  ] as const)("%s", (_name, update, expected) => {
    expect(boxOf(update as Api.TypeUpdate)).toEqual(expected as never);
  });

  test("keys and starts order the waiting updates", () => {
    expect(boxKey({ kind: "channel", channelId: 5, pts: 3, count: 1 })).toBe("channel:5");
    expect(boxKey({ kind: "common", pts: 3, count: 1 })).toBe("common");
    expect(startOf({ kind: "common", pts: 12, count: 2 })).toBe(10);
    expect(startOf({ kind: "qts", qts: 4 })).toBe(3);
  });
});

describe("expandShort", () => {
  test("updateShortMessage becomes the updateNewMessage it stands for", () => {
    const short = stub(Api.UpdateShortMessage, { id: 8, userId: long(42), message: "hey", pts: 6, ptsCount: 1, date: 20 });
    const { update, needs } = expandShort(short, 777);
    expect(update.pts).toBe(6);
    expect(update.ptsCount).toBe(1);
    const out = update.message as Api.Message;
    expect([out.id, out.message, out.date]).toEqual([8, "hey", 20]);
    expect((out.peerId as Api.PeerUser).userId.toJSNumber()).toBe(42);
    expect((out.fromId as Api.PeerUser).userId.toJSNumber()).toBe(42);
    expect(needs).toEqual([{ kind: "user", id: 42 }]);
  });

  test("an outgoing short message is from the account itself", () => {
    const short = stub(Api.UpdateShortMessage, { out: true, id: 8, userId: long(42), message: "hey", pts: 6, ptsCount: 1, date: 20 });
    expect(((expandShort(short, 777).update.message as Api.Message).fromId as Api.PeerUser).userId.toJSNumber()).toBe(777);
  });

  test("updateShortChatMessage needs its sender and its group", () => {
    const short = stub(Api.UpdateShortChatMessage, { id: 3, fromId: long(42), chatId: long(100), message: "yo", pts: 2, ptsCount: 1, date: 5, viaBotId: long(9) });
    const { update, needs } = expandShort(short, 777);
    expect(((update.message as Api.Message).peerId as Api.PeerChat).chatId.toJSNumber()).toBe(100);
    expect(needs).toEqual([{ kind: "user", id: 42 }, { kind: "chat", id: 100 }, { kind: "user", id: 9 }]);
  });
});

describe("reading differences", () => {
  const from = { pts: 1, qts: 0, seq: 4, date: 0 };
  const state = new Api.updates.State({ pts: 3, qts: 1, seq: 0, date: 50, unreadCount: 0 });

  test("empty, too long, a slice and the last part", () => {
    expect(readDifference(new Api.updates.DifferenceEmpty({ date: 9, seq: 2 }), from)).toEqual({ kind: "empty", date: 9, seq: 2 });
    expect(readDifference(new Api.updates.DifferenceTooLong({ pts: 99 }), from)).toEqual({ kind: "too-long", pts: 99 });
    const body = { newMessages: [message(userPeer), new Api.MessageEmpty({ id: 2 })], newEncryptedMessages: [], otherUpdates: [], chats: [], users: [] };
    const slice = readDifference(new Api.updates.DifferenceSlice({ ...body, intermediateState: state }), from);
    expect(slice).toMatchObject({ kind: "batch", more: true, state: { pts: 3, qts: 1, seq: 4, date: 50 } });
    expect(slice.kind === "batch" && slice.batch.updates.map((u) => u.className)).toEqual(["UpdateNewMessage"]);
    expect(readDifference(new Api.updates.Difference({ ...body, state }), from)).toMatchObject({ kind: "batch", more: false });
  });

  test("channel differences", () => {
    expect(readChannelDifference(new Api.updates.ChannelDifferenceEmpty({ pts: 4, final: true }))).toEqual({ kind: "empty", pts: 4 });
    const dialog = stub(Api.Dialog, { peer: channelPeer, pts: 40 });
    expect(readChannelDifference(stub(Api.updates.ChannelDifferenceTooLong, { dialog, final: true }))).toEqual({ kind: "too-long", pts: 40, final: true });
    const d = new Api.updates.ChannelDifference({ pts: 6, final: false, newMessages: [message(channelPeer)], otherUpdates: [], chats: [], users: [] });
    const step = readChannelDifference(d);
    expect(step).toMatchObject({ kind: "batch", pts: 6, final: false });
    expect(step.kind === "batch" && step.batch.updates[0]).toBeInstanceOf(Api.UpdateNewChannelMessage);
  });
});

describe("the persisted state", () => {
  test("common state, channel pts and losses survive a reopen", () => {
    const { dir, remove } = tempDir();
    try {
      let store = openStore(dir);
      store.register(stateRepository);
      const repo = new StateRepo(store.account(5));
      expect(repo.common()).toBeUndefined();
      repo.saveCommon({ pts: 10, qts: 2, seq: 1, date: 99 });
      repo.saveChannel(300, 7);
      repo.saveChannel(300, 8);
      repo.noteLoss("common", 10, 500);
      store.close();
      store = openStore(dir);
      store.register(stateRepository);
      const again = new StateRepo(store.account(5));
      expect(again.common()).toEqual({ pts: 10, qts: 2, seq: 1, date: 99 });
      expect(again.channels()).toEqual(new Map([[300, 8]]));
      expect(store.account(5).query("SELECT box, from_pts, to_pts FROM update_losses").all()).toEqual([{ box: "common", from_pts: 10, to_pts: 500 }]);
      store.close();
    } finally {
      remove();
    }
  });
});
