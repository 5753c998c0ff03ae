import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { readMessageIds } from "./message-ids.ts";
import { type ChatTarget, checkMessage, existingMessages, openChat } from "./target.ts";

/** Deletes for everyone, in the chat's own numbering for channels. */
async function remove(target: ChatTarget, ids: number[], method: string): Promise<true> {
  if (ids.length === 0) return true;
  await (target.input instanceof Api.InputPeerChannel
    ? target.account.invoke(new Api.channels.DeleteMessages({ channel: new Api.InputChannel(target.input), id: ids }), method)
    : target.account.invoke(new Api.messages.DeleteMessages({ id: ids, revoke: true }), method));
  return true;
}

/**
 * One message, which must exist ("message to delete not found").
 * https://core.telegram.org/bots/api#deletemessage
 */
export const deleteMessage: Handler = async (ctx, params) => {
  const target = await openChat(ctx, params.chat_id);
  const message = await checkMessage(target, Number(params.message_id ?? 0), "message to delete", ctx.method);
  return remove(target, [message.id], ctx.method);
};

/**
 * Up to 100 messages; those that do not exist are skipped, as the official server does.
 * https://core.telegram.org/bots/api#deletemessages
 */
export const deleteMessages: Handler = async (ctx, params) => {
  const ids = readMessageIds(params.message_ids);
  const target = await openChat(ctx, params.chat_id);
  const found = await existingMessages(target, ids, ctx.method);
  return remove(target, found.map((message) => message.id), ctx.method);
};
