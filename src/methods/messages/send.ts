/**
 * One message sent to one chat, the path every send method shares: the chat and the
 * common options are read in parallel with other requests, the RPC runs in the chat's
 * turn (chat-queue.ts), and the answer becomes the Bot API Message.
 */
import type { Message } from "@grammyjs/types";
import bigInt from "big-integer";
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import type { CallContext, Params } from "../types.ts";
import { inTurn, sendKey } from "./chat-queue.ts";
import { toMessage } from "./convert.ts";
import { isBroadcast } from "./known-peers.ts";
import { readSendOptions } from "./send-options.ts";
import { type Draft, fromShortSent, newMessages } from "./sent.ts";
import { type ChatTarget, openChat } from "./target.ts";
import { internalError } from "../errors.ts";

/** What a send method adds to the common options: the text, or the media with its caption. */
export interface Content {
  text: string;
  entities: Api.TypeMessageEntity[];
  /** Absent for a text message. */
  media?: Api.TypeInputMedia;
  noWebpage?: boolean;
  invertMedia?: boolean;
}

export const randomId = (): Api.long => bigInt(randomBytes(8).readBigInt64LE());

function request(target: ChatTarget, content: Content, draft: Draft, id: Api.long): Api.AnyRequest {
  const common = {
    peer: target.input,
    message: content.text,
    entities: content.entities.length > 0 ? content.entities : undefined,
    replyTo: draft.replyTo,
    replyMarkup: draft.replyMarkup,
    silent: draft.silent,
    noforwards: draft.noforwards,
    invertMedia: content.invertMedia,
    randomId: id,
  };
  return content.media
    ? new Api.messages.SendMedia({ ...common, media: content.media })
    : new Api.messages.SendMessage({ ...common, noWebpage: content.noWebpage });
}

/**
 * Sends what `build` makes for the chat of `params.chat_id`. `build` runs before the
 * turn (it may call Telegram, e.g. to resolve a user), so it must not create messages.
 */
export async function sendContent(
  ctx: CallContext,
  params: Params,
  build: (target: ChatTarget) => Content | Promise<Content>,
): Promise<Message> {
  const sent = await inTurn(
    sendKey(ctx.token, params.chat_id),
    async () => {
      const target = await openChat(ctx, params.chat_id);
      const [options, content] = await Promise.all([readSendOptions(ctx, target, params), build(target)]);
      const draft: Draft = { text: content.text, entities: content.entities, invertMedia: content.invertMedia, ...options };
      return { target, content, draft, replied: options.replied };
    },
    async (ready) => {
      const id = randomId();
      const result = await ready.target.account.invoke(request(ready.target, ready.content, ready.draft, id), ctx.method);
      return { ...ready, id, result: result as Api.TypeUpdates };
    },
  );
  const { target, draft, result, replied } = sent;
  if (result instanceof Api.UpdateShortSentMessage) {
    const raw = fromShortSent(result, target, draft, await isBroadcast(target.account, target.ref));
    return toMessage(target.account, raw, [], replied);
  }
  const [raw] = newMessages(result, [sent.id]);
  if (!raw) throw internalError("Telegram answered the send with no message");
  return toMessage(target.account, raw, [result], replied);
}
