/**
 * TL ChannelParticipant* / ChatParticipant* → Bot API ChatMember.
 * https://core.telegram.org/bots/api#chatmember
 */
import type { ChatAdministratorRights, ChatMember, ChatMemberAdministrator, ChatMemberOwner } from "@grammyjs/types";
import { Api } from "telegram";
import { toAdministratorRights, type AdministratorRights, type RightsChatType } from "./admin-rights.ts";
import { userOf } from "./chat.ts";
import { toNumber } from "./long.ts";
import type { PeerDirectory } from "./peers.ts";
import { toChatPermissions } from "./permissions.ts";

export type AdministratorMember = Omit<ChatMemberAdministrator, keyof ChatAdministratorRights> & AdministratorRights;
export type BotChatMember = Exclude<ChatMember, ChatMemberAdministrator> | AdministratorMember;

export type Participant = Api.TypeChannelParticipant | Api.TypeChatParticipant;

/** What a basic group's administrator may do: TDLib's fixed set, since the group has no per-admin rights. */
const GROUP_ADMIN_RIGHTS = new Api.ChatAdminRights({
  other: true, changeInfo: true, deleteMessages: true, banUsers: true, inviteUsers: true,
  pinMessages: true, manageCall: true, manageTopics: true,
});

/**
 * The member as the official server shows it in `chatType`; undefined for a participant
 * that is a chat rather than a user (Bot API members are users).
 */
export function toChatMember(p: Participant, peers: PeerDirectory, chatType: RightsChatType): BotChatMember | undefined {
  if (p instanceof Api.ChannelParticipantBanned || p instanceof Api.ChannelParticipantLeft) {
    if (!(p.peer instanceof Api.PeerUser)) return undefined;
    const user = userOf(peers, toNumber(p.peer.userId));
    if (p instanceof Api.ChannelParticipantLeft) return { status: "left", user };
    const until = p.bannedRights.untilDate;
    if (p.bannedRights.viewMessages) return { status: "kicked", user, until_date: until };
    return { status: "restricted", user, is_member: !p.left, ...toChatPermissions(p.bannedRights), until_date: until };
  }
  const user = userOf(peers, toNumber(p.userId));
  if (p instanceof Api.ChannelParticipantCreator) {
    const owner: ChatMemberOwner = { status: "creator", user, is_anonymous: Boolean(p.adminRights.anonymous) };
    return withTitle(owner, p.rank);
  }
  if (p instanceof Api.ChatParticipantCreator) return { status: "creator", user, is_anonymous: false };
  if (p instanceof Api.ChannelParticipantAdmin) {
    const admin: AdministratorMember = {
      status: "administrator", user, can_be_edited: Boolean(p.canEdit), ...toAdministratorRights(p.adminRights, chatType),
    };
    return withTitle(admin, p.rank);
  }
  if (p instanceof Api.ChatParticipantAdmin) {
    return { status: "administrator", user, can_be_edited: false, ...toAdministratorRights(GROUP_ADMIN_RIGHTS, chatType) };
  }
  if ((p instanceof Api.ChannelParticipant || p instanceof Api.ChannelParticipantSelf) && p.subscriptionUntilDate) {
    return { status: "member", user, until_date: p.subscriptionUntilDate };
  }
  return { status: "member", user };
}

function withTitle<T extends { custom_title?: string }>(member: T, rank: string | undefined): T {
  if (rank) member.custom_title = rank;
  return member;
}
