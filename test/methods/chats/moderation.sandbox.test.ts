import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";
import { grantAllRights, makeChat, memberOf, viewChat } from "./setup.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

const refused = (description: string) => ({ ok: false, error_code: 400, description });

describe("banChatMember and unbanChatMember", () => {
  test("a supergroup member is banned until unbanned, and may then join again", async () => {
    const chat = await makeChat(world, "supergroup");
    const [user] = chat.members as [number];
    expect(await world.ok(chat.bot.token, "banChatMember", { chat_id: chat.chatId, user_id: user })).toBe(true);
    expect(memberOf(await viewChat(world, chat.chatId, chat.creator), user)?.status).toBe("kicked");
    const banned = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: user });
    expectBotApi("ChatMember", banned);
    expect(banned).toMatchObject({ status: "kicked", until_date: 0 });
    expect(await world.ok(chat.bot.token, "unbanChatMember", { chat_id: chat.chatId, user_id: user })).toBe(true);
    expect(memberOf(await viewChat(world, chat.chatId, chat.creator), user)?.status).toBe("left");
  });

  test("unbanChatMember removes a current member unless only_if_banned", async () => {
    const chat = await makeChat(world, "supergroup");
    const [first, second] = chat.members as [number, number];
    expect(await world.ok(chat.bot.token, "unbanChatMember", { chat_id: chat.chatId, user_id: first, only_if_banned: true })).toBe(true);
    expect(memberOf(await viewChat(world, chat.chatId, chat.creator), first)?.status).toBe("member");
    expect(await world.ok(chat.bot.token, "unbanChatMember", { chat_id: chat.chatId, user_id: second })).toBe(true);
    expect(memberOf(await viewChat(world, chat.chatId, chat.creator), second)?.status).toBe("left");
  });

  test("a basic group member is removed", async () => {
    const chat = await makeChat(world, "group");
    const [user] = chat.members as [number];
    expect(await world.ok(chat.bot.token, "banChatMember", { chat_id: chat.chatId, user_id: user })).toBe(true);
    expect(memberOf(await viewChat(world, chat.chatId, chat.creator), user)?.status).toBe("left");
    expect(await world.call(chat.bot.token, "unbanChatMember", { chat_id: chat.chatId, user_id: user })).toEqual(
      refused("Bad Request: method is available for supergroup and channel chats only"),
    );
  });

  test("the official refusals", async () => {
    const chat = await makeChat(world, "supergroup");
    expect(await world.call(chat.bot.token, "banChatMember", { chat_id: chat.chatId, user_id: chat.creator })).toEqual(
      refused("Bad Request: can't remove chat owner"),
    );
    expect(await world.call(chat.bot.token, "banChatMember", { chat_id: chat.chatId, user_id: chat.bot.id })).toEqual(
      refused("Bad Request: can't restrict self"),
    );
    expect(await world.call(chat.bot.token, "banChatMember", { chat_id: chat.creator, user_id: chat.members[0] })).toEqual(
      refused("Bad Request: can't ban members in private chats"),
    );
    const plain = await makeChat(world, "supergroup", { botAdmin: false });
    expect(await world.call(plain.bot.token, "banChatMember", { chat_id: plain.chatId, user_id: plain.members[0] })).toEqual(
      refused("Bad Request: not enough rights to restrict/unrestrict chat member"),
    );
  });
});

describe("restrictChatMember", () => {
  test("restricts with the given permissions until a date, and lifts them with all allowed", async () => {
    const chat = await makeChat(world, "supergroup");
    const [user] = chat.members as [number];
    const until = Math.floor(Date.now() / 1000) + 3600;
    const permissions = { can_send_messages: true, can_send_photos: true };
    expect(
      await world.ok(chat.bot.token, "restrictChatMember", {
        chat_id: chat.chatId, user_id: user, permissions, use_independent_chat_permissions: true, until_date: until,
      }),
    ).toBe(true);
    const view = memberOf(await viewChat(world, chat.chatId, chat.creator), user) as any;
    expect(view.status).toBe("restricted");
    expect(view.restrictions).toMatchObject({ sendPolls: true, sendDocs: true, untilDate: until });
    expect(view.restrictions.sendPhotos).toBeFalsy();
    const member = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: user });
    expectBotApi("ChatMember", member);
    expect(member).toMatchObject({
      status: "restricted", is_member: true, until_date: until, can_send_messages: true, can_send_photos: true,
      can_send_documents: false, can_send_polls: false,
    });
    const all = Object.fromEntries(Object.keys(member).filter((k) => k.startsWith("can_")).map((k) => [k, true]));
    await world.ok(chat.bot.token, "restrictChatMember", { chat_id: chat.chatId, user_id: user, permissions: all });
    expect(memberOf(await viewChat(world, chat.chatId, chat.creator), user)?.status).toBe("member");
  });

  test("dependent permissions pull in what they need unless independent", async () => {
    const chat = await makeChat(world, "supergroup");
    const [user] = chat.members as [number];
    await world.ok(chat.bot.token, "restrictChatMember", { chat_id: chat.chatId, user_id: user, permissions: { can_send_polls: true } });
    const member = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: user });
    expect(member).toMatchObject({ can_send_polls: true, can_send_messages: true, can_send_photos: false });
  });

  test("only in supergroups, and not the owner", async () => {
    const group = await makeChat(world, "group");
    const permissions = { can_send_messages: false };
    expect(await world.call(group.bot.token, "restrictChatMember", { chat_id: group.chatId, user_id: group.members[0], permissions })).toEqual(
      refused("Bad Request: method is available only for supergroups"),
    );
    const chat = await makeChat(world, "supergroup");
    expect(await world.call(chat.bot.token, "restrictChatMember", { chat_id: chat.chatId, user_id: chat.creator, permissions })).toEqual(
      refused("Bad Request: can't remove chat owner"),
    );
    expect(await world.call(chat.bot.token, "restrictChatMember", { chat_id: chat.chatId, user_id: chat.members[0], permissions: "{" })).toEqual(
      refused("Bad Request: can't parse permissions JSON object"),
    );
  });
});

