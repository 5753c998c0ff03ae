import { describe, expect, test } from "bun:test";
import { checkBotApiValue, expectBotApi, resultTypeOf } from "./botapi-schema.ts";

const user = { id: 123456789, is_bot: false, first_name: "Ann", username: "ann" };
const bot = { id: 987654321, is_bot: true, first_name: "Echo", username: "echo_bot" };
const privateChat = { id: 123456789, type: "private", first_name: "Ann" };
const message = {
  message_id: 7,
  from: user,
  chat: privateChat,
  date: 1700000000,
  text: "bold and link",
  entities: [
    { type: "bold", offset: 0, length: 4 },
    { type: "text_link", offset: 9, length: 4, url: "https://example.com" },
  ],
  reply_to_message: { message_id: 6, from: bot, chat: privateChat, date: 1699999999, text: "hi" },
};
const admin = {
  status: "administrator",
  user,
  can_be_edited: false,
  is_anonymous: false,
  can_manage_chat: true,
  can_delete_messages: true,
  can_manage_video_chats: false,
  can_restrict_members: true,
  can_promote_members: false,
  can_change_info: true,
  can_invite_users: true,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
  custom_title: "boss",
};

describe("valid values give no problems", () => {
  test.each([
    ["User", user],
    ["User", bot],
    ["Message", message],
    ["Array of Update", [{ update_id: 1, message }, { update_id: 2, edited_message: { ...message, edit_date: 1700000001 } }]],
    ["Array of Update", []],
    ["Boolean", true],
    ["Integer", 0],
    ["Integer or String", -1001234567890],
    ["Integer or String", "@channel"],
    ["Message or Boolean", true],
    ["ChatMember", { status: "creator", user, is_anonymous: false }],
    ["ChatMember", admin],
    ["ChatMember", { status: "member", user }],
    ["ChatMember", { status: "left", user }],
    ["ChatMember", { status: "kicked", user, until_date: 0 }],
    ["Array of ChatMember", [{ status: "creator", user, is_anonymous: true }, admin]],
    ["MessageOrigin", { type: "hidden_user", date: 1, sender_user_name: "Someone" }],
    ["MaybeInaccessibleMessage", { chat: privateChat, message_id: 3, date: 0 }],
    ["ReactionType", { type: "emoji", emoji: "👍" }],
    ["Location", { latitude: 51, longitude: -0.1278 }],
    ["ForumTopicClosed", {}],
    ["Array of Array of InlineKeyboardButton", [[{ text: "a", callback_data: "x" }], [{ text: "b", url: "https://t.me" }]]],
  ])("%s %#", (type, value) => {
    expect(checkBotApiValue(type, value)).toEqual([]);
  });
});

describe("invalid values name every problem with its path", () => {
  test.each([
    ["unknown field", "User", { ...user, nickname: "x" }, ["$.nickname: unknown field of User"]],
    ["Integer as a string", "User", { ...user, id: "123" }, ['$.id: expected Integer, got string "123"']],
    ["Integer as a Float", "Integer", 1.5, ["$: expected Integer, got Float 1.5"]],
    ["Boolean as a string", "User", { ...user, is_bot: "false" }, ['$.is_bot: expected Boolean, got string "false"']],
    ["Float as a string", "Location", { latitude: "51.5", longitude: 0 }, ['$.latitude: expected Float, got string "51.5"']],
    ["True given false", "True", false, ["$: expected True, got boolean false"]],
    ["String as a number", "Chat", { id: 1, type: "private", title: 5 }, ["$.title: expected String, got number 5"]],
    ["missing required field", "User", { id: 1, is_bot: false }, ["$.first_name: missing required field of User"]],
    ["null instead of absent", "User", { ...user, last_name: null }, ["$.last_name: null (an omitted field must be absent)"]],
    ["object as a primitive", "Boolean", {}, ["$: expected Boolean, got an object"]],
    ["array expected", "Array of Update", { update_id: 1 }, ["$: expected Array of Update, got an object"]],
    ["object expected", "User", [user], ["$: expected User, got an array"]],
    [
      "nested in a message",
      "Message",
      { ...message, from: { ...user, id: "1" }, entities: [{ type: "bold", offset: 0 }, { type: "italic", offset: 1, length: 1, extra: 1 }] },
      [
        '$.from.id: expected Integer, got string "1"',
        "$.entities[0].length: missing required field of MessageEntity",
        "$.entities[1].extra: unknown field of MessageEntity",
      ],
    ],
    [
      "nested two levels deep",
      "Message",
      { ...message, reply_to_message: { ...message.reply_to_message, chat: { id: 1 } } },
      ["$.reply_to_message.chat.type: missing required field of Chat"],
    ],
    ["in an array of updates", "Array of Update", [{ update_id: 1 }, { update_id: 2.5 }], ["$[1].update_id: expected Integer, got Float 2.5"]],
    ["unknown ChatMember status", "ChatMember", { status: "owner", user }, ['$: no variant of ChatMember has status="owner"']],
    [
      "administrator missing a right",
      "ChatMember",
      { ...admin, can_manage_chat: undefined },
      ["$.can_manage_chat: missing required field of ChatMemberAdministrator"],
    ],
    ["member with an owner's field", "ChatMember", { status: "member", user, is_anonymous: false }, ["$.is_anonymous: unknown field of ChatMemberMember"]],
    ["wrong constant on a concrete type", "ChatMemberOwner", { status: "creator ", user, is_anonymous: false }, ['$.status: expected "creator", got string "creator "']],
    ["Message or Boolean given a number", "Message or Boolean", 1, ["$: expected Message or Boolean, got number 1"]],
    ["a ChatMember that is not an object", "ChatMember", "creator", ["$: expected ChatMember, got string \"creator\""]],
    [
      "no variant of a union without names fits",
      "MaybeInaccessibleMessage",
      { chat: privateChat, message_id: "3", date: 0 },
      ['$.message_id: expected Integer, got string "3"'],
    ],
    ["Integer or String given a boolean", "Integer or String", true, ["$: expected Integer or String, got boolean true"]],
  ])("%s", (_, type, value, problems) => {
    expect(checkBotApiValue(type as string, value)).toEqual(problems as string[]);
  });
});

describe("expectBotApi", () => {
  test("passes a valid value", () => {
    expect(() => expectBotApi("Message", message)).not.toThrow();
  });

  test("throws listing all problems", () => {
    expect(() => expectBotApi("User", { id: "1", is_bot: false, x: 1 })).toThrow(
      /not a valid User:\n {2}\$\.x: unknown field of User\n {2}\$\.id: expected Integer, got string "1"\n {2}\$\.first_name: missing required field of User/,
    );
  });

  test("an unknown type name is a mistake in the test", () => {
    expect(() => checkBotApiValue("Mesage", {})).toThrow('unknown Bot API type "Mesage"');
  });
});

describe("resultTypeOf", () => {
  test.each([
    ["getMe", "User"],
    ["getUpdates", "Array of Update"],
    ["editMessageText", "Message or Boolean"],
    ["getChatAdministrators", "Array of ChatMember"],
  ])("%s returns %s", (method, type) => {
    expect(resultTypeOf(method)).toBe(type);
  });

  test("every result type of every method is one the checker knows", () => {
    const spec = require("../../spec/api.json") as { methods: Record<string, unknown> };
    for (const method of Object.keys(spec.methods)) expect(() => checkBotApiValue(resultTypeOf(method), undefined)).not.toThrow();
  });
});
