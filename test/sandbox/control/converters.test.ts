import { describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import { type BotApiEntity, entityFromTl, entityToTl } from "../../../src/sandbox/control/entities.ts";
import { markupToBotApi } from "../../../src/sandbox/control/markup.ts";
import { build, tlToJson } from "../../../src/sandbox/control/tl-json.ts";

describe("entities round-trip between Bot API and TL", () => {
  const cases: Array<[BotApiEntity, string]> = [
    [{ type: "bold", offset: 0, length: 3 }, "MessageEntityBold"],
    [{ type: "bot_command", offset: 0, length: 6 }, "MessageEntityBotCommand"],
    [{ type: "phone_number", offset: 1, length: 10 }, "MessageEntityPhone"],
    [{ type: "strikethrough", offset: 2, length: 1 }, "MessageEntityStrike"],
    [{ type: "pre", offset: 0, length: 4, language: "ts" }, "MessageEntityPre"],
    [{ type: "pre", offset: 0, length: 4 }, "MessageEntityPre"],
    [{ type: "text_link", offset: 0, length: 4, url: "https://t.me" }, "MessageEntityTextUrl"],
    [{ type: "text_mention", offset: 0, length: 4, user: { id: 42 } }, "MessageEntityMentionName"],
    [{ type: "custom_emoji", offset: 0, length: 2, custom_emoji_id: "5368324170671202286" }, "MessageEntityCustomEmoji"],
    [{ type: "expandable_blockquote", offset: 0, length: 9 }, "MessageEntityBlockquote"],
  ];
  for (const [entity, className] of cases) {
    test(`${entity.type} ↔ ${className}`, () => {
      const tl = entityToTl(entity);
      expect(tl.className as string).toBe(className);
      expect(entityFromTl(tl) as unknown).toEqual(entity);
    });
  }
  test("an unknown type is refused", () => {
    expect(() => entityToTl({ type: "sparkle", offset: 0, length: 1 })).toThrow("unknown entity type sparkle");
  });
});

describe("reply markup to the Bot API form", () => {
  const row = (...buttons: Api.TypeKeyboardButton[]) => new Api.KeyboardButtonRow({ buttons });
  const cases: Array<[string, Api.TypeReplyMarkup, unknown]> = [
    [
      "inline keyboard",
      new Api.ReplyInlineMarkup({
        rows: [
          row(new Api.KeyboardButtonUrl({ text: "site", url: "https://example.org" }), new Api.KeyboardButtonCallback({ text: "cb", data: Buffer.from("d") })),
          row(new Api.KeyboardButtonSwitchInline({ text: "here", query: "q", samePeer: true })),
        ],
      }),
      {
        inline_keyboard: [
          [{ text: "site", url: "https://example.org" }, { text: "cb", callback_data: "d" }],
          [{ text: "here", switch_inline_query_current_chat: "q" }],
        ],
      },
    ],
    [
      "reply keyboard",
      new Api.ReplyKeyboardMarkup({ rows: [row(new Api.KeyboardButton({ text: "a" }), new Api.KeyboardButtonRequestPhone({ text: "phone" }))], resize: true, placeholder: "pick" }),
      { keyboard: [[{ text: "a" }, { text: "phone", request_contact: true }]], resize_keyboard: true, input_field_placeholder: "pick" },
    ],
    ["remove", new Api.ReplyKeyboardHide({}), { remove_keyboard: true }],
    ["force reply", new Api.ReplyKeyboardForceReply({ selective: true }), { force_reply: true, selective: true }],
  ];
  for (const [name, markup, expected] of cases) {
    test(name, () => expect(markupToBotApi(markup)).toEqual(expected as Record<string, unknown>));
  }
});

describe("TL ↔ JSON", () => {
  const peer = (chatId: number) => new Api.InputPeerUser({ userId: bigInt(chatId), accessHash: bigInt(9) });

  test("builds a request by the schema, with peers from chat ids and defaults for left-out fields", () => {
    const request = build(
      { peer: 77, msg_id: 5, reaction: [{ _: "ReactionEmoji", emoticon: "👍" }], big: true },
      peer,
      "params",
      "messages.sendReaction",
    ) as Api.messages.SendReaction;
    expect(request.className).toBe("messages.SendReaction");
    expect((request.peer as Api.InputPeerUser).userId.toJSNumber()).toBe(77);
    expect((request.reaction![0] as Api.ReactionEmoji).emoticon).toBe("👍");
    expect(request.big).toBe(true);
    expect(() => request.getBytes()).not.toThrow();
  });

  test("refuses unknown fields and constructors", () => {
    expect(() => build({ nope: 1 }, peer, "params", "messages.getHistory")).toThrow("messages.GetHistory has no field nope");
    expect(() => build({ _: "Nothing" }, peer, "params")).toThrow("unknown TL constructor Nothing");
  });

  test("results: class names, longs as numbers or strings, bytes as base64, false flags left out", () => {
    const json = tlToJson(
      new Api.UpdateBotCallbackQuery({
        queryId: bigInt("-9000000000000000000"),
        userId: bigInt(5),
        peer: new Api.PeerUser({ userId: bigInt(5) }),
        msgId: 1,
        chatInstance: bigInt(1),
        data: Buffer.from("hi"),
      }),
    );
    expect(json).toEqual({
      _: "UpdateBotCallbackQuery",
      queryId: "-9000000000000000000",
      userId: 5,
      peer: { _: "PeerUser", userId: 5 },
      msgId: 1,
      chatInstance: 1,
      data: "aGk=",
    });
  });
});
