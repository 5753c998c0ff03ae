import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";
import { makeChat, memberOf, viewChat } from "./setup.ts";

let world: TestWorld;
beforeAll(async () => {
  world = await startTestWorld();
});
afterAll(() => world.stop());

describe("restrictChatMember in its legacy form (top-level flags, no permissions)", () => {
  test("keeps the current restriction on what the flags cannot name, e.g. polls", async () => {
    const chat = await makeChat(world, "supergroup");
    const [user] = chat.members as [number];
    const noPolls = {
      can_send_messages: true, can_send_polls: false, can_change_info: true, can_invite_users: true, can_pin_messages: true,
    };
    await world.ok(chat.bot.token, "restrictChatMember", {
      chat_id: chat.chatId, user_id: user, permissions: noPolls, use_independent_chat_permissions: true,
    });
    expect(
      await world.ok(chat.bot.token, "restrictChatMember", { chat_id: chat.chatId, user_id: user, can_send_media_messages: true }),
    ).toBe(true);
    const view = memberOf(await viewChat(world, chat.chatId, chat.creator), user) as any;
    expect(view.status).toBe("restricted");
    expect(view.restrictions.sendPolls).toBe(true);
    expect(view.restrictions.sendPhotos).toBeFalsy();
    expect(view.restrictions.inviteUsers).toBeFalsy();
    const member = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: user });
    expectBotApi("ChatMember", member);
    expect(member).toMatchObject({
      status: "restricted", can_send_messages: true, can_send_photos: true, can_send_polls: false,
      can_send_other_messages: false, can_invite_users: true, can_pin_messages: true,
    });
  });

  test("all four flags lift every restriction; no flags at all restrict everything", async () => {
    const chat = await makeChat(world, "supergroup");
    const [first, second] = chat.members as [number, number];
    await world.ok(chat.bot.token, "restrictChatMember", { chat_id: chat.chatId, user_id: first, permissions: {} });
    await world.ok(chat.bot.token, "restrictChatMember", {
      chat_id: chat.chatId, user_id: first, can_send_other_messages: true, can_add_web_page_previews: true,
    });
    expect(memberOf(await viewChat(world, chat.chatId, chat.creator), first)?.status).toBe("member");
    await world.ok(chat.bot.token, "restrictChatMember", { chat_id: chat.chatId, user_id: second });
    const member = await world.ok(chat.bot.token, "getChatMember", { chat_id: chat.chatId, user_id: second });
    expect(member).toMatchObject({ status: "restricted", can_send_messages: false, can_send_polls: false, can_invite_users: false });
  });
});
