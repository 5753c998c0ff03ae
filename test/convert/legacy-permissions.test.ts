import { describe, expect, test } from "bun:test";
import { keepCurrentRights, type LegacyFlag, readLegacyPermissions } from "../../src/convert/legacy-permissions.ts";
import type { FullChatPermissions } from "../../src/convert/permissions.ts";
import { expectBotApi } from "../support/botapi-schema.ts";

const NONE: FullChatPermissions = {
  can_send_messages: false, can_send_audios: false, can_send_documents: false, can_send_photos: false,
  can_send_videos: false, can_send_video_notes: false, can_send_voice_notes: false, can_send_polls: false,
  can_send_other_messages: false, can_add_web_page_previews: false, can_react_to_messages: false,
  can_edit_tag: false, can_change_info: false, can_invite_users: false, can_pin_messages: false, can_manage_topics: false,
};
const ALL = Object.fromEntries(Object.keys(NONE).map((k) => [k, true])) as FullChatPermissions;
const MEDIA = {
  can_send_audios: true, can_send_documents: true, can_send_photos: true,
  can_send_videos: true, can_send_video_notes: true, can_send_voice_notes: true,
};
const TEXT = { can_send_messages: true, can_react_to_messages: true };

describe("readLegacyPermissions", () => {
  const cases: [string, Partial<Record<LegacyFlag, boolean>>, boolean, Partial<FullChatPermissions>, boolean][] = [
    ["no flags: restricted from everything", {}, false, {}, false],
    ["a flag given false still keeps current rights", { can_send_messages: false }, false, {}, true],
    ["text only", { can_send_messages: true }, false, TEXT, true],
    ["media implies text", { can_send_media_messages: true }, false, { ...TEXT, ...MEDIA }, true],
    ["media alone when independent", { can_send_media_messages: true }, true, MEDIA, true],
    ["previews imply media and text", { can_add_web_page_previews: true }, false, { ...TEXT, ...MEDIA, can_add_web_page_previews: true }, true],
    ["other alone when independent", { can_send_other_messages: true }, true, { can_send_other_messages: true }, true],
    ["other and previews imply the rest: a full unrestrict",
      { can_send_other_messages: true, can_add_web_page_previews: true }, false, ALL, false],
    ["all four: a full unrestrict", {
      can_send_messages: true, can_send_media_messages: true, can_send_other_messages: true, can_add_web_page_previews: true,
    }, true, ALL, false],
  ];
  test.each(cases)("%s", (_name, given, independent, allowed, keepsCurrent) => {
    const read = readLegacyPermissions(given, independent);
    expect(read).toEqual({ permissions: { ...NONE, ...allowed }, keepsCurrent });
    expectBotApi("ChatPermissions", read.permissions);
  });
});

describe("keepCurrentRights", () => {
  const cases: [string, FullChatPermissions, FullChatPermissions, FullChatPermissions][] = [
    ["restricted from polls stays so", { ...NONE, ...TEXT }, { ...ALL, can_send_polls: false }, { ...NONE, ...TEXT, can_send_polls: false, can_change_info: true, can_invite_users: true, can_pin_messages: true, can_manage_topics: true }],
    ["only the five inexpressible rights come from current", { ...NONE, ...MEDIA }, ALL, { ...NONE, ...MEDIA, can_send_polls: true, can_change_info: true, can_invite_users: true, can_pin_messages: true, can_manage_topics: true }],
    ["a current full restriction keeps them all off", ALL, NONE, { ...ALL, can_send_polls: false, can_change_info: false, can_invite_users: false, can_pin_messages: false, can_manage_topics: false }],
  ];
  test.each(cases)("%s", (_name, next, current, expected) => {
    expect(keepCurrentRights(next, current)).toEqual(expected);
  });
});
