import type { MessageId } from "@grammyjs/types";
import { Api } from "telegram";
import type { CallContext, Handler, Params } from "../types.ts";
import { inTurn, sendKey } from "./chat-queue.ts";
import { toMessage } from "./convert.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { readMessageIds } from "./message-ids.ts";
import { randomId } from "./send.ts";
import { newMessages } from "./sent.ts";
import { type ChatTarget, checkMessage, existingMessages, openChat } from "./target.ts";

/** Forwarding as a copy: no author, and optionally no captions (copyMessages). */
export interface ForwardFlags {
  dropAuthor?: true;
  dropMediaCaptions?: true;
}

/**
 * messages.forwardMessages of the ids `pick` chooses in the source chat, in the target
 * chat's turn; the new messages in the order of those ids.
 */
export async function forward(ctx: CallContext, params: Params, pick: (source: ChatTarget) => Promise<number[]>, flags: ForwardFlags = {}) {
  return inTurn(
    sendKey(ctx.token, params.chat_id),
    async () => {
      const [target, source] = await Promise.all([openChat(ctx, params.chat_id), openChat(ctx, params.from_chat_id)]);
      return { target, source, ids: await pick(source) };
    },
    async ({ target, source, ids }) => {
      if (ids.length === 0) return { target, messages: [], result: undefined };
      const randomIds = ids.map(() => randomId());
      const threadId = typeof params.message_thread_id === "number" && params.message_thread_id > 0 ? params.message_thread_id : undefined;
      const result = await target.account.invoke(
        new Api.messages.ForwardMessages({
          fromPeer: source.input,
          toPeer: target.input,
          id: ids,
          randomId: randomIds,
          silent: params.disable_notification === true || undefined,
          noforwards: params.protect_content === true || undefined,
          topMsgId: threadId,
          ...flags,
        }),
        ctx.method,
      );
      return { target, messages: newMessages(result as Api.TypeUpdates, randomIds), result };
    },
  );
}

/**
 * One message, with its origin shown ("message to forward not found" when it is not there).
 * https://core.telegram.org/bots/api#forwardmessage
 */
export const forwardMessage: Handler = async (ctx, params) => {
  const { target, messages, result } = await forward(ctx, params, async (source) => {
    const message = await checkMessage(source, Number(params.message_id ?? 0), "message to forward", ctx.method);
    if (message instanceof Api.Message && message.noforwards) throw MESSAGE_ERRORS.protectedContent();
    return [message.id];
  });
  const [raw] = messages;
  if (!raw) throw MESSAGE_ERRORS.notFound("message to forward");
  return toMessage(target.account, raw, [result]);
};

/**
 * Up to 100 messages; missing ones are skipped. Answers their new ids.
 * https://core.telegram.org/bots/api#forwardmessages
 */
export const forwardMessages: Handler = async (ctx, params) => {
  const ids = readMessageIds(params.message_ids);
  const { messages } = await forward(ctx, params, async (source) => {
    const found = await existingMessages(source, ids, ctx.method);
    return found.filter((m) => !(m instanceof Api.Message && m.noforwards)).map((m) => m.id);
  });
  return messages.map((message): MessageId => ({ message_id: message.id }));
};
