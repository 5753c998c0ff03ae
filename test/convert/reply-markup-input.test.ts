import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import type { MarkupContext } from "../../src/convert/markup-context.ts";
import { loginUrlBots, toTlReplyMarkup } from "../../src/convert/reply-markup-input.ts";
import { toInlineKeyboard } from "../../src/convert/inline-keyboard.ts";
import { BotApiError } from "../../src/methods/types.ts";
import { long } from "../support/tl-stub.ts";

const self = new Api.InputUserSelf();
const otherBot = new Api.InputUser({ userId: long(55), accessHash: long(3) });
const privateChat: MarkupContext = {
  isPrivate: true,
  isChannel: false,
  inputUser: (id) => new Api.InputUser({ userId: long(id), accessHash: long(1) }),
  loginBot: (name) => (name === undefined ? self : name === "other_bot" ? otherBot : undefined),
};
const groupChat: MarkupContext = { ...privateChat, isPrivate: false };
const channelChat: MarkupContext = { ...privateChat, isPrivate: false, isChannel: true };

const inline = (...buttons: unknown[]) => ({ inline_keyboard: [buttons] });
const firstButton = (markup: Api.TypeReplyMarkup | undefined) =>
  (markup as Api.ReplyInlineMarkup | Api.ReplyKeyboardMarkup).rows[0]!.buttons[0]!;

function failure(value: unknown, ctx: MarkupContext = privateChat, inlineOnly = false): string {
  try {
    toTlReplyMarkup(value, ctx, { inlineOnly });
  } catch (e) {
    if (e instanceof BotApiError) return `${e.code} ${e.description}`;
    throw e;
  }
  throw new Error("no error");
}

describe("inline keyboard buttons", () => {
  const cases: [string, unknown, object][] = [
    ["url", { text: "a", url: "https://example.com" }, { className: "KeyboardButtonUrl", url: "https://example.com/" }],
    ["url without protocol is normalized", { text: "a", url: "Example.COM/x?y" }, { className: "KeyboardButtonUrl", url: "http://example.com/x?y" }],
    ["tg:// url", { text: "a", url: "tg://resolve?domain=x" }, { className: "KeyboardButtonUrl", url: "tg://resolve?domain=x" }],
    ["user link becomes a profile button", { text: "a", url: "tg://user?id=42" }, { className: "InputKeyboardButtonUserProfile" }],
    ["callback data", { text: "b", callback_data: "data" }, { className: "KeyboardButtonCallback", data: Buffer.from("data") }],
    ["callback game", { text: "g", callback_game: {} }, { className: "KeyboardButtonGame" }],
    ["pay", { text: "p", pay: true }, { className: "KeyboardButtonBuy" }],
    ["switch inline", { text: "s", switch_inline_query: "q" }, { className: "KeyboardButtonSwitchInline", query: "q", samePeer: undefined }],
    ["switch inline, current chat", { text: "s", switch_inline_query_current_chat: "" }, { className: "KeyboardButtonSwitchInline", query: "", samePeer: true }],
    ["web app", { text: "w", web_app: { url: "https://app.example" } }, { className: "KeyboardButtonWebView", url: "https://app.example/" }],
    ["copy text", { text: "c", copy_text: { text: "code" } }, { className: "KeyboardButtonCopy", copyText: "code" }],
    ["login url, the bot itself", { text: "l", login_url: { url: "https://login.example" } }, { className: "InputKeyboardButtonUrlAuth", bot: self, requestWriteAccess: undefined }],
    [
      "login url, another bot, write access and forward text",
      { text: "l", login_url: { url: "https://login.example", bot_username: "@other_bot", request_write_access: true, forward_text: "fw" } },
      { className: "InputKeyboardButtonUrlAuth", bot: otherBot, requestWriteAccess: true, fwdText: "fw" },
    ],
    ["url wins over callback data", { text: "x", url: "https://a.bc", callback_data: "d" }, { className: "KeyboardButtonUrl" }],
    ["empty url falls through to callback data", { text: "x", url: "", callback_data: "d" }, { className: "KeyboardButtonCallback" }],
    ["a number is read as a string", { text: 5, callback_data: 7 }, { className: "KeyboardButtonCallback", text: "5", data: Buffer.from("7") }],
  ];
  test.each(cases)("%s", (_name, button, expected) => {
    const markup = toTlReplyMarkup(inline(button), privateChat);
    expect(markup).toBeInstanceOf(Api.ReplyInlineMarkup);
    expect(firstButton(markup)).toMatchObject(expected);
  });

  test("chosen chat types become peer types; all of them mean any chat", () => {
    const some = firstButton(toTlReplyMarkup(inline({ text: "s", switch_inline_query_chosen_chat: { query: "q", allow_group_chats: true } }), privateChat));
    expect((some as Api.KeyboardButtonSwitchInline).peerTypes?.map((t) => t.className)).toEqual(["InlineQueryPeerTypeChat", "InlineQueryPeerTypeMegagroup"]);
    const all = { allow_user_chats: true, allow_bot_chats: true, allow_group_chats: true, allow_channel_chats: true };
    const any = firstButton(toTlReplyMarkup(inline({ text: "s", switch_inline_query_chosen_chat: all }), privateChat));
    expect((any as Api.KeyboardButtonSwitchInline).peerTypes).toBeUndefined();
  });

  test("what the bot sends comes back the same from a message", () => {
    const sent = {
      inline_keyboard: [
        [{ text: "a", url: "https://example.com/" }, { text: "b", callback_data: "cb" }],
        [{ text: "c", switch_inline_query_current_chat: "q" }, { text: "d", copy_text: { text: "t" } }, { text: "e", pay: true }],
      ],
    };
    expect(toInlineKeyboard(toTlReplyMarkup(sent, privateChat))).toEqual(sent);
  });

  test("buttons with no text are dropped, then empty rows, then an empty keyboard", () => {
    const markup = toTlReplyMarkup({ inline_keyboard: [[{ text: "", callback_data: "x" }], [{ text: "ok", callback_data: "y" }]] }, privateChat);
    expect((markup as Api.ReplyInlineMarkup).rows.length).toBe(1);
    expect(toTlReplyMarkup({ inline_keyboard: [[{ text: "", callback_data: "x" }], []] }, privateChat)).toBeUndefined();
  });

  test("at most 12 buttons a row are kept", () => {
    const row = Array.from({ length: 20 }, (_, i) => ({ text: `${i}`, callback_data: `${i}` }));
    expect((toTlReplyMarkup({ inline_keyboard: [row] }, privateChat) as Api.ReplyInlineMarkup).rows[0]!.buttons.length).toBe(12);
  });
});

