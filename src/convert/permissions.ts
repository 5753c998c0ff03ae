/**
 * Bot API ChatPermissions ↔ TL ChatBannedRights, flag by flag as TDLib maps them.
 * https://core.telegram.org/bots/api#chatpermissions
 */
import type { ChatPermissions } from "@grammyjs/types";
import { Api } from "telegram";
import { badRequest, PERMISSIONS } from "./errors.ts";
import { FieldError, isObject, optBool, type JsonObject } from "./json-fields.ts";

/** Every permission, each present: the official server always writes all of them. */
export type FullChatPermissions = Required<ChatPermissions>;

export function toChatPermissions(rights: Api.ChatBannedRights | undefined): FullChatPermissions {
  const r = rights ?? new Api.ChatBannedRights({ untilDate: 0 });
  const media = !r.sendMedia;
  const canSendMessages = !r.sendPlain && !r.sendMessages;
  const canPin = !r.pinMessages;
  return {
    can_send_messages: canSendMessages,
    can_send_audios: media && !r.sendAudios,
    can_send_documents: media && !r.sendDocs,
    can_send_photos: media && !r.sendPhotos,
    can_send_videos: media && !r.sendVideos,
    can_send_video_notes: media && !r.sendRoundvideos,
    can_send_voice_notes: media && !r.sendVoices,
    can_send_polls: !r.sendPolls,
    can_send_other_messages: !r.sendStickers && !r.sendGifs && !r.sendGames && !r.sendInline,
    can_add_web_page_previews: !r.embedLinks,
    // Layer 198 has no flags for these two; TDLib derives them the same way when they are absent.
    can_react_to_messages: canSendMessages,
    can_edit_tag: canPin,
    can_change_info: !r.changeInfo,
    can_invite_users: !r.inviteUsers,
    can_pin_messages: canPin,
    can_manage_topics: !r.manageTopics,
  };
}

/** The banned rights that leave exactly `p`, until `untilDate` (0: forever). */
export function toBannedRights(p: FullChatPermissions, untilDate = 0): Api.ChatBannedRights {
  const noMedia =
    !p.can_send_audios && !p.can_send_documents && !p.can_send_photos &&
    !p.can_send_videos && !p.can_send_video_notes && !p.can_send_voice_notes;
  const noOther = !p.can_send_other_messages;
  return new Api.ChatBannedRights({
    untilDate,
    sendPlain: !p.can_send_messages,
    sendMedia: noMedia,
    sendAudios: !p.can_send_audios,
    sendDocs: !p.can_send_documents,
    sendPhotos: !p.can_send_photos,
    sendVideos: !p.can_send_videos,
    sendRoundvideos: !p.can_send_video_notes,
    sendVoices: !p.can_send_voice_notes,
    sendStickers: noOther,
    sendGifs: noOther,
    sendGames: noOther,
    sendInline: noOther,
    embedLinks: !p.can_add_web_page_previews,
    sendPolls: !p.can_send_polls,
    changeInfo: !p.can_change_info,
    inviteUsers: !p.can_invite_users,
    pinMessages: !p.can_pin_messages,
    manageTopics: !p.can_manage_topics,
  });
}

/**
 * A `permissions` parameter (JSON text or an already decoded object) as the official
 * server reads it: missing flags are false, `can_send_media_messages` stands for the six
 * media flags when none of them is given, and unless `independent`
 * (use_independent_chat_permissions) each permission pulls in the ones it needs.
 * Throws the official 400 texts.
 */
export function parseChatPermissions(value: unknown, independent: boolean): FullChatPermissions {
  let decoded = value;
  if (typeof decoded === "string") {
    try {
      decoded = JSON.parse(decoded);
    } catch {
      throw badRequest(PERMISSIONS.unparsable);
    }
  }
  if (!isObject(decoded)) throw badRequest(PERMISSIONS.notObject);
  const obj = decoded;
  try {
    return readPermissions(obj, independent);
  } catch (e) {
    if (e instanceof FieldError) throw badRequest(PERMISSIONS.parse(e.message));
    throw e;
  }
}

const MEDIA = [
  "can_send_audios", "can_send_documents", "can_send_photos",
  "can_send_videos", "can_send_video_notes", "can_send_voice_notes",
] as const;

function readPermissions(obj: JsonObject, independent: boolean): FullChatPermissions {
  const p = {} as Record<keyof FullChatPermissions, boolean>;
  for (const name of [
    "can_send_messages", "can_send_polls", "can_send_other_messages", "can_add_web_page_previews",
    "can_change_info", "can_invite_users", "can_pin_messages",
  ] as const) {
    p[name] = optBool(obj, name);
  }
  p.can_manage_topics = "can_manage_topics" in obj ? optBool(obj, "can_manage_topics") : p.can_pin_messages;
  if (MEDIA.some((n) => n in obj)) {
    for (const name of MEDIA) p[name] = optBool(obj, name);
  } else {
    const legacy = optBool(obj, "can_send_media_messages");
    for (const name of MEDIA) p[name] = legacy;
    if (legacy && !independent) p.can_send_messages = true;
  }
  p.can_edit_tag = "can_edit_tag" in obj ? optBool(obj, "can_edit_tag") : p.can_pin_messages;
  p.can_react_to_messages = "can_react_to_messages" in obj ? optBool(obj, "can_react_to_messages") : p.can_send_messages;
  if (!independent) {
    if (p.can_send_other_messages || p.can_add_web_page_previews) {
      for (const name of MEDIA) p[name] = true;
      p.can_send_messages = true;
    }
    if (p.can_send_polls) p.can_send_messages = true;
  }
  return p;
}
