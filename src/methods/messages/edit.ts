/**
 * The path every edit shares: the message is looked up first (the official server's
 * check_message, "message to edit not found"), must be the bot's own, then
 * messages.editMessage changes it and the edited message is returned. Messages sent
 * through the bot's inline results (inline_message_id) are edited with
 * messages.editInlineBotMessage on their DC, and the answer is just true.
 */
import type { Message } from "@grammyjs/types";
import { Api } from "telegram";
import { fromInlineMessageId } from "../../convert/inline-message-id.ts";
import type { RawMessage } from "../../convert/message.ts";
import type { CallContext, Params } from "../types.ts";
import { toMessage } from "./convert.ts";
import { MESSAGE_ERRORS, type MessageRole } from "./errors.ts";
import { editedMessage } from "./sent.ts";
import { type ChatTarget, checkMessage, openChat, targetOf } from "./target.ts";

export type EditFields = Omit<ConstructorParameters<typeof Api.messages.EditMessage>[0], "peer" | "id">;

/** A message in a chat, or (`inline`) one sent through the bot's inline results, whose chat the bot may not know. */
export type EditTarget =
  | { target: ChatTarget; current: RawMessage; inline?: undefined }
  | { target: ChatTarget; current?: undefined; inline: Api.TypeInputBotInlineMessageID };

/**
 * What an edit names: inline_message_id when neither chat_id nor message_id is given,
 * as the official server reads it. An inline message's keyboard and mentions are read
 * as in a private chat with the bot, since its chat is unknown.
 */
export async function editTarget(ctx: CallContext, params: Params): Promise<EditTarget> {
  if (params.chat_id !== undefined || params.message_id !== undefined) return messageToEdit(ctx, params, "message to edit");
  if (params.inline_message_id === undefined) throw MESSAGE_ERRORS.messageNotSpecified();
  const inline = fromInlineMessageId(String(params.inline_message_id));
  if (!inline) throw MESSAGE_ERRORS.inlineIdInvalid();
  return { target: targetOf(await ctx.account(), new Api.InputPeerSelf()), inline };
}

/** The chat and message an edit names (a method without an inline form). */
export async function messageToEdit(
  ctx: CallContext,
  params: Params,
  role: MessageRole,
  notOwn: () => Error = MESSAGE_ERRORS.cantEdit,
): Promise<{ target: ChatTarget; current: RawMessage }> {
  if (params.chat_id === undefined && params.message_id === undefined) throw MESSAGE_ERRORS.messageNotSpecified();
  if (params.chat_id === undefined) throw MESSAGE_ERRORS.chatIdEmpty();
  const target = await openChat(ctx, params.chat_id);
  const current = await checkMessage(target, Number(params.message_id ?? 0), role, ctx.method);
  // Outside channels Telegram marks the account's own messages "out"; only those can be edited.
  if (target.ref.kind !== "channel" && !current.out) throw notOwn();
  return { target, current };
}

/** The edited message, or true for an inline message (the official server's answer). */
export async function applyEdit(ctx: CallContext, edit: EditTarget, fields: EditFields): Promise<Message | true> {
  const { target, current, inline } = edit;
  if (inline) {
    await target.account.invoke(new Api.messages.EditInlineBotMessage({ id: inline, ...fields }), ctx.method, inline.dcId);
    return true;
  }
  const result = await target.account.invoke(
    new Api.messages.EditMessage({ peer: target.input, id: current.id, ...fields }),
    ctx.method,
  );
  const edited = editedMessage(result);
  return edited ? toMessage(target.account, edited, [result]) : toMessage(target.account, current, []);
}

/** True for a text message (a link preview counts as text). */
export function hasTextContent(message: RawMessage): boolean {
  return message instanceof Api.Message && (!message.media || message.media instanceof Api.MessageMediaWebPage);
}

/** True when the message shows media that can carry a caption (not a link preview). */
export function hasCaptionMedia(message: RawMessage): boolean {
  if (!(message instanceof Api.Message) || !message.media) return false;
  return [Api.MessageMediaPhoto, Api.MessageMediaDocument].some((kind) => message.media instanceof kind);
}
