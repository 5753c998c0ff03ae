import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { type ChatTarget, checkMessage, openChat } from "./target.ts";

/** The chat's most recent pinned message id, if any (TDLib's getChatPinnedMessage). */
async function lastPinned(target: ChatTarget, method: string): Promise<number | undefined> {
  const { account, input } = target;
  if (input instanceof Api.InputPeerChannel) {
    const full = await account.invoke(new Api.channels.GetFullChannel({ channel: new Api.InputChannel(input) }), method);
    return full.fullChat.pinnedMsgId ?? undefined;
  }
  if (input instanceof Api.InputPeerChat) {
    const full = await account.invoke(new Api.messages.GetFullChat({ chatId: input.chatId }), method);
    return full.fullChat.pinnedMsgId ?? undefined;
  }
  if (input instanceof Api.InputPeerUser) {
    const full = await account.invoke(new Api.users.GetFullUser({ id: new Api.InputUser(input) }), method);
    return full.fullUser.pinnedMsgId ?? undefined;
  }
  return undefined;
}

/**
 * Pins a message, with a notification unless disable_notification.
 * https://core.telegram.org/bots/api#pinchatmessage
 */
export const pinChatMessage: Handler = async (ctx, params) => {
  const target = await openChat(ctx, params.chat_id);
  const message = await checkMessage(target, Number(params.message_id ?? 0), "message to pin", ctx.method);
  await target.account.invoke(
    new Api.messages.UpdatePinnedMessage({ peer: target.input, id: message.id, silent: params.disable_notification === true || undefined }),
    ctx.method,
  );
  return true;
};

/**
 * Unpins the given message, or the most recently pinned one.
 * https://core.telegram.org/bots/api#unpinchatmessage
 */
export const unpinChatMessage: Handler = async (ctx, params) => {
  const target = await openChat(ctx, params.chat_id);
  const id = params.message_id === undefined
    ? await lastPinned(target, ctx.method)
    : (await checkMessage(target, Number(params.message_id), "message to unpin", ctx.method)).id;
  if (!id) throw MESSAGE_ERRORS.notFound("message to unpin");
  await target.account.invoke(new Api.messages.UpdatePinnedMessage({ peer: target.input, id, unpin: true }), ctx.method);
  return true;
};

/**
 * Clears the chat's pinned messages.
 * https://core.telegram.org/bots/api#unpinallchatmessages
 */
export const unpinAllChatMessages: Handler = async (ctx, params) => {
  const target = await openChat(ctx, params.chat_id);
  await target.account.invoke(new Api.messages.UnpinAllMessages({ peer: target.input }), ctx.method);
  return true;
};
