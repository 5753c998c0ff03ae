/**
 * The parameters every send method shares: notification, protection, thread, reply and
 * keyboard, read and checked as the official server does (get_reply_parameters,
 * check_reply_parameters, get_reply_markup).
 */
import bigInt from "big-integer";
import { Api } from "telegram";
import { badRequest } from "../../convert/errors.ts";
import { FieldError, isObject, optBool, optInt, optString, reqInt, type JsonObject } from "../../convert/json-fields.ts";
import type { MarkupContext } from "../../convert/markup-context.ts";
import type { RawMessage } from "../../convert/message.ts";
import { loginUrlBots, toTlReplyMarkup } from "../../convert/reply-markup-input.ts";
import { toBool, toInteger } from "../values.ts";
import { resolveChat } from "../../telegram/resolve.ts";
import type { CallContext, Params } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { formatValue, inputUser } from "./formatted.ts";
import { isBroadcast } from "./known-peers.ts";
import { type ChatTarget, fetchMessages, targetOf } from "./target.ts";

export interface SendOptions {
  silent?: true;
  noforwards?: true;
  replyTo?: Api.InputReplyToMessage;
  replyMarkup?: Api.TypeReplyMarkup;
  /** The message replied to in the same chat, shown as reply_to_message. */
  replied?: RawMessage;
}

interface ReplyRequest {
  messageId: number;
  chatId?: string;
  allowWithoutReply: boolean;
  quote?: string;
  quoteParseMode?: string;
  quoteEntities?: unknown;
  quotePosition: number;
}

/** The raw text of a parameter the spec no longer lists but the official server still reads. */
export function legacyParam(ctx: CallContext, name: string): string {
  const value = ctx.raw.get(name);
  return typeof value === "string" ? value : "";
}

function readReplyRequest(ctx: CallContext, params: Params): ReplyRequest | undefined {
  const value = params.reply_parameters;
  if (value === undefined) {
    const messageId = toInteger(legacyParam(ctx, "reply_to_message_id"));
    const allowWithoutReply = toBool(legacyParam(ctx, "allow_sending_without_reply"));
    return messageId > 0 ? { messageId, allowWithoutReply, quotePosition: 0 } : undefined;
  }
  if (!isObject(value)) throw MESSAGE_ERRORS.replyParametersNotObject();
  if (Object.keys(value).length === 0) return undefined;
  try {
    const o = value as JsonObject;
    const request: ReplyRequest = {
      chatId: optString(o, "chat_id"),
      messageId: Math.max(reqInt(o, "message_id"), 0),
      allowWithoutReply: optBool(o, "allow_sending_without_reply"),
      quote: optString(o, "quote"),
      quoteParseMode: optString(o, "quote_parse_mode"),
      quoteEntities: o.quote_entities,
      quotePosition: optInt(o, "quote_position"),
    };
    return request.messageId > 0 ? request : undefined;
  } catch (error) {
    if (error instanceof FieldError) throw badRequest(error.message);
    throw error;
  }
}

/** The chat the reply points into: the target itself unless reply_parameters.chat_id names another. */
async function replyChat(target: ChatTarget, chatId: string | undefined): Promise<ChatTarget> {
  if (chatId === undefined) return target;
  const input = await resolveChat(target.account, /^-?\d+$/.test(chatId) ? Number(chatId) : chatId);
  const other = targetOf(target.account, input);
  return other.peer.getBytes().equals(target.peer.getBytes()) ? target : other;
}

async function readReply(ctx: CallContext, target: ChatTarget, params: Params, threadId: number | undefined) {
  const request = readReplyRequest(ctx, params);
  if (!request) return threadId ? { replyTo: new Api.InputReplyToMessage({ replyToMsgId: threadId }) } : {};
  const quote = request.quote
    ? formatValue(target.account, request.quote, request.quoteParseMode, request.quoteEntities, { allowEmpty: true })
    : undefined;
  const chat = await replyChat(target, request.chatId);
  const { messages } = await fetchMessages(chat, [request.messageId], ctx.method);
  const found = messages[0];
  if (!(found instanceof Api.Message || found instanceof Api.MessageService)) {
    if (!request.allowWithoutReply) throw MESSAGE_ERRORS.notFound("message to be replied");
    return threadId ? { replyTo: new Api.InputReplyToMessage({ replyToMsgId: threadId }) } : {};
  }
  const replyTo = new Api.InputReplyToMessage({
    replyToMsgId: request.messageId,
    topMsgId: threadId,
    replyToPeerId: chat === target ? undefined : chat.input,
    quoteText: quote?.text,
    quoteEntities: quote?.entities.length ? quote.entities : undefined,
    quoteOffset: quote ? request.quotePosition : undefined,
  });
  return { replyTo, replied: chat === target ? found : undefined };
}

export async function markupContext(target: ChatTarget, markup: unknown): Promise<MarkupContext> {
  const { account } = target;
  for (const username of loginUrlBots(markup)) {
    if (account.peers.findUsername(username)) continue;
    await resolveChat(account, `@${username}`).catch(() => undefined);
  }
  const isChannel = await isBroadcast(account, target.ref);
  return {
    isPrivate: target.ref.kind === "user",
    isChannel,
    inputUser: (userId) => inputUser(account, userId),
    loginBot: (username) => {
      if (username === undefined) return new Api.InputUserSelf();
      const ref = account.peers.findUsername(username);
      if (ref?.kind !== "user") return undefined;
      const hash = account.peers.accessHash(ref);
      return new Api.InputUser({ userId: bigInt(ref.id), accessHash: bigInt(hash ?? "0") });
    },
  };
}

/** reply_markup of any of the four kinds (or only an inline keyboard, for edits). */
export async function readMarkup(target: ChatTarget, value: unknown, inlineOnly = false): Promise<Api.TypeReplyMarkup | undefined> {
  if (value === undefined) return undefined;
  return toTlReplyMarkup(value, await markupContext(target, value), { inlineOnly });
}

export async function readSendOptions(ctx: CallContext, target: ChatTarget, params: Params): Promise<SendOptions> {
  const threadId = typeof params.message_thread_id === "number" && params.message_thread_id > 0 ? params.message_thread_id : undefined;
  const [reply, replyMarkup] = await Promise.all([
    readReply(ctx, target, params, threadId),
    readMarkup(target, params.reply_markup),
  ]);
  const options: SendOptions = { ...reply, replyMarkup };
  if (params.disable_notification === true) options.silent = true;
  if (params.protect_content === true) options.noforwards = true;
  return options;
}