describe("promoteChatMember and setChatAdministratorCustomTitle", () => {
  test("promotes with the given rights, titles, and demotes", async () => {
    const chat = await makeChat(world, "supergroup");
    await grantAllRights(world, chat);
    const [user] = chat.members as [number];
    await world.ok(chat.bot.token, "promoteChatMember", {
      chat_id: chat.chatId, user_id: user, can_delete_messages: true, can_pin_messages: true,
    });
    let view = memberOf(await viewChat(world, chat.chatId, chat.creator), user) as any;
    expect(view.status).toBe("administrator");
    expect(view.rights).toEqual({ deleteMessages: true, pinMessages: true });
    await world.ok(chat.bot.token, "setChatAdministratorCustomTitle", { chat_id: chat.chatId, user_id: user, custom_title: "Keeper" });
    const admin = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: user });
    expectBotApi("ChatMember", admin);
    expect(admin).toMatchObject({ status: "administrator", custom_title: "Keeper", can_be_edited: true, can_delete_messages: true, can_invite_users: false });
    await world.ok(chat.bot.token, "promoteChatMember", { chat_id: chat.chatId, user_id: user });
    view = memberOf(await viewChat(world, chat.chatId, chat.creator), user) as any;
    expect(view.status).toBe("member");
  });

  test("in a channel a new administrator may restrict members by default", async () => {
    const chat = await makeChat(world, "channel");
    await grantAllRights(world, chat);
    const [user] = chat.members as [number];
    await world.ok(chat.bot.token, "promoteChatMember", { chat_id: chat.chatId, user_id: user, can_post_messages: true });
    const view = memberOf(await viewChat(world, chat.chatId, chat.creator), user) as any;
    expect(view.rights).toEqual({ postMessages: true, banUsers: true });
  });

  test("the official refusals", async () => {
    const chat = await makeChat(world, "supergroup");
    const [user] = chat.members as [number];
    const fail = (method: string, params: Record<string, unknown>) => world.call(chat.bot.token, method, { chat_id: chat.chatId, ...params });
    expect(await fail("promoteChatMember", { user_id: chat.bot.id, can_pin_messages: true })).toEqual(refused("Bad Request: can't promote self"));
    expect(await fail("promoteChatMember", { user_id: chat.creator, can_pin_messages: true })).toEqual(refused("Bad Request: can't remove chat owner"));
    expect(await fail("setChatAdministratorCustomTitle", { user_id: user, custom_title: "x" })).toEqual(refused("Bad Request: user is not an administrator"));
    expect(await fail("setChatAdministratorCustomTitle", { user_id: chat.creator, custom_title: "x" })).toEqual(
      refused("Bad Request: only the owner can edit their custom title"),
    );
    const group = await makeChat(world, "group");
    expect(await world.call(group.bot.token, "promoteChatMember", { chat_id: group.chatId, user_id: group.members[0], can_pin_messages: true })).toEqual(
      refused("Bad Request: method is available for supergroup and channel chats only"),
    );
  });
});

describe("banChatSenderChat and unbanChatSenderChat", () => {
  test("a channel is banned from posting in a supergroup, then unbanned", async () => {
    const chat = await makeChat(world, "supergroup");
    const owner = await world.createUser("Poster");
    const username = `poster${Date.now() % 1_000_000}`;
    const { chat_id: channelId } = await world.control("/control/chats", { type: "channel", title: "Poster", creator: owner.id, username });
    await world.ok(chat.bot.token, "getChat", { chat_id: `@${username}` });
    expect(await world.ok(chat.bot.token, "banChatSenderChat", { chat_id: chat.chatId, sender_chat_id: channelId })).toBe(true);
    expect((await viewChat(world, chat.chatId, chat.creator)).banned_sender_chats).toEqual([{ chat_id: channelId, until_date: 0 }]);
    expect(await world.ok(chat.bot.token, "unbanChatSenderChat", { chat_id: chat.chatId, sender_chat_id: channelId })).toBe(true);
    expect((await viewChat(world, chat.chatId, chat.creator)).banned_sender_chats).toBeUndefined();
    const plain = await makeChat(world, "supergroup", { botAdmin: false });
    await world.ok(plain.bot.token, "getChat", { chat_id: `@${username}` });
    expect(await world.call(plain.bot.token, "banChatSenderChat", { chat_id: plain.chatId, sender_chat_id: channelId })).toEqual(
      refused("Bad Request: not enough rights to restrict/unrestrict chat member"),
    );
    const group = await makeChat(world, "group");
    expect(await world.call(group.bot.token, "banChatSenderChat", { chat_id: group.chatId, sender_chat_id: group.chatId })).toEqual(
      refused("Bad Request: can't ban chats in basic groups"),
    );
  });
});
