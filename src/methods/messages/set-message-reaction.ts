import { Api } from "telegram";
import bigInt from "big-integer";
import { FieldError, isObject, reqString, optLong } from "../../convert/json-fields.ts";
import { FIELD } from "../../convert/errors.ts";
import type { Handler } from "../types.ts";
import { MESSAGE_ERRORS, REACTION_REASONS } from "./errors.ts";
import { checkMessage, openChat } from "./target.ts";

function readReaction(value: unknown): Api.TypeReaction {
  if (!isObject(value)) throw MESSAGE_ERRORS.reactionUnparsable(REACTION_REASONS.notObject);
  try {
    const type = reqString(value, "type");
    if (type === "emoji") return new Api.ReactionEmoji({ emoticon: reqString(value, "emoji") });
    if (type === "custom_emoji") {
      const id = optLong(value, "custom_emoji_id");
      if (id === undefined) throw new FieldError(FIELD.missing("custom_emoji_id"));
      return new Api.ReactionCustomEmoji({ documentId: bigInt(id) });
    }
  } catch (error) {
    if (error instanceof FieldError) throw MESSAGE_ERRORS.reactionUnparsable(error.message);
    throw error;
  }
  throw MESSAGE_ERRORS.reactionUnparsable(REACTION_REASONS.badType);
}

/**
 * The bot's reactions on a message; none removes them.
 * https://core.telegram.org/bots/api#setmessagereaction
 */
export const setMessageReaction: Handler = async (ctx, params) => {
  const value = params.reaction ?? [];
  if (!Array.isArray(value)) throw MESSAGE_ERRORS.reactionsNotArray();
  const reaction = value.map(readReaction);
  const target = await openChat(ctx, params.chat_id);
  const message = await checkMessage(target, Number(params.message_id ?? 0), "message to react", ctx.method);
  await target.account.invoke(
    new Api.messages.SendReaction({ peer: target.input, msgId: message.id, reaction, big: params.is_big === true || undefined }),
    ctx.method,
  );
  return true;
};
