import type { Handler } from "../types.ts";
import { applyEdit, messageToEdit } from "./edit.ts";
import { readMarkup } from "./send-options.ts";

/**
 * A new inline keyboard for a message the bot sent; none removes it.
 * https://core.telegram.org/bots/api#editmessagereplymarkup
 */
export const editMessageReplyMarkup: Handler = async (ctx, params) => {
  const { target, current } = await messageToEdit(ctx, params, "message to edit");
  return applyEdit(ctx, target, current, { replyMarkup: await readMarkup(target, params.reply_markup, true) });
};
