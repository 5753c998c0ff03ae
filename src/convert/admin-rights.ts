/**
 * Bot API ChatAdministratorRights ↔ TL ChatAdminRights.
 * https://core.telegram.org/bots/api#chatadministratorrights
 */
import type { ChatAdministratorRights } from "@grammyjs/types";
import { Api } from "telegram";

/** grammY's types already carry `can_send_welcome_messages`, which Bot API 10.1 (our api.json) does not have. */
export type AdministratorRights = Omit<ChatAdministratorRights, "can_send_welcome_messages">;

/** Which chat the rights are for: the official server writes only the fields that apply to it. */
export type RightsChatType = "group" | "supergroup" | "channel";

export function toAdministratorRights(
  rights: Api.ChatAdminRights | undefined,
  chatType?: RightsChatType,
): AdministratorRights {
  const r = rights ?? new Api.ChatAdminRights({});
  const out: AdministratorRights = {
    is_anonymous: Boolean(r.anonymous),
    // Every administrator of a basic group can manage it.
    can_manage_chat: Boolean(r.other) || chatType === "group",
    can_change_info: Boolean(r.changeInfo),
    can_delete_messages: Boolean(r.deleteMessages),
    can_invite_users: Boolean(r.inviteUsers),
    can_restrict_members: Boolean(r.banUsers),
    can_promote_members: Boolean(r.addAdmins),
    can_manage_video_chats: Boolean(r.manageCall),
    can_post_stories: Boolean(r.postStories),
    can_edit_stories: Boolean(r.editStories),
    can_delete_stories: Boolean(r.deleteStories),
  };
  const isChannel = chatType === undefined || chatType === "channel";
  const isGroup = chatType === undefined || chatType !== "channel";
  if (isChannel) {
    out.can_post_messages = Boolean(r.postMessages);
    out.can_edit_messages = Boolean(r.editMessages);
  }
  if (isGroup) out.can_pin_messages = Boolean(r.pinMessages);
  if (chatType === undefined || chatType === "supergroup") out.can_manage_topics = Boolean(r.manageTopics);
  // Layer 198 has no flags for these: nobody has them yet.
  if (isChannel) out.can_manage_direct_messages = false;
  if (isGroup) out.can_manage_tags = false;
  return out;
}

/** The TL rights for a Bot API rights object (missing flags are false). */
export function toAdminRights(r: Partial<AdministratorRights>): Api.ChatAdminRights {
  return new Api.ChatAdminRights({
    other: r.can_manage_chat || undefined,
    changeInfo: r.can_change_info || undefined,
    postMessages: r.can_post_messages || undefined,
    editMessages: r.can_edit_messages || undefined,
    deleteMessages: r.can_delete_messages || undefined,
    banUsers: r.can_restrict_members || undefined,
    inviteUsers: r.can_invite_users || undefined,
    pinMessages: r.can_pin_messages || undefined,
    addAdmins: r.can_promote_members || undefined,
    anonymous: r.is_anonymous || undefined,
    manageCall: r.can_manage_video_chats || undefined,
    manageTopics: r.can_manage_topics || undefined,
    postStories: r.can_post_stories || undefined,
    editStories: r.can_edit_stories || undefined,
    deleteStories: r.can_delete_stories || undefined,
  });
}
