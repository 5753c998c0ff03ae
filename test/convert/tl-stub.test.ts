import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { BinaryReader } from "telegram/extensions";
import { long, stub } from "../support/tl-stub.ts";

describe("stub", () => {
  test("fills required arguments from the schema and leaves flags out", () => {
    const m = stub(Api.Message, { id: 5 });
    expect([m.id, m.date, m.message]).toEqual([5, 0, ""]);
    expect(m.peerId).toBeInstanceOf(Api.PeerUser);
    expect(m.media).toBeUndefined();
    const full = stub(Api.ChannelFull, { id: long(1) });
    expect(full.botInfo).toEqual([]);
    expect(full.chatPhoto).toBeInstanceOf(Api.PhotoEmpty);
  });

  test("what it builds serializes and reads back as the same constructor", () => {
    const chat = stub(Api.Channel, { id: long(9), title: "x", megagroup: true, username: "u" });
    const back = new BinaryReader(chat.getBytes()).tgReadObject() as Api.Channel;
    expect(back).toBeInstanceOf(Api.Channel);
    expect([back.title, back.megagroup, back.username]).toEqual(["x", true, "u"]);
  });

  test.each([
    ["an int that is a string", () => stub(Api.Message, { id: "x" as never })],
    ["a long that is a plain number", () => stub(Api.User, { id: 5 as never })],
    ["an object of the wrong TL type", () => stub(Api.Message, { id: 1, peerId: new Api.InputPeerEmpty() as never })],
    ["a vector that is not an array", () => stub(Api.ReplyInlineMarkup, { rows: {} as never })],
  ])("refuses %s", (_name, build) => {
    expect(build).toThrow(/is not a TL/);
  });
});
