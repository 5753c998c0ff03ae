import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toAdministratorRights, toAdminRights } from "../../src/convert/admin-rights.ts";
import { toChatMember } from "../../src/convert/chat-member.ts";
import { parseChatPermissions, toBannedRights, toChatPermissions } from "../../src/convert/permissions.ts";
import { BotApiError } from "../../src/methods/types.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import { ANN_ID, ANN_USER, channelPeer, peers, userPeer } from "./fixtures.ts";

const ALL = {
  can_send_messages: true, can_send_audios: true, can_send_documents: true, can_send_photos: true, can_send_videos: true,
  can_send_video_notes: true, can_send_voice_notes: true, can_send_polls: true, can_send_other_messages: true,
  can_add_web_page_previews: true, can_react_to_messages: true, can_edit_tag: true, can_change_info: true,
  can_invite_users: true, can_pin_messages: true, can_manage_topics: true,
};
const NONE = Object.fromEntries(Object.keys(ALL).map((k) => [k, false])) as typeof ALL;
const rights = (fields: Record<string, unknown>) => stub(Api.ChatBannedRights, { untilDate: 0, ...fields } as never);

describe("ChatPermissions ↔ ChatBannedRights", () => {
  const cases: [string, Api.ChatBannedRights, typeof ALL][] = [
    ["nothing banned", rights({}), ALL],
    ["text banned", rights({ sendPlain: true }), { ...ALL, can_send_messages: false, can_react_to_messages: false }],
    ["all media banned at once", rights({ sendMedia: true }), { ...ALL, can_send_audios: false, can_send_documents: false, can_send_photos: false, can_send_videos: false, can_send_video_notes: false, can_send_voice_notes: false }],
    ["one media kind", rights({ sendRoundvideos: true }), { ...ALL, can_send_video_notes: false }],
    ["stickers alone take away other messages", rights({ sendStickers: true }), { ...ALL, can_send_other_messages: false }],
    ["link previews", rights({ embedLinks: true }), { ...ALL, can_add_web_page_previews: false }],
    ["pinning", rights({ pinMessages: true }), { ...ALL, can_pin_messages: false, can_edit_tag: false }],
    ["info, invites, topics, polls", rights({ changeInfo: true, inviteUsers: true, manageTopics: true, sendPolls: true }), { ...ALL, can_change_info: false, can_invite_users: false, can_manage_topics: false, can_send_polls: false }],
  ];
  test.each(cases)("%s", (_name, input, expected) => {
    const permissions = toChatPermissions(input);
    expect(permissions).toEqual(expected);
    expectBotApi("ChatPermissions", permissions);
  });

  test.each([["everything", ALL], ["nothing", { ...NONE, can_react_to_messages: false }], ["text and photos", { ...NONE, can_send_messages: true, can_react_to_messages: true, can_send_photos: true }]])(
    "round trip: %s",
    (_name, permissions) => {
      const banned = toBannedRights(permissions, 1800000000);
      expect(banned.untilDate).toBe(1800000000);
      expect(toChatPermissions(banned)).toEqual(permissions);
    },
  );

  test("no rights at all means everything is allowed", () => {
    expect(toChatPermissions(undefined)).toEqual(ALL);
  });
});

describe("parseChatPermissions", () => {
  const cases: [string, Record<string, unknown>, boolean, object][] = [
    ["empty object: nothing", {}, false, NONE],
    ["legacy media flag sets the six and text", { can_send_media_messages: true }, false, {
      ...NONE, can_send_messages: true, can_react_to_messages: true, can_send_audios: true, can_send_documents: true,
      can_send_photos: true, can_send_videos: true, can_send_video_notes: true, can_send_voice_notes: true,
    }],
    ["independent legacy media flag leaves text alone", { can_send_media_messages: true }, true, {
      ...NONE, can_send_audios: true, can_send_documents: true, can_send_photos: true, can_send_videos: true,
      can_send_video_notes: true, can_send_voice_notes: true,
    }],
    ["other messages pull in media and text", { can_send_other_messages: true }, false, {
      ...ALL, can_send_polls: false, can_add_web_page_previews: false, can_change_info: false, can_invite_users: false,
      can_pin_messages: false, can_manage_topics: false, can_edit_tag: false, can_react_to_messages: false,
    }],
    ["polls pull in text", { can_send_polls: true }, false, { ...NONE, can_send_polls: true, can_send_messages: true }],
    ["pinning implies topics and tags unless given", { can_pin_messages: true, can_manage_topics: false }, true, { ...NONE, can_pin_messages: true, can_edit_tag: true }],
    ["text implies reactions unless given", { can_send_messages: true }, true, { ...NONE, can_send_messages: true, can_react_to_messages: true }],
    ["explicit media flags win over the legacy one", { can_send_photos: true, can_send_media_messages: true }, true, { ...NONE, can_send_photos: true }],
    ["JSON text", '{"can_send_polls":true}' as never, true, { ...NONE, can_send_polls: true }],
  ];
  test.each(cases)("%s", (_name, input, independent, expected) => {
    expect(parseChatPermissions(input, independent)).toEqual(expected as never);
  });

  test.each([
    ["wrong type", { can_send_messages: "yes" }, `Bad Request: can't parse chat permissions: Field "can_send_messages" must be of type Boolean`],
    ["not JSON", "{", "Bad Request: can't parse permissions JSON object"],
    ["not an object", "[]", "Bad Request: object expected as permissions"],
  ])("%s: official error", (_name, input, text) => {
    expect(() => parseChatPermissions(input, false)).toThrow(new BotApiError(400, text));
  });
});

