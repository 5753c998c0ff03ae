/**
 * The qts updates Telegram sends bots about people rather than messages: member changes
 * (my_chat_member / chat_member), a private chat blocked or restarted, reactions, join
 * requests and poll votes.
 * https://core.telegram.org/bots/api#chatmemberupdated
 */
import type { Chat, ChatMember, ReactionType, User } from "@grammyjs/types";
import { Api } from "telegram";
import type { RightsChatType } from "../convert/admin-rights.ts";
import { chatOfPeer, userOf } from "../convert/chat.ts";
import { toChatMember, type Participant } from "../convert/chat-member.ts";
import { toChatInviteLink } from "../convert/invite-link.ts";
import { toNumber } from "../convert/long.ts";
import { peerRef, type PeerDirectory } from "../convert/peers.ts";
import { optionId } from "../convert/media/poll.ts";
import { toReactionType } from "../convert/reactions.ts";
import type { BotApiUpdateWithoutId } from "./traits.ts";

type ParticipantUpdate = Api.UpdateChatParticipant | Api.UpdateChannelParticipant;

function memberOf(p: Participant | undefined, user: User, peers: PeerDirectory, chatType: RightsChatType): ChatMember | undefined {
  if (!p) return { status: "left", user };
  return toChatMember(p, peers, chatType) as ChatMember | undefined;
}

function inviteLink(invite: Api.TypeExportedChatInvite | undefined, peers: PeerDirectory) {
  return invite instanceof Api.ChatInviteExported ? { invite_link: toChatInviteLink(invite, peers) } : {};
}

/** A member's change; about the bot itself it is my_chat_member, else chat_member. */
export function toMemberUpdate(update: ParticipantUpdate, peers: PeerDirectory, selfId: number): BotApiUpdateWithoutId[] {
  const chat =
    update instanceof Api.UpdateChatParticipant
      ? chatOfPeer(peers, { kind: "chat", id: toNumber(update.chatId) })
      : chatOfPeer(peers, { kind: "channel", id: toNumber(update.channelId) });
  if (chat.type === "private") return [];
  const userId = toNumber(update.userId);
  const user = userOf(peers, userId);
  const oldMember = memberOf(update.prevParticipant, user, peers, chat.type);
  const newMember = memberOf(update.newParticipant, user, peers, chat.type);
  if (!oldMember || !newMember) return [];
  const payload = {
    chat,
    from: userOf(peers, toNumber(update.actorId)),
    date: update.date,
    old_chat_member: oldMember,
    new_chat_member: newMember,
    ...inviteLink(update.invite, peers),
    ...(update instanceof Api.UpdateChannelParticipant && update.viaChatlist ? { via_chat_folder_invite_link: true } : {}),
  };
  return [{ [userId === selfId ? "my_chat_member" : "chat_member"]: payload }];
}

/** A user blocked (stopped) or restarted the bot: my_chat_member in their private chat. */
export function toStoppedUpdate(update: Api.UpdateBotStopped, peers: PeerDirectory, selfId: number): BotApiUpdateWithoutId {
  const user = userOf(peers, toNumber(update.userId));
  const bot = userOf(peers, selfId);
  const member: ChatMember = { status: "member", user: bot };
  const kicked: ChatMember = { status: "kicked", user: bot, until_date: 0 };
  const chat = chatOfPeer(peers, { kind: "user", id: user.id });
  return {
    my_chat_member: {
      chat,
      from: user,
      date: update.date,
      old_chat_member: update.stopped ? member : kicked,
      new_chat_member: update.stopped ? kicked : member,
    },
  };
}

const reactionTypes = (list: Api.TypeReaction[]) => list.map(toReactionType).filter((r): r is ReactionType => r !== undefined);

/** The user (or the chat acting anonymously) behind a peer. */
function actorOf(peer: Api.TypePeer, peers: PeerDirectory): { user: User } | { actor_chat: Chat } {
  const ref = peerRef(peer);
  return ref.kind === "user" ? { user: userOf(peers, ref.id) } : { actor_chat: chatOfPeer(peers, ref) };
}

export function toReactionUpdate(update: Api.UpdateBotMessageReaction, peers: PeerDirectory): BotApiUpdateWithoutId {
  return {
    message_reaction: {
      chat: chatOfPeer(peers, peerRef(update.peer)),
      message_id: update.msgId,
      ...actorOf(update.actor, peers),
      date: update.date,
      old_reaction: reactionTypes(update.oldReactions),
      new_reaction: reactionTypes(update.newReactions),
    },
  };
}

export function toReactionCountUpdate(update: Api.UpdateBotMessageReactions, peers: PeerDirectory): BotApiUpdateWithoutId {
  const reactions = update.reactions.flatMap((r) => {
    const type = toReactionType(r.reaction);
    return type ? [{ type, total_count: r.count }] : [];
  });
  return {
    message_reaction_count: { chat: chatOfPeer(peers, peerRef(update.peer)), message_id: update.msgId, date: update.date, reactions },
  };
}

export function toChatJoinRequest(update: Api.UpdateBotChatInviteRequester, peers: PeerDirectory): BotApiUpdateWithoutId {
  const userId = toNumber(update.userId);
  return {
    chat_join_request: {
      chat: chatOfPeer(peers, peerRef(update.peer)),
      from: userOf(peers, userId),
      user_chat_id: userId,
      date: update.date,
      ...(update.about ? { bio: update.about } : {}),
      ...inviteLink(update.invite, peers),
    },
  };
}

/**
 * A vote in a non-anonymous poll. Options are Telegram's option bytes; clients and the
 * official server tag them "0", "1", …, which are the indexes the Bot API reports (the
 * update names no poll, so an option added later is reported by its tag too).
 */
export function toPollAnswer(update: Api.UpdateMessagePollVote, peers: PeerDirectory): BotApiUpdateWithoutId {
  const optionIds = update.options.map((o) => Number(o.toString("latin1"))).filter(Number.isInteger);
  const ref = peerRef(update.peer);
  const voter = ref.kind === "user" ? { user: userOf(peers, ref.id) } : { voter_chat: chatOfPeer(peers, ref) };
  const persistentIds = update.options.map(optionId);
  return { poll_answer: { poll_id: update.pollId.toString(), ...voter, option_ids: optionIds, option_persistent_ids: persistentIds } };
}
