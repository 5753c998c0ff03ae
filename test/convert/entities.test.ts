import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toBotEntities, toBotEntity, toTlEntity } from "../../src/convert/entities.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import { ANN_ID, ANN_USER, peers } from "./fixtures.ts";

const at = { offset: 2, length: 3 };

describe("toBotEntity", () => {
  const cases: [string, Api.TypeMessageEntity, object | undefined][] = [
    ["mention", stub(Api.MessageEntityMention, at), { ...at, type: "mention" }],
    ["hashtag", stub(Api.MessageEntityHashtag, at), { ...at, type: "hashtag" }],
    ["cashtag", stub(Api.MessageEntityCashtag, at), { ...at, type: "cashtag" }],
    ["bot command", stub(Api.MessageEntityBotCommand, at), { ...at, type: "bot_command" }],
    ["url", stub(Api.MessageEntityUrl, at), { ...at, type: "url" }],
    ["email", stub(Api.MessageEntityEmail, at), { ...at, type: "email" }],
    ["phone", stub(Api.MessageEntityPhone, at), { ...at, type: "phone_number" }],
    ["bold", stub(Api.MessageEntityBold, at), { ...at, type: "bold" }],
    ["italic", stub(Api.MessageEntityItalic, at), { ...at, type: "italic" }],
    ["underline", stub(Api.MessageEntityUnderline, at), { ...at, type: "underline" }],
    ["strike", stub(Api.MessageEntityStrike, at), { ...at, type: "strikethrough" }],
    ["spoiler", stub(Api.MessageEntitySpoiler, at), { ...at, type: "spoiler" }],
    ["code", stub(Api.MessageEntityCode, at), { ...at, type: "code" }],
    ["pre without language", stub(Api.MessageEntityPre, at), { ...at, type: "pre" }],
    ["pre with language", stub(Api.MessageEntityPre, { ...at, language: "ts" }), { ...at, type: "pre", language: "ts" }],
    ["text url", stub(Api.MessageEntityTextUrl, { ...at, url: "https://a.b/" }), { ...at, type: "text_link", url: "https://a.b/" }],
    ["mention by id", stub(Api.MessageEntityMentionName, { ...at, userId: long(ANN_ID) }), { ...at, type: "text_mention", user: ANN_USER }],
    ["custom emoji", stub(Api.MessageEntityCustomEmoji, { ...at, documentId: long("5368324170671202286") }), { ...at, type: "custom_emoji", custom_emoji_id: "5368324170671202286" }],
    ["blockquote", stub(Api.MessageEntityBlockquote, at), { ...at, type: "blockquote" }],
    ["expandable blockquote", stub(Api.MessageEntityBlockquote, { ...at, collapsed: true }), { ...at, type: "expandable_blockquote" }],
    ["unknown is dropped", stub(Api.MessageEntityUnknown, at), undefined],
  ];
  test.each(cases)("%s", (_name, input, expected) => {
    const entity = toBotEntity(input, peers);
    expect(entity).toEqual(expected as never);
    if (entity) expectBotApi("MessageEntity", entity);
  });

  test("bank card numbers are shown as the official server shows them", () => {
    expect(toBotEntity(stub(Api.MessageEntityBankCard, at), peers)).toEqual({ ...at, type: "bank_card_number" } as never);
  });

  test("a list keeps its order and drops what has no Bot API form", () => {
    const list = [stub(Api.MessageEntityBold, at), stub(Api.MessageEntityUnknown, at), stub(Api.MessageEntityItalic, { offset: 0, length: 1 })];
    expect(toBotEntities(list, peers).map((e) => e.type)).toEqual(["bold", "italic"]);
    expect(toBotEntities(undefined, peers)).toEqual([]);
  });
});

describe("toTlEntity", () => {
  const inputUser = (id: number) => new Api.InputUser({ userId: long(id), accessHash: long(1) });
  test.each([
    [{ ...at, type: "bold" }, Api.MessageEntityBold],
    [{ ...at, type: "phone_number" }, Api.MessageEntityPhone],
    [{ ...at, type: "pre", language: "go" }, Api.MessageEntityPre],
    [{ ...at, type: "text_link", url: "https://x.y/" }, Api.MessageEntityTextUrl],
    [{ ...at, type: "text_mention", user: ANN_USER }, Api.InputMessageEntityMentionName],
    [{ ...at, type: "custom_emoji", custom_emoji_id: "12" }, Api.MessageEntityCustomEmoji],
    [{ ...at, type: "expandable_blockquote" }, Api.MessageEntityBlockquote],
  ] as const)("%o", (entity, cls) => {
    const tl = toTlEntity(entity as never, inputUser);
    expect(tl).toBeInstanceOf(cls);
    expect([tl.offset, tl.length]).toEqual([2, 3]);
  });

  test("round trip keeps every field", () => {
    const entities = [
      { ...at, type: "pre", language: "go" },
      { ...at, type: "text_link", url: "https://x.y/" },
      { ...at, type: "custom_emoji", custom_emoji_id: "12" },
      { ...at, type: "expandable_blockquote" },
      { ...at, type: "spoiler" },
    ] as const;
    for (const e of entities) expect(toBotEntity(toTlEntity(e as never, inputUser), peers)).toEqual(e as never);
  });
});