describe("ChatAdministratorRights ↔ ChatAdminRights", () => {
  const tl = stub(Api.ChatAdminRights, { other: true, changeInfo: true, postMessages: true, deleteMessages: true, pinMessages: true, manageTopics: true, anonymous: true });

  test("all fields when no chat type is given (default rights)", () => {
    const out = toAdministratorRights(tl);
    expect(out).toEqual({
      is_anonymous: true, can_manage_chat: true, can_change_info: true, can_delete_messages: true, can_invite_users: false,
      can_restrict_members: false, can_promote_members: false, can_manage_video_chats: false, can_post_stories: false,
      can_edit_stories: false, can_delete_stories: false, can_post_messages: true, can_edit_messages: false,
      can_pin_messages: true, can_manage_topics: true, can_manage_direct_messages: false, can_manage_tags: false,
    });
    expectBotApi("ChatAdministratorRights", out);
  });

  test.each([
    ["channel", ["can_post_messages", "can_edit_messages", "can_manage_direct_messages"], ["can_pin_messages", "can_manage_topics", "can_manage_tags"]],
    ["supergroup", ["can_pin_messages", "can_manage_topics", "can_manage_tags"], ["can_post_messages", "can_edit_messages", "can_manage_direct_messages"]],
    ["group", ["can_pin_messages", "can_manage_tags"], ["can_post_messages", "can_manage_topics", "can_manage_direct_messages"]],
  ] as const)("only the fields that apply to a %s", (type, present, absent) => {
    const out = toAdministratorRights(tl, type);
    for (const key of present) expect(out).toHaveProperty(key);
    for (const key of absent) expect(out).not.toHaveProperty(key);
    expectBotApi("ChatAdministratorRights", out);
  });

  test("round trip", () => {
    const back = toAdministratorRights(toAdminRights(toAdministratorRights(tl)));
    expect(back).toEqual(toAdministratorRights(tl));
  });
});

describe("toChatMember", () => {
  const admin = stub(Api.ChatAdminRights, { changeInfo: true, deleteMessages: true, banUsers: true, inviteUsers: true, pinMessages: true, other: true });
  const cases: [string, Api.TypeChannelParticipant | Api.TypeChatParticipant, string, object][] = [
    ["channel creator", stub(Api.ChannelParticipantCreator, { userId: long(ANN_ID), adminRights: stub(Api.ChatAdminRights, { anonymous: true }), rank: "boss" }), "creator", { is_anonymous: true, custom_title: "boss" }],
    ["group creator", stub(Api.ChatParticipantCreator, { userId: long(ANN_ID) }), "creator", { is_anonymous: false }],
    ["channel admin", stub(Api.ChannelParticipantAdmin, { userId: long(ANN_ID), promotedBy: long(1), date: 1, adminRights: admin, canEdit: true, rank: "mod" }), "administrator", { can_be_edited: true, can_restrict_members: true, custom_title: "mod" }],
    ["group admin", stub(Api.ChatParticipantAdmin, { userId: long(ANN_ID), inviterId: long(1), date: 1 }), "administrator", { can_be_edited: false, can_manage_chat: true, can_promote_members: false }],
    ["member", stub(Api.ChannelParticipant, { userId: long(ANN_ID), date: 1 }), "member", {}],
    ["paying member", stub(Api.ChannelParticipant, { userId: long(ANN_ID), date: 1, subscriptionUntilDate: 1800000000 }), "member", { until_date: 1800000000 }],
    ["group member", stub(Api.ChatParticipant, { userId: long(ANN_ID), inviterId: long(1), date: 1 }), "member", {}],
    ["left", stub(Api.ChannelParticipantLeft, { peer: userPeer(ANN_ID) }), "left", {}],
    ["kicked", stub(Api.ChannelParticipantBanned, { peer: userPeer(ANN_ID), kickedBy: long(1), date: 1, bannedRights: rights({ viewMessages: true, untilDate: 1800000000 }) }), "kicked", { until_date: 1800000000 }],
    [
      "restricted",
      stub(Api.ChannelParticipantBanned, { peer: userPeer(ANN_ID), kickedBy: long(1), date: 1, bannedRights: rights({ sendPlain: true }) }),
      "restricted",
      { is_member: true, can_send_messages: false, can_send_photos: true, until_date: 0 },
    ],
    [
      "restricted and gone",
      stub(Api.ChannelParticipantBanned, { peer: userPeer(ANN_ID), kickedBy: long(1), date: 1, left: true, bannedRights: rights({ sendPlain: true }) }),
      "restricted",
      { is_member: false },
    ],
  ];
  test.each(cases)("%s", (_name, participant, status, fields) => {
    const member = toChatMember(participant, peers, "supergroup");
    expect(member).toMatchObject({ status, user: ANN_USER, ...fields });
    expectBotApi("ChatMember", member);
  });

  test("a chat banned as a sender is not a member", () => {
    const banned = stub(Api.ChannelParticipantBanned, { peer: channelPeer(5), kickedBy: long(1), date: 1, bannedRights: rights({ viewMessages: true }) });
    expect(toChatMember(banned, peers, "supergroup")).toBeUndefined();
  });
});
