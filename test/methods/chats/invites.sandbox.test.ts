import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";
import { makeChat, memberOf, viewChat } from "./setup.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

const refused = (description: string) => ({ ok: false, error_code: 400, description });
const hashOf = (link: string) => link.slice("https://t.me/+".length);

/** A user asks to join by a link that needs approval; Telegram answers INVITE_REQUEST_SENT. */
async function askToJoin(userId: number, link: string) {
  await expect(
    world.control("/control/act", { as: userId, method: "messages.importChatInvite", params: { hash: hashOf(link) } }),
  ).rejects.toThrow("INVITE_REQUEST_SENT");
}

describe("invite links", () => {
  for (const type of ["group", "supergroup"] as const) {
    test(`exportChatInviteLink in a ${type} replaces the bot's primary link`, async () => {
      const chat = await makeChat(world, type);
      const first = await world.ok(chat.bot.token, "exportChatInviteLink", { chat_id: chat.chatId });
      expect(first).toMatch(/^https:\/\/t\.me\/\+[\w-]+$/);
      const second = await world.ok(chat.bot.token, "exportChatInviteLink", { chat_id: chat.chatId });
      expect(second).not.toBe(first);
      const links = (await viewChat(world, chat.chatId, chat.creator)).invite_links;
      expect(links).toEqual([
        { invite_link: first, creator_id: chat.bot.id, is_primary: true, is_revoked: true },
        { invite_link: second, creator_id: chat.bot.id, is_primary: true, is_revoked: false },
      ]);
    });
  }

  test("createChatInviteLink, editChatInviteLink and revokeChatInviteLink", async () => {
    const chat = await makeChat(world, "supergroup");
    const expire = Math.floor(Date.now() / 1000) + 86400;
    const created = await world.ok(chat.bot.token, "createChatInviteLink", {
      chat_id: chat.chatId, name: "Friends", expire_date: expire, member_limit: 5,
    });
    expectBotApi("ChatInviteLink", created);
    expect(created).toMatchObject({
      name: "Friends", expire_date: expire, member_limit: 5, creator: { id: chat.bot.id, is_bot: true },
      is_primary: false, is_revoked: false, creates_join_request: false,
    });
    const edited = await world.ok(chat.bot.token, "editChatInviteLink", {
      chat_id: chat.chatId, invite_link: created.invite_link, name: "Family", creates_join_request: true,
    });
    expectBotApi("ChatInviteLink", edited);
    expect(edited).toMatchObject({ invite_link: created.invite_link, name: "Family", creates_join_request: true });
    expect(edited.member_limit).toBeUndefined();
    const revoked = await world.ok(chat.bot.token, "revokeChatInviteLink", { chat_id: chat.chatId, invite_link: created.invite_link });
    expectBotApi("ChatInviteLink", revoked);
    expect(revoked).toMatchObject({ invite_link: created.invite_link, is_revoked: true });
    expect((await viewChat(world, chat.chatId, chat.creator)).invite_links[0]).toMatchObject({ name: "Family", is_revoked: true });
  });

  test("a subscription link in a channel", async () => {
    const chat = await makeChat(world, "channel");
    const link = await world.ok(chat.bot.token, "createChatSubscriptionInviteLink", {
      chat_id: chat.chatId, name: "Club", subscription_period: 2592000, subscription_price: 10,
    });
    expectBotApi("ChatInviteLink", link);
    expect(link).toMatchObject({ name: "Club", subscription_period: 2592000, subscription_price: 10 });
    const renamed = await world.ok(chat.bot.token, "editChatSubscriptionInviteLink", { chat_id: chat.chatId, invite_link: link.invite_link, name: "VIP" });
    expect(renamed).toMatchObject({ name: "VIP", subscription_price: 10 });
  });

  test("the official refusals", async () => {
    const chat = await makeChat(world, "supergroup", { botAdmin: false });
    expect(await world.call(chat.bot.token, "exportChatInviteLink", { chat_id: chat.chatId })).toEqual(
      refused("Bad Request: not enough rights to manage chat invite link"),
    );
    expect(await world.call(chat.bot.token, "createChatInviteLink", { chat_id: chat.chatId, member_limit: 3, creates_join_request: true })).toEqual(
      refused("Bad Request: member limit can't be specified for links requiring administrator approval"),
    );
    expect(await world.call(chat.bot.token, "exportChatInviteLink", { chat_id: chat.creator })).toEqual(
      refused("Bad Request: can't invite members to a private chat"),
    );
  });
});

describe("join requests", () => {
  test("approved requests join, declined ones do not", async () => {
    const chat = await makeChat(world, "supergroup");
    const link = await world.ok(chat.bot.token, "createChatInviteLink", { chat_id: chat.chatId, creates_join_request: true });
    const alice = await world.createUser("Alice");
    const bob = await world.createUser("Bob");
    await askToJoin(alice.id, link.invite_link);
    await askToJoin(bob.id, link.invite_link);
    const before = await viewChat(world, chat.chatId, chat.creator);
    expect(before.join_requests.map((r: any) => r.user_id)).toEqual([alice.id, bob.id]);
    expect(await world.ok(chat.bot.token, "approveChatJoinRequest", { chat_id: chat.chatId, user_id: alice.id })).toBe(true);
    expect(await world.ok(chat.bot.token, "declineChatJoinRequest", { chat_id: chat.chatId, user_id: bob.id })).toBe(true);
    const after = await viewChat(world, chat.chatId, chat.creator);
    expect(memberOf(after, alice.id)?.status).toBe("member");
    expect(memberOf(after, bob.id)).toBeUndefined();
    expect(after.join_requests).toBeUndefined();
    expect(await world.call(chat.bot.token, "approveChatJoinRequest", { chat_id: chat.chatId, user_id: bob.id })).toEqual(
      refused("Bad Request: HIDE_REQUESTER_MISSING"),
    );
  });

  test("a bot without the right cannot answer requests", async () => {
    const chat = await makeChat(world, "group", { botAdmin: false });
    const user = await world.createUser();
    expect(await world.call(chat.bot.token, "approveChatJoinRequest", { chat_id: chat.chatId, user_id: user.id })).toEqual(
      refused("Bad Request: not enough rights to manage chat join requests"),
    );
  });
});

describe("getUserChatBoosts", () => {
  test("the boosts a user gave a channel", async () => {
    const chat = await makeChat(world, "channel");
    const [fan] = chat.members as [number];
    expect(await world.ok(chat.bot.token, "getUserChatBoosts", { chat_id: chat.chatId, user_id: fan })).toEqual({ boosts: [] });
    await world.control("/control/act", { as: fan, method: "premium.applyBoost", params: { peer: chat.chatId } });
    await world.control("/control/act", { as: fan, method: "premium.applyBoost", params: { peer: chat.chatId } });
    const result = await world.ok(chat.bot.token, "getUserChatBoosts", { chat_id: chat.chatId, user_id: fan });
    expectBotApi("UserChatBoosts", result);
    expect(result.boosts).toHaveLength(2);
    expect(result.boosts[0]).toMatchObject({ source: { source: "premium", user: { id: fan } } });
    expect(result.boosts[0].expiration_date - result.boosts[0].add_date).toBe(30 * 86400);
  });
});
