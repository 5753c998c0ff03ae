import type { Handler } from "../types.ts";
import { applyEdit, editTarget, hasTextContent } from "./edit.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { formatText } from "./formatted.ts";
import { readLinkPreview } from "./link-preview.ts";
import { readMarkup } from "./send-options.ts";

/**
 * New text (and inline keyboard) for a text message the bot sent, or one sent through its
 * inline results.
 * https://core.telegram.org/bots/api#editmessagetext
 */
export const editMessageText: Handler = async (ctx, params) => {
  const text = String(params.text ?? "");
  if (!text) throw MESSAGE_ERRORS.textEmpty();
  const preview = readLinkPreview(ctx, params);
  const edit = await editTarget(ctx, params);
  const { target, current } = edit;
  if (current && !hasTextContent(current)) throw MESSAGE_ERRORS.noTextToEdit();
  const formatted = formatText(ctx, target.account, text, { parseMode: "parse_mode", entities: "entities" });
  return applyEdit(ctx, edit, {
    message: formatted.text,
    entities: formatted.entities,
    noWebpage: preview.noWebpage,
    invertMedia: preview.invertMedia,
    replyMarkup: await readMarkup(target, params.reply_markup, true),
  });
};
