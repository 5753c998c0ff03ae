import type { Handler } from "../types.ts";
import { applyEdit, editTarget } from "./edit.ts";
import { readMarkup } from "./send-options.ts";

/**
 * A new inline keyboard for a message the bot sent (or one sent through its inline
 * results); none removes it.
 * https://core.telegram.org/bots/api#editmessagereplymarkup
 */
export const editMessageReplyMarkup: Handler = async (ctx, params) => {
  const edit = await editTarget(ctx, params);
  return applyEdit(ctx, edit, { replyMarkup: await readMarkup(edit.target, params.reply_markup, true) });
};
