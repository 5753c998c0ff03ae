import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { big } from "../../../src/sandbox/world/tl.ts";
import { makeWorld } from "./harness.ts";

const inputUser = (account: { id: number; accessHash: string }) => new Api.InputUser({ userId: big(account.id), accessHash: big(account.accessHash) });

describe("membership", () => {
  test("adding a bot to a basic group: a service message for members, a participant update for the bot", async () => {
    const { world, hub, call } = makeWorld();
    const ann = world.createUser({ firstName: "Ann" });
    const bot = world.createBot({ username: "join_bot" });
    const group = world.createChat({ kind: "group", title: "G", creatorId: ann.id });
    const result = await call<Api.messages.InvitedUsers>(ann, new Api.messages.AddChatUser({ chatId: big(group.id), userId: inputUser(bot), fwdLimit: 0 }));
    const own = (result.updates as Api.Updates).updates[0] as Api.UpdateNewMessage;
    expect(((own.message as Api.MessageService).action as Api.MessageActionChatAddUser).users.map((u) => u.toJSNumber())).toEqual([bot.id]);
    const toBot = hub.to(bot.id).flatMap((u) => (u as Api.Updates).updates.map((x) => x.className));
    expect(toBot).toEqual(["UpdateChatParticipant", "UpdateNewMessage"]);
    expect(world.account(bot.id)!.state.qts).toBe(1);
    const missed = await call<Api.updates.Difference>(bot, new Api.updates.GetDifference({ pts: 1, qts: 0, date: 0 }));
    expect(missed.otherUpdates.map((u) => u.className)).toEqual(["UpdateChatParticipant"]);
    expect(missed.newMessages).toHaveLength(1);
    await expect(
      call(ann, new Api.messages.AddChatUser({ chatId: big(group.id), userId: inputUser(bot), fwdLimit: 0 })),
    ).rejects.toMatchObject({ errorMessage: "USER_ALREADY_PARTICIPANT" });
  });

  test("joining a public supergroup, being kicked, and not getting back in", async () => {
    const { world, call } = makeWorld();
    const owner = world.createUser({ firstName: "Owner" });
    const guest = world.createUser({ firstName: "Guest" });
    const sg = world.createChat({ kind: "supergroup", title: "Open", creatorId: owner.id, username: "open_group" });
    const channel = new Api.InputChannel({ channelId: big(sg.id), accessHash: big(sg.accessHash) });
    await call(guest, new Api.channels.JoinChannel({ channel }));
    expect(world.member(sg, guest.id)?.status).toBe("member");
    await expect(
      call(guest, new Api.channels.EditBanned({ channel, participant: new Api.InputPeerUser({ userId: big(owner.id), accessHash: big(owner.accessHash) }), bannedRights: new Api.ChatBannedRights({ untilDate: 0, viewMessages: true }) })),
    ).rejects.toMatchObject({ errorMessage: "CHAT_ADMIN_REQUIRED" });
    await call(owner, new Api.channels.EditBanned({ channel, participant: new Api.InputPeerUser({ userId: big(guest.id), accessHash: big(guest.accessHash) }), bannedRights: new Api.ChatBannedRights({ untilDate: 0, viewMessages: true }) }));
    expect(sg.members.find((m) => m.userId === guest.id)?.status).toBe("kicked");
    await expect(call(guest, new Api.channels.JoinChannel({ channel }))).rejects.toMatchObject({ errorMessage: "CHANNEL_PRIVATE" });
    const history = await call<Api.messages.ChannelMessages>(owner, new Api.messages.GetHistory({ peer: new Api.InputPeerChannel({ channelId: big(sg.id), accessHash: big(sg.accessHash) }), limit: 10, offsetId: 0, offsetDate: 0, addOffset: 0, maxId: 0, minId: 0, hash: big(0) }));
    expect(history.messages.map((m) => ((m as Api.MessageService).action as { className: string }).className)).toEqual([
      "MessageActionChatDeleteUser",
      "MessageActionChatAddUser",
    ]);
  });

  test("promoting an admin and pinning", async () => {
    const { world, call } = makeWorld();
    const owner = world.createUser({ firstName: "Owner" });
    const bot = world.createBot({ username: "pin_bot" });
    const channel = world.createChat({ kind: "channel", title: "C", creatorId: owner.id, memberIds: [bot.id] });
    const input = new Api.InputChannel({ channelId: big(channel.id), accessHash: big(channel.accessHash) });
    const peer = new Api.InputPeerChannel({ channelId: big(channel.id), accessHash: big(channel.accessHash) });
    await call(owner, new Api.channels.EditAdmin({ channel: input, userId: inputUser(bot), adminRights: new Api.ChatAdminRights({ postMessages: true, pinMessages: true }), rank: "" }));
    expect(world.member(channel, bot.id)?.adminRights).toEqual({ postMessages: true, pinMessages: true });
    await call(bot, new Api.messages.SendMessage({ peer, message: "news", randomId: big(1) }));
    await call(bot, new Api.messages.UpdatePinnedMessage({ peer, id: 1 }));
    expect(channel.pinnedIds).toEqual([1]);
  });
});
