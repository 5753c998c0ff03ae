import { describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import { editedMessage, fromShortSent, newMessages } from "../../../src/methods/messages/sent.ts";
import type { ChatTarget } from "../../../src/methods/messages/target.ts";

const long = (n: number) => bigInt(n);
const SELF = 777;
const message = (id: number, channel = false) =>
  new Api.Message({ id, date: 1, message: `m${id}`, peerId: channel ? new Api.PeerChannel({ channelId: long(5) }) : new Api.PeerUser({ userId: long(42) }) });

const target = (kind: "user" | "chat"): ChatTarget =>
  ({
    account: { me: { id: long(SELF) } },
    input: kind === "user" ? new Api.InputPeerUser({ userId: long(42), accessHash: long(0) }) : new Api.InputPeerChat({ chatId: long(9) }),
    peer: kind === "user" ? new Api.PeerUser({ userId: long(42) }) : new Api.PeerChat({ chatId: long(9) }),
    ref: kind === "user" ? { kind: "user", id: 42 } : { kind: "chat", id: 9 },
  }) as unknown as ChatTarget;

describe("messages out of a send's Updates", () => {
  test("updateMessageID orders the new messages by our random ids", () => {
    const result = new Api.Updates({
      updates: [
        new Api.UpdateMessageID({ id: 11, randomId: long(-2) }),
        new Api.UpdateMessageID({ id: 10, randomId: long(1) }),
        new Api.UpdateNewChannelMessage({ message: message(10, true), pts: 1, ptsCount: 1 }),
        new Api.UpdateNewChannelMessage({ message: message(11, true), pts: 2, ptsCount: 1 }),
      ],
      users: [], chats: [], date: 1, seq: 0,
    });
    expect(newMessages(result, [long(1), long(-2)]).map((m) => m.id)).toEqual([10, 11]);
    expect(newMessages(result, [long(-2), long(1)]).map((m) => m.id)).toEqual([11, 10]);
  });

  test("without updateMessageID every new message is taken", () => {
    const result = new Api.UpdateShort({ update: new Api.UpdateNewMessage({ message: message(3), pts: 1, ptsCount: 1 }), date: 1 });
    expect(newMessages(result, [long(5)]).map((m) => m.id)).toEqual([3]);
  });

  test("editedMessage finds an edit in either box", () => {
    const result = new Api.Updates({
      updates: [new Api.UpdateEditChannelMessage({ message: message(4, true), pts: 3, ptsCount: 1 })],
      users: [], chats: [], date: 1, seq: 0,
    });
    expect(editedMessage(result)?.id).toBe(4);
    expect(editedMessage(new Api.Updates({ updates: [], users: [], chats: [], date: 1, seq: 0 }))).toBeUndefined();
  });
});

describe("the message of an updateShortSentMessage, rebuilt from what was sent", () => {
  const short = new Api.UpdateShortSentMessage({ out: true, id: 50, pts: 1, ptsCount: 1, date: 99 });

  test("a private message has no sender peer and keeps text, markup and flags", () => {
    const markup = new Api.ReplyKeyboardHide({});
    const built = fromShortSent(short, target("user"), {
      text: "hi", entities: [new Api.MessageEntityBold({ offset: 0, length: 2 })], replyMarkup: markup, silent: true, noforwards: true,
    }, false);
    expect(built).toMatchObject({ id: 50, date: 99, out: true, message: "hi", silent: true, noforwards: true, replyMarkup: markup });
    expect(built.fromId).toBeUndefined();
    expect(built.peerId).toBeInstanceOf(Api.PeerUser);
  });

  test("a mention by InputUser is stored as a mention by id; the reply header keeps the quote", () => {
    const built = fromShortSent(short, target("chat"), {
      text: "hey you",
      entities: [new Api.InputMessageEntityMentionName({ offset: 4, length: 3, userId: new Api.InputUser({ userId: long(42), accessHash: long(1) }) })],
      replyTo: new Api.InputReplyToMessage({ replyToMsgId: 7, quoteText: "x", quoteOffset: 2 }),
    }, false);
    expect(built.fromId).toBeInstanceOf(Api.PeerUser);
    expect(built.entities?.[0]).toBeInstanceOf(Api.MessageEntityMentionName);
    expect(Number((built.entities?.[0] as Api.MessageEntityMentionName).userId)).toBe(42);
    expect(built.replyTo).toMatchObject({ replyToMsgId: 7, quote: true, quoteText: "x", quoteOffset: 2 });
  });

  test("Telegram's own entities and media win over what was sent", () => {
    const media = new Api.MessageMediaDice({ value: 3, emoticon: "🎲" });
    const answer = new Api.UpdateShortSentMessage({ ...short, id: 51, entities: [new Api.MessageEntityUrl({ offset: 0, length: 5 })], media });
    const built = fromShortSent(answer, target("user"), { text: "x.com", entities: [] }, false);
    expect(built.entities?.[0]).toBeInstanceOf(Api.MessageEntityUrl);
    expect(built.media).toBe(media);
  });
});