describe("reply keyboards, removal and force reply", () => {
  test("keyboard with every kind of button and its flags", () => {
    const markup = toTlReplyMarkup({
      keyboard: [
        ["plain", { text: "contact", request_contact: true }, { text: "where", request_location: true }],
        [{ text: "quiz", request_poll: { type: "quiz" } }, { text: "poll", request_poll: {} }, { text: "app", web_app: { url: "https://app.example" } }],
        [{ text: "users", request_users: { request_id: 1, user_is_bot: false, max_quantity: 3, request_name: true } }],
        [{ text: "chat", request_chat: { request_id: 2, chat_is_channel: true, bot_administrator_rights: { can_post_messages: true } } }],
      ],
      resize_keyboard: true, one_time_keyboard: true, is_persistent: true, selective: true, input_field_placeholder: "type",
    }, privateChat) as Api.ReplyKeyboardMarkup;
    expect(markup).toBeInstanceOf(Api.ReplyKeyboardMarkup);
    expect(markup).toMatchObject({ resize: true, singleUse: true, persistent: true, selective: true, placeholder: "type" });
    expect(markup.rows.map((r) => r.buttons.map((b) => b.className))).toEqual([
      ["KeyboardButton", "KeyboardButtonRequestPhone", "KeyboardButtonRequestGeoLocation"],
      ["KeyboardButtonRequestPoll", "KeyboardButtonRequestPoll", "KeyboardButtonSimpleWebView"],
      ["InputKeyboardButtonRequestPeer"],
      ["InputKeyboardButtonRequestPeer"],
    ]);
    expect((markup.rows[1]!.buttons[0] as Api.KeyboardButtonRequestPoll).quiz).toBe(true);
    expect((markup.rows[1]!.buttons[1] as Api.KeyboardButtonRequestPoll).quiz).toBeUndefined();
    const users = markup.rows[2]!.buttons[0] as Api.InputKeyboardButtonRequestPeer;
    expect(users).toMatchObject({ buttonId: 1, maxQuantity: 3, nameRequested: true });
    expect(users.peerType).toMatchObject({ className: "RequestPeerTypeUser", bot: false, premium: undefined });
    const chat = markup.rows[3]!.buttons[0] as Api.InputKeyboardButtonRequestPeer;
    expect(chat.peerType.className).toBe("RequestPeerTypeBroadcast");
    expect((chat.peerType as Api.RequestPeerTypeBroadcast).botAdminRights?.postMessages).toBe(true);
  });

  test.each([
    ["remove_keyboard", { remove_keyboard: true }, Api.ReplyKeyboardHide],
    ["hide_keyboard (old name)", { hide_keyboard: true, selective: true }, Api.ReplyKeyboardHide],
    ["force_reply", { force_reply: true, input_field_placeholder: "reply" }, Api.ReplyKeyboardForceReply],
  ] as const)("%s", (_name, value, cls) => {
    expect(toTlReplyMarkup(value, groupChat)).toBeInstanceOf(cls);
  });

  test("force reply keeps its placeholder and selectivity", () => {
    expect(toTlReplyMarkup({ force_reply: true, selective: true, input_field_placeholder: "p" }, groupChat)).toMatchObject({ selective: true, placeholder: "p" });
  });

  test("a JSON string is decoded; an object with nothing in it is no markup", () => {
    expect(toTlReplyMarkup('{"remove_keyboard":true}', groupChat)).toBeInstanceOf(Api.ReplyKeyboardHide);
    expect(toTlReplyMarkup({}, groupChat)).toBeUndefined();
    expect(toTlReplyMarkup({ remove_keyboard: false }, groupChat)).toBeUndefined();
  });

  test("a reply keyboard wins over an inline one", () => {
    expect(toTlReplyMarkup({ keyboard: [["a"]], inline_keyboard: [[{ text: "b", callback_data: "c" }]] }, privateChat)).toBeInstanceOf(Api.ReplyKeyboardMarkup);
  });
});

