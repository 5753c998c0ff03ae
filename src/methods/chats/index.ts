/** The handlers of the chats area, by Bot API method name. */
import type { Handler } from "../types.ts";
import { banChatMember } from "./ban-chat-member.ts";
import { banChatSenderChat, unbanChatSenderChat } from "./ban-chat-sender-chat.ts";
import { getChat } from "./get-chat.ts";
import { getChatAdministrators } from "./get-chat-administrators.ts";
import { getChatMember } from "./get-chat-member.ts";
import { getChatMemberCount } from "./get-chat-member-count.ts";
import { getUserChatBoosts } from "./get-user-chat-boosts.ts";
import {
  createChatInviteLink,
  createChatSubscriptionInviteLink,
  editChatInviteLink,
  editChatSubscriptionInviteLink,
  exportChatInviteLink,
  revokeChatInviteLink,
} from "./invite-links.ts";
import { approveChatJoinRequest, declineChatJoinRequest } from "./join-requests.ts";
import { leaveChat } from "./leave-chat.ts";
import { promoteChatMember } from "./promote-chat-member.ts";
import { restrictChatMember } from "./restrict-chat-member.ts";
import { setChatAdministratorCustomTitle } from "./set-chat-administrator-custom-title.ts";
import { setChatDescription } from "./set-chat-description.ts";
import { setChatPermissions } from "./set-chat-permissions.ts";
import { setChatTitle } from "./set-chat-title.ts";
import { deleteChatStickerSet, setChatStickerSet } from "./sticker-set.ts";
import { unbanChatMember } from "./unban-chat-member.ts";

export const chatsHandlers: Record<string, Handler> = {
  getChat,
  getChatAdministrators,
  getChatMember,
  getChatMemberCount,
  banChatMember,
  unbanChatMember,
  restrictChatMember,
  promoteChatMember,
  setChatAdministratorCustomTitle,
  setChatPermissions,
  banChatSenderChat,
  unbanChatSenderChat,
  setChatTitle,
  setChatDescription,
  leaveChat,
  exportChatInviteLink,
  createChatInviteLink,
  editChatInviteLink,
  revokeChatInviteLink,
  createChatSubscriptionInviteLink,
  editChatSubscriptionInviteLink,
  approveChatJoinRequest,
  declineChatJoinRequest,
  getUserChatBoosts,
  setChatStickerSet,
  deleteChatStickerSet,
};
