/**
 * The official server's own refusals for the chat and member methods (Client.cpp checks,
 * and TDLib's checks it passes through with its "Bad Request: " prefix and lower-cased
 * first letter). RPC errors Telegram gives are mapped in src/telegram/errors.ts.
 */
import { BotApiError } from "../types.ts";

export const CHAT_TEXTS = {
  invalidUserId: "invalid user_id specified",
  userNotFound: "user not found",
  memberNotFound: "member not found",
  noAdminsInPrivate: "there are no administrators in the private chat",
  supergroupsOnly: "method is available only for supergroups",
  supergroupsAndChannelsOnly: "method is available for supergroup and channel chats only",
  groupsAndSupergroupsOnly: "method is available only for groups and supergroups",
  ownerCustomTitle: "only the owner can edit their custom title",
  notAdministrator: "user is not an administrator",
  customTitleRights: "not enough rights to change custom title of the user",
  banInPrivate: "can't ban members in private chats",
  banChatsInGroups: "can't ban chats in basic groups",
  leavePrivate: "can't leave private chats",
  removeOwner: "can't remove chat owner",
  promoteSelf: "can't promote self",
  restrictSelf: "can't restrict self",
  unrestrictSelf: "can't unrestrict self",
  restrictInGroups: "can't restrict users in basic group chats",
  notEnoughRights: "not enough rights",
  restrictRights: "not enough rights to restrict/unrestrict chat member",
  titleEmpty: "title must be non-empty",
  privateTitle: "can't change private chat title",
  privateDescription: "can't change private chat description",
  privatePermissions: "can't change private chat permissions",
  channelPermissions: "can't change channel chat permissions",
  memberListInaccessible: "member list is inaccessible",
  upgraded: "group chat was upgraded to a supergroup chat",
  privateInvite: "can't invite members to a private chat",
  memberLimitWithRequest: "member limit can't be specified for links requiring administrator approval",
  inviteLinkEmpty: "invite link must be non-empty",
  privateJoinRequests: "the chat can't have join requests",
  subscriptionPricing: "invalid subscription pricing specified",
  stickerSetNotFound: "sticker set not found",
} as const;

export type ChatTextKey = keyof typeof CHAT_TEXTS;

export function chatError(key: ChatTextKey): BotApiError {
  return new BotApiError(400, `Bad Request: ${CHAT_TEXTS[key]}`);
}
