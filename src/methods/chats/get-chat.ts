/** getChat: ChatFullInfo from the full user, basic group or channel. https://core.telegram.org/bots/api#getchat */
import type { Message } from "@grammyjs/types";
import { Api } from "telegram";
import { toChatFullInfo } from "../../convert/chat-full.ts";
import { toBotMessage } from "../../convert/message.ts";
import { peerDirectory } from "../../convert/peers.ts";
import { fileIdsOf } from "../../files/file-ids.ts";
import type { Account } from "../../telegram/account.ts";
import type { Handler } from "../types.ts";
import { type ChatTarget, chatTarget } from "./target.ts";

export const getChat: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const target = await chatTarget(account, params.chat_id);
  const full = await fullInfo(account, target, ctx.method);
  const pinnedMessage = await pinned(account, target, full, ctx.method);
  return toChatFullInfo(full, { fileIds: fileIdsOf, pinnedMessage });
};

function fullInfo(account: Account, target: ChatTarget, method: string) {
  switch (target.kind) {
    case "private":
      return account.invoke(new Api.users.GetFullUser({ id: inputUserOf(target.peer) }), method);
    case "group":
      return account.invoke(new Api.messages.GetFullChat({ chatId: target.groupId }), method);
    case "channel":
      return account.invoke(new Api.channels.GetFullChannel({ channel: target.channel }), method);
  }
}

function inputUserOf(peer: Api.TypeInputPeer): Api.TypeInputUser {
  if (peer instanceof Api.InputPeerUser) return new Api.InputUser({ userId: peer.userId, accessHash: peer.accessHash });
  return new Api.InputUserSelf();
}

/** The newest pinned message, fetched as the official server does to fill `pinned_message`. */
async function pinned(
  account: Account,
  target: ChatTarget,
  full: Api.users.UserFull | Api.messages.ChatFull,
  method: string,
): Promise<Message | undefined> {
  const id = full instanceof Api.users.UserFull ? full.fullUser.pinnedMsgId : full.fullChat.pinnedMsgId;
  if (!id) return undefined;
  const ids = [new Api.InputMessageID({ id })];
  const result = target.kind === "channel"
    ? await account.invoke(new Api.channels.GetMessages({ channel: target.channel, id: ids }), method)
    : await account.invoke(new Api.messages.GetMessages({ id: ids }), method);
  if (result instanceof Api.messages.MessagesNotModified) return undefined;
  const raw = result.messages[0];
  if (!(raw instanceof Api.Message) && !(raw instanceof Api.MessageService)) return undefined;
  return toBotMessage(raw, peerDirectory(result.users, result.chats), { fileIds: fileIdsOf, selfId: account.id });
}
