import type { MessageId } from "@grammyjs/types";
import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { copyContent } from "./copy-content.ts";
import { forward } from "./forward-messages.ts";
import { readMessageIds } from "./message-ids.ts";
import { sendContent } from "./send.ts";
import { checkMessage, existingMessages, openChat } from "./target.ts";

/**
 * A new message with the original's content and no link to it, caption replaceable.
 * https://core.telegram.org/bots/api#copymessage
 */
export const copyMessage: Handler = async (ctx, params) => {
  const message = await sendContent(ctx, params, async (target) => {
    const source = await openChat(ctx, params.from_chat_id);
    const original = await checkMessage(source, Number(params.message_id ?? 0), "message to copy", ctx.method);
    return copyContent(ctx, params, target.account, original);
  });
  return { message_id: message.message_id } satisfies MessageId;
};

/**
 * Up to 100 messages copied at once (messages.forwardMessages without the author, as
 * TDLib does); missing and protected ones are skipped. Answers the new ids.
 * https://core.telegram.org/bots/api#copymessages
 */
export const copyMessages: Handler = async (ctx, params) => {
  const ids = readMessageIds(params.message_ids);
  const { messages } = await forward(ctx, params, async (source) => {
    const found = await existingMessages(source, ids, ctx.method);
    return found.filter((m) => m instanceof Api.Message && !m.noforwards).map((m) => m.id);
  }, { dropAuthor: true, dropMediaCaptions: params.remove_caption === true ? true : undefined });
  return messages.map((message): MessageId => ({ message_id: message.id }));
};