describe("official error texts", () => {
  const cases: [string, unknown, MarkupContext, string][] = [
    ["not JSON", "{oops", privateChat, "400 Bad Request: can't parse reply keyboard markup JSON object"],
    ["not an object", [1], privateChat, "400 Bad Request: object expected as reply markup"],
    ["keyboard not an array", { keyboard: {} }, privateChat, '400 Bad Request: field "keyboard" must be of type Array'],
    ["keyboard row not an array", { keyboard: ["a"] }, privateChat, '400 Bad Request: field "keyboard" must be an Array of Arrays'],
    ["inline row not an array", { inline_keyboard: [{}] }, privateChat, '400 Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'],
    ["keyboard button is a number", { keyboard: [[1]] }, privateChat, "400 Bad Request: can't parse keyboard button: KeyboardButton must be a String or an Object"],
    ["keyboard button without text", { keyboard: [[{ request_contact: true }]] }, privateChat, `400 Bad Request: can't parse keyboard button: Can't find field "text"`],
    ["keyboard button flag of the wrong type", { keyboard: [[{ text: "a", request_contact: "yes" }]] }, privateChat, `400 Bad Request: can't parse keyboard button: Field "request_contact" must be of type Boolean`],
    ["request_users without request_id", { keyboard: [[{ text: "a", request_users: {} }]] }, privateChat, `400 Bad Request: can't parse keyboard button: Can't find field "request_id"`],
    ["bad style", { keyboard: [[{ text: "a", style: "loud" }]] }, privateChat, "400 Bad Request: can't parse keyboard button: invalid button style specified"],
    ["inline button is a string", inline("a"), privateChat, "400 Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object"],
    ["inline button without text", inline({ callback_data: "x" }), privateChat, `400 Bad Request: can't parse inline keyboard button: Can't find field "text"`],
    ["inline text button", inline({ text: "a" }), privateChat, "400 Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"],
    ["inline button with empty callback data only", inline({ text: "a", callback_data: "" }), privateChat, "400 Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"],
    ["text of the wrong type", inline({ text: true, callback_data: "x" }), privateChat, `400 Bad Request: can't parse inline keyboard button: Field "text" must be of type String`],
    ["login_url not an object", inline({ text: "a", login_url: "https://x.y" }), privateChat, `400 Bad Request: can't parse inline keyboard button: Field "login_url" must be of type Object`],
    ["login bot username invalid", inline({ text: "a", login_url: { url: "https://x.y", bot_username: "@" } }), privateChat, "400 Bad Request: can't parse inline keyboard button: LoginUrl bot username is invalid"],
    ["web_app without url", inline({ text: "a", web_app: {} }), privateChat, `400 Bad Request: can't parse inline keyboard button: Can't find field "url"`],
    ["callback data over 64 bytes", inline({ text: "a", callback_data: "x".repeat(65) }), privateChat, "400 Bad Request: BUTTON_DATA_INVALID"],
    ["url without a dot in the host", inline({ text: "a", url: "localhost" }), privateChat, "400 Bad Request: inline keyboard button URL 'localhost' is invalid: Wrong HTTP URL"],
    ["url with an unknown protocol", inline({ text: "a", url: "ftp://x.y" }), privateChat, "400 Bad Request: inline keyboard button URL 'ftp://x.y' is invalid: Unsupported URL protocol"],
    ["url with a bad port", inline({ text: "a", url: "http://x.y:99999/" }), privateChat, "400 Bad Request: inline keyboard button URL 'http://x.y:99999/' is invalid: Wrong port number specified in the URL"],
    ["web app over http", inline({ text: "a", web_app: { url: "http://app.example" } }), privateChat, "400 Bad Request: inline keyboard button Web App URL 'http://app.example' is invalid: Only HTTPS links are allowed"],
    ["web app to a user", inline({ text: "a", web_app: { url: "tg://user?id=1" } }), privateChat, "400 Bad Request: link to a user can't be used in Web App URL buttons"],
    ["login url to a user", inline({ text: "a", login_url: { url: "tg://user?id=1" } }), privateChat, "400 Bad Request: link to a user can't be used in login URL buttons"],
    ["login url bot unknown", inline({ text: "a", login_url: { url: "https://x.y", bot_username: "nobody_bot" } }), privateChat, '400 Bad Request: bot "nobody_bot" not found'],
    ["switch inline in a channel", inline({ text: "a", switch_inline_query: "" }), channelChat, "400 Bad Request: can't use switch_inline_query button in a channel chat, because users will not be able to use the button without knowing bot's username"],
    ["switch inline current chat in a channel", inline({ text: "a", switch_inline_query_current_chat: "" }), channelChat, "400 Bad Request: can't use switch_inline_query_current_chat button in a channel chat, because users will not be able to use the button without knowing bot's username"],
    ["chosen chat with no type allowed", inline({ text: "a", switch_inline_query_chosen_chat: {} }), privateChat, "400 Bad Request: at least one chat type must be allowed"],
    ["contact request in a group", { keyboard: [[{ text: "a", request_contact: true }]] }, groupChat, "400 Bad Request: phone number can be requested in private chats only"],
    ["location request in a group", { keyboard: [[{ text: "a", request_location: true }]] }, groupChat, "400 Bad Request: location can be requested in private chats only"],
    ["poll request in a group", { keyboard: [[{ text: "a", request_poll: {} }]] }, groupChat, "400 Bad Request: poll can be requested in private chats only"],
    ["web app reply button in a group", { keyboard: [[{ text: "a", web_app: { url: "https://x.y" } }]] }, groupChat, "400 Bad Request: web App buttons can be used in private chats only"],
    ["users request in a group", { keyboard: [[{ text: "a", request_users: { request_id: 1 } }]] }, groupChat, "400 Bad Request: users can be requested in private chats only"],
    ["chat request in a group", { keyboard: [[{ text: "a", request_chat: { request_id: 1 } }]] }, groupChat, "400 Bad Request: chats can be requested in private chats only"],
    ["reply keyboard web app over http", { keyboard: [[{ text: "a", web_app: { url: "http://x.y" } }]] }, privateChat, "400 Bad Request: keyboard button Web App URL 'http://x.y' is invalid: Only HTTPS links are allowed"],
    ["flag of the wrong type", { remove_keyboard: 1 }, privateChat, '400 Bad Request: field "remove_keyboard" must be of type Boolean'],
    ["resize flag of the wrong type", { keyboard: [["a"]], resize_keyboard: "yes" }, privateChat, '400 Bad Request: field "resize_keyboard" must be of type Boolean'],
  ];
  test.each(cases)("%s", (_name, value, ctx, expected) => {
    expect(failure(value, ctx)).toBe(expected);
  });

  test("parse errors anywhere come before TDLib's checks", () => {
    const markup = { inline_keyboard: [[{ text: "a", url: "localhost" }], [{ text: "b" }]] };
    expect(failure(markup)).toBe("400 Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  });

  test("methods that edit take only inline keyboards", () => {
    expect(failure({ keyboard: [["a"]] }, privateChat, true)).toBe("400 Bad Request: inline keyboard expected");
    expect(failure({ force_reply: true }, privateChat, true)).toBe("400 Bad Request: inline keyboard expected");
    expect(toTlReplyMarkup(inline({ text: "a", callback_data: "b" }), privateChat, { inlineOnly: true })).toBeInstanceOf(Api.ReplyInlineMarkup);
  });
});

describe("loginUrlBots", () => {
  test("lists the bots login buttons name, once each, without @", () => {
    const markup = {
      inline_keyboard: [[
        { text: "a", login_url: { url: "https://x.y", bot_username: "@one_bot" } },
        { text: "b", login_url: { url: "https://x.y", bot_username: "one_bot" } },
        { text: "c", login_url: { url: "https://x.y" } },
        { text: "d", login_url: { url: "https://x.y", bot_username: "two_bot" } },
      ]],
    };
    expect(loginUrlBots(markup)).toEqual(["one_bot", "two_bot"]);
    expect(loginUrlBots("{bad")).toEqual([]);
  });
});
