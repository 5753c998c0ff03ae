/** getChatAdministrators. https://core.telegram.org/bots/api#getchatadministrators */
import bigInt from "big-integer";
import { Api } from "telegram";
import { type BotChatMember, toChatMember } from "../../convert/chat-member.ts";
import { peerDirectory } from "../../convert/peers.ts";
import type { Handler } from "../types.ts";
import { channelEntity, chatTarget, chatTypeOf } from "./target.ts";
import { chatError } from "./texts.ts";

/** The official asks TDLib for the first 100 administrators. */
const LIMIT = 100;

export const getChatAdministrators: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const target = await chatTarget(account, params.chat_id, "members");
  if (target.kind === "private") throw chatError("noAdminsInPrivate");
  if (target.kind === "group") {
    const full = await account.invoke(new Api.messages.GetFullChat({ chatId: target.groupId }), ctx.method);
    const participants = full.fullChat instanceof Api.ChatFull ? full.fullChat.participants : undefined;
    if (!(participants instanceof Api.ChatParticipants)) throw chatError("memberListInaccessible");
    const peers = peerDirectory(full.users, full.chats);
    return participants.participants
      .filter((p) => p instanceof Api.ChatParticipantCreator || p instanceof Api.ChatParticipantAdmin)
      .map((p) => toChatMember(p, peers, "group"))
      .filter((m): m is BotChatMember => m !== undefined);
  }
  const chatType = chatTypeOf(await channelEntity(account, target));
  const result = await account.invoke(
    new Api.channels.GetParticipants({
      channel: target.channel,
      filter: new Api.ChannelParticipantsAdmins(),
      offset: 0,
      limit: LIMIT,
      hash: bigInt(0),
    }),
    ctx.method,
  );
  if (!(result instanceof Api.channels.ChannelParticipants)) return [];
  const peers = peerDirectory(result.users, result.chats);
  return result.participants.map((p) => toChatMember(p, peers, chatType)).filter((m): m is BotChatMember => m !== undefined);
};
