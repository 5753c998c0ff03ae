/**
 * restrictChatMember's pre-ChatPermissions form: no `permissions` object, but up to four
 * top-level flags. Read as the official server reads them (Client::get_chat_permissions
 * with allow_legacy): the form cannot name polls, info, invites, pins or topics, so
 * unless it lifts every restriction the member keeps their current rights for those.
 */
import type { FullChatPermissions } from "./permissions.ts";

export const LEGACY_FLAGS = [
  "can_send_messages", "can_send_media_messages", "can_send_other_messages", "can_add_web_page_previews",
] as const;

export type LegacyFlag = (typeof LEGACY_FLAGS)[number];

export interface LegacyPermissions {
  permissions: FullChatPermissions;
  /** The five rights the form cannot express come from the member's current restriction. */
  keepsCurrent: boolean;
}

/** `given`: the flags present in the request, already read as booleans. */
export function readLegacyPermissions(given: Partial<Record<LegacyFlag, boolean>>, independent: boolean): LegacyPermissions {
  let messages = given.can_send_messages ?? false;
  let media = given.can_send_media_messages ?? false;
  const other = given.can_send_other_messages ?? false;
  const previews = given.can_add_web_page_previews ?? false;
  if (!independent) {
    if (other || previews) media = true;
    if (media) messages = true;
  }
  const liftsAll = messages && media && other && previews;
  return {
    permissions: {
      can_send_messages: messages,
      can_send_audios: media,
      can_send_documents: media,
      can_send_photos: media,
      can_send_videos: media,
      can_send_video_notes: media,
      can_send_voice_notes: media,
      can_send_polls: liftsAll,
      can_send_other_messages: other,
      can_add_web_page_previews: previews,
      can_react_to_messages: messages,
      can_edit_tag: liftsAll,
      can_change_info: liftsAll,
      can_invite_users: liftsAll,
      can_pin_messages: liftsAll,
      can_manage_topics: liftsAll,
    },
    keepsCurrent: !liftsAll && LEGACY_FLAGS.some((name) => name in given),
  };
}

type KeptRight = "can_send_polls" | "can_change_info" | "can_invite_users" | "can_pin_messages" | "can_manage_topics";

/**
 * `next` with the five rights the legacy form cannot express taken from `current`, the
 * member's present restriction (the official merges only into a restricted member).
 */
export function keepCurrentRights(next: FullChatPermissions, current: Pick<FullChatPermissions, KeptRight>): FullChatPermissions {
  return {
    ...next,
    can_send_polls: current.can_send_polls,
    can_change_info: current.can_change_info,
    can_invite_users: current.can_invite_users,
    can_pin_messages: current.can_pin_messages,
    can_manage_topics: current.can_manage_topics,
  };
}
