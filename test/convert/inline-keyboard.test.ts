import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toInlineKeyboard } from "../../src/convert/inline-keyboard.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";

const markup = (...buttons: Api.TypeKeyboardButton[]) =>
  stub(Api.ReplyInlineMarkup, { rows: [stub(Api.KeyboardButtonRow, { buttons })] });

describe("toInlineKeyboard", () => {
  const cases: [string, Api.TypeKeyboardButton, object][] = [
    ["url", stub(Api.KeyboardButtonUrl, { text: "a", url: "https://a.b/" }), { text: "a", url: "https://a.b/" }],
    ["callback", stub(Api.KeyboardButtonCallback, { text: "b", data: Buffer.from("yes") }), { text: "b", callback_data: "yes" }],
    ["callback with bytes that are not UTF-8", stub(Api.KeyboardButtonCallback, { text: "b", data: Buffer.from([0xff, 0xfe]) }), { text: "b", callback_data: "INVALID" }],
    ["callback game", stub(Api.KeyboardButtonGame, { text: "g" }), { text: "g", callback_game: {} }],
    ["pay", stub(Api.KeyboardButtonBuy, { text: "p" }), { text: "p", pay: true }],
    ["switch inline, any chat", stub(Api.KeyboardButtonSwitchInline, { text: "s", query: "q" }), { text: "s", switch_inline_query: "q" }],
    ["switch inline, current chat", stub(Api.KeyboardButtonSwitchInline, { text: "s", query: "q", samePeer: true }), { text: "s", switch_inline_query_current_chat: "q" }],
    [
      "switch inline, chosen chats",
      stub(Api.KeyboardButtonSwitchInline, { text: "s", query: "q", peerTypes: [new Api.InlineQueryPeerTypePM(), new Api.InlineQueryPeerTypeMegagroup()] }),
      { text: "s", switch_inline_query_chosen_chat: { query: "q", allow_user_chats: true, allow_bot_chats: false, allow_group_chats: true, allow_channel_chats: false } },
    ],
    [
      "switch inline, every chat type listed",
      stub(Api.KeyboardButtonSwitchInline, {
        text: "s", query: "",
        peerTypes: [new Api.InlineQueryPeerTypePM(), new Api.InlineQueryPeerTypeBotPM(), new Api.InlineQueryPeerTypeChat(), new Api.InlineQueryPeerTypeBroadcast()],
      }),
      { text: "s", switch_inline_query: "" },
    ],
    ["login url shows only its url", stub(Api.KeyboardButtonUrlAuth, { text: "l", url: "https://login.example/", buttonId: 1 }), { text: "l", url: "https://login.example/" }],
    ["user profile", stub(Api.KeyboardButtonUserProfile, { text: "u", userId: long(42) }), { text: "u", url: "tg://user?id=42" }],
    ["web app", stub(Api.KeyboardButtonWebView, { text: "w", url: "https://app.example/" }), { text: "w", web_app: { url: "https://app.example/" } }],
    ["copy text", stub(Api.KeyboardButtonCopy, { text: "c", copyText: "code" }), { text: "c", copy_text: { text: "code" } }],
  ];
  test.each(cases)("%s", (_name, button, expected) => {
    const keyboard = toInlineKeyboard(markup(button));
    expect(keyboard).toEqual({ inline_keyboard: [[expected]] } as never);
    expectBotApi("InlineKeyboardMarkup", keyboard);
  });

  test("other markups and empty keyboards give nothing", () => {
    expect(toInlineKeyboard(stub(Api.ReplyKeyboardHide, {}))).toBeUndefined();
    expect(toInlineKeyboard(undefined)).toBeUndefined();
    expect(toInlineKeyboard(markup(stub(Api.KeyboardButtonRequestPhone, { text: "x" })))).toBeUndefined();
  });

  test("rows keep their shape", () => {
    const rows = stub(Api.ReplyInlineMarkup, {
      rows: [
        stub(Api.KeyboardButtonRow, { buttons: [stub(Api.KeyboardButtonCallback, { text: "1", data: Buffer.from("1") }), stub(Api.KeyboardButtonCallback, { text: "2", data: Buffer.from("2") })] }),
        stub(Api.KeyboardButtonRow, { buttons: [stub(Api.KeyboardButtonUrl, { text: "3", url: "https://x.y/" })] }),
      ],
    });
    expect(toInlineKeyboard(rows)).toEqual({
      inline_keyboard: [[{ text: "1", callback_data: "1" }, { text: "2", callback_data: "2" }], [{ text: "3", url: "https://x.y/" }]],
    });
  });
});
