/**
 * The path every edit shares: the message is looked up first (the official server's
 * check_message, "message to edit not found"), must be the bot's own, then
 * messages.editMessage changes it and the edited message is returned.
 * Inline messages (inline_message_id) are not served yet.
 */
import type { Message } from "@grammyjs/types";
import { Api } from "telegram";
import type { RawMessage } from "../../convert/message.ts";
import type { CallContext, Params } from "../types.ts";
import { toMessage } from "./convert.ts";
import { MESSAGE_ERRORS, type MessageRole } from "./errors.ts";
import { editedMessage } from "./sent.ts";
import { type ChatTarget, checkMessage, openChat } from "./target.ts";

export type EditFields = Omit<ConstructorParameters<typeof Api.messages.EditMessage>[0], "peer" | "id">;

/** The chat and message an edit names; inline messages answer 501 for now. */
export async function messageToEdit(
  ctx: CallContext,
  params: Params,
  role: MessageRole,
  notOwn: () => Error = MESSAGE_ERRORS.cantEdit,
): Promise<{ target: ChatTarget; current: RawMessage }> {
  if (params.chat_id === undefined && params.message_id === undefined) {
    if (params.inline_message_id === undefined) throw MESSAGE_ERRORS.messageNotSpecified();
    throw MESSAGE_ERRORS.inlineNotImplemented();
  }
  if (params.chat_id === undefined) throw MESSAGE_ERRORS.chatIdEmpty();
  const target = await openChat(ctx, params.chat_id);
  const current = await checkMessage(target, Number(params.message_id ?? 0), role, ctx.method);
  // Outside channels Telegram marks the account's own messages "out"; only those can be edited.
  if (target.ref.kind !== "channel" && !current.out) throw notOwn();
  return { target, current };
}

export async function applyEdit(ctx: CallContext, target: ChatTarget, current: RawMessage, fields: EditFields): Promise<Message> {
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
