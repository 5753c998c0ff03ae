/** The bot-settings parameter readers, table by table (pure, no sandbox). */
import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { checkLanguageCode, parseScope } from "../../../src/methods/bot/command-scope.ts";
import { parseMenuButton, toMenuButton } from "../../../src/methods/bot/chat-menu-button.ts";
import { defaultRightsTl, parseRights } from "../../../src/methods/bot/default-admin-rights.ts";
import { clampArg, toLongArg } from "../../../src/methods/bot/long-arg.ts";
import { checkCommands } from "../../../src/methods/bot/my-commands.ts";

describe("parseScope", () => {
  test.each<[unknown, unknown]>([
    [undefined, { type: "default" }],
    [{ type: "all_private_chats" }, { type: "all_private_chats" }],
    [{ type: "chat", chat_id: -100123 }, { type: "chat", chatId: "-100123" }],
    [{ type: "chat_administrators", chat_id: "@group" }, { type: "chat_administrators", chatId: "@group" }],
    [{ type: "chat_member", chat_id: 5, user_id: "7" }, { type: "chat_member", chatId: "5", userId: 7 }],
  ])("%j", (input, expected) => expect(parseScope(input)).toEqual(expected as never));

  test.each<[unknown, string]>([
    [{}, 'Can\'t find field "type"'],
    [{ type: 1 }, "Unsupported type specified"],
    [{ type: "chat", chat_id: "" }, "Empty chat_id specified"],
    [{ type: "chat_member", chat_id: 5 }, 'Can\'t find field "user_id"'],
    [{ type: "chat_member", chat_id: 5, user_id: "x" }, 'Field "user_id" must be a valid Number'],
  ])("%j is refused", (input, reason) => expect(() => parseScope(input)).toThrow(`Bad Request: can't parse BotCommandScope: ${reason}`));
});

describe("checkCommands and language codes", () => {
  test("trims, drops one slash, counts code points", () => {
    expect(checkCommands([{ command: " //x ", description: "é".repeat(256) }])).toEqual([{ command: "/x", description: "é".repeat(256) }]);
  });
  test.each(["", "de", "pt"])("%j is a language code", (code) => expect(checkLanguageCode(code)).toBe(code));
  test.each(["DE", "deu", "d1", "pt-br"])("%j is not", (code) => expect(() => checkLanguageCode(code)).toThrow("Bad Request: invalid language code specified"));
});

describe("menu buttons", () => {
  test.each<[unknown, unknown]>([
    [undefined, { type: "default" }],
    [{ type: "commands" }, { type: "commands" }],
    [{ type: "web_app", text: "Go", web_app: { url: "https://a.org" } }, { type: "web_app", text: "Go", web_app: { url: "https://a.org" } }],
  ])("%j round-trips through TL", (input, expected) => expect(toMenuButton(parseMenuButton(input))).toEqual(expected as never));
  test("a plain botMenuButton with text is a web app", () => {
    expect(toMenuButton(new Api.BotMenuButton({ text: "T", url: "https://b.org" }))).toEqual({ type: "web_app", text: "T", web_app: { url: "https://b.org" } });
  });
});

describe("default administrator rights", () => {
  test.each<[string, unknown, boolean, Record<string, boolean>]>([
    ["none", undefined, false, {}],
    ["group rights drop channel-only ones and imply managing", { can_post_messages: true, can_pin_messages: true }, false, { pinMessages: true, other: true }],
    ["channel rights drop group-only ones", { can_post_messages: true, can_pin_messages: true, can_manage_topics: true }, true, { postMessages: true, other: true }],
    ["anonymity alone also implies managing", { is_anonymous: true }, false, { anonymous: true, other: true }],
  ])("%s", (_, input, forChannels, expected) => {
    const tl = defaultRightsTl(parseRights(input), forChannels);
    const set = Object.fromEntries(Object.entries(tl).filter(([, v]) => v === true));
    expect(set).toEqual(expected);
  });
});

describe("query ids and clamped integers", () => {
  test.each<[unknown, string]>([
    ["123", "123"],
    ["-9223372036854775808", "-9223372036854775808"],
    ["18446744073709551615", "-1"],
    ["12abc", "12"],
    ["abc", "0"],
    [undefined, "0"],
  ])("%j reads as %s", (input, expected) => expect(toLongArg(input).toString()).toBe(expected));
  test.each<[unknown, number]>([[undefined, 300], [-5, 0], [10, 10], [10 ** 9, 86400]])("%j clamps to %d", (input, expected) =>
    expect(clampArg(input, 300, 0, 86400)).toBe(expected));
});
