/**
 * One chat member as the official server reports it: a participant Telegram knows of, or
 * "left" for a user who is not in the chat (TDLib's answer to USER_NOT_PARTICIPANT).
 */
import { Api } from "telegram";
import { type BotChatMember, toChatMember } from "../../convert/chat-member.ts";
import { toNumber } from "../../convert/long.ts";
import { peerDirectory } from "../../convert/peers.ts";
import { toBotUser } from "../../convert/user.ts";
import { isRpcError, type Account } from "../../telegram/account.ts";
import { toBotApiError } from "../../telegram/errors.ts";
import { channelEntity, type ChatTarget, chatTypeOf, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

export async function lookupMember(account: Account, target: ChatTarget, userId: number, method: string): Promise<BotChatMember> {
  const input = userInput(account, userId);
  if (target.kind === "private") {
    if (userId !== target.chatId && userId !== account.id) throw chatError("memberNotFound");
    return { status: "member", user: await botUser(account, input, method) };
  }
  if (target.kind === "group") {
    const full = await account.invoke(new Api.messages.GetFullChat({ chatId: target.groupId }), method);
    const participants = full.fullChat instanceof Api.ChatFull ? full.fullChat.participants : undefined;
    if (!(participants instanceof Api.ChatParticipants)) throw chatError("memberListInaccessible");
    const found = participants.participants.find((p) => toNumber(p.userId) === userId);
    const peers = peerDirectory(full.users, full.chats);
    const member = found && toChatMember(found, peers, "group");
    return member ?? { status: "left", user: await botUser(account, input, method) };
  }
  const chatType = chatTypeOf(await channelEntity(account, target));
  try {
    const result = await account.client.invoke(new Api.channels.GetParticipant({ channel: target.channel, participant: input }));
    account.rememberPeers(result);
    const member = toChatMember(result.participant, peerDirectory(result.users, result.chats), chatType);
    if (member) return member;
  } catch (error) {
    if (!isRpcError(error)) throw error;
    // The chat was reached just before, so a refused peer here is the user.
    if (error.errorMessage === "PEER_ID_INVALID" || error.errorMessage === "USER_ID_INVALID") throw chatError("userNotFound");
    if (error.errorMessage !== "USER_NOT_PARTICIPANT") throw toBotApiError(error, method);
  }
  return { status: "left", user: await botUser(account, input, method) };
}

/** The Bot API User of a user the bot names by id; "user not found" when Telegram has none. */
async function botUser(account: Account, input: Api.InputUser, method: string) {
  const [user] = await account.invoke(new Api.users.GetUsers({ id: [input] }), method);
  if (!(user instanceof Api.User)) throw chatError("userNotFound");
  return toBotUser(user);
}
