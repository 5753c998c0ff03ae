import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { chatOfPeer, toBotChat, userOf } from "../../src/convert/chat.ts";
import { peerDirectory } from "../../src/convert/peers.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import { ANN_CHAT, ann, channel, CHANNEL_CHAT, forum, group, GROUP_CHAT, supergroup, SUPERGROUP_CHAT } from "./fixtures.ts";

describe("toBotChat", () => {
  const cases: [string, Api.TypeUser | Api.TypeChat, object][] = [
    ["user", ann, ANN_CHAT],
    ["user without last name or username", stub(Api.User, { id: long(5), firstName: "Bo" }), { id: 5, type: "private", first_name: "Bo" }],
    ["deleted user keeps an empty first name", stub(Api.User, { id: long(6), deleted: true }), { id: 6, type: "private", first_name: "" }],
    [
      "username from the active collectible list",
      stub(Api.User, { id: long(7), firstName: "C", usernames: [stub(Api.Username, { username: "old" }), stub(Api.Username, { username: "new", active: true })] }),
      { id: 7, type: "private", first_name: "C", username: "new" },
    ],
    ["basic group", group, GROUP_CHAT],
    ["forbidden basic group", stub(Api.ChatForbidden, { id: long(9), title: "Gone" }), { id: -9, type: "group", title: "Gone" }],
    ["supergroup", supergroup, SUPERGROUP_CHAT],
    ["channel", channel, CHANNEL_CHAT],
    ["forum supergroup", forum, { id: -1000000000400, type: "supergroup", title: "Topics", is_forum: true }],
    ["forum flag on a channel is not shown", stub(Api.Channel, { id: long(1), title: "x", broadcast: true, forum: true }), { id: -1000000000001, type: "channel", title: "x" }],
    [
      "forbidden supergroup",
      stub(Api.ChannelForbidden, { id: long(11), title: "Banned", megagroup: true }),
      { id: -1000000000011, type: "supergroup", title: "Banned" },
    ],
    ["forbidden channel", stub(Api.ChannelForbidden, { id: long(12), title: "Closed", broadcast: true }), { id: -1000000000012, type: "channel", title: "Closed" }],
  ];
  test.each(cases)("%s", (_name, input, expected) => {
    const chat = toBotChat(input as never);
    expect(chat).toEqual(expected as never);
    expectBotApi("Chat", chat);
  });
});

describe("chatOfPeer and userOf", () => {
  const empty = peerDirectory();
  test.each([
    ["unknown user", { kind: "user", id: 5 }, { id: 5, type: "private", first_name: "" }],
    ["unknown group", { kind: "chat", id: 5 }, { id: -5, type: "group", title: "" }],
    ["unknown channel", { kind: "channel", id: 5 }, { id: -1000000000005, type: "supergroup", title: "" }],
  ] as const)("%s keeps its id and type", (_name, ref, expected) => {
    expect(chatOfPeer(empty, ref)).toEqual(expected as never);
  });
  test("unknown user", () => {
    expect(userOf(empty, 8)).toEqual({ id: 8, is_bot: false, first_name: "" });
  });
});
