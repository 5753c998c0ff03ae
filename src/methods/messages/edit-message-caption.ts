import type { Handler } from "../types.ts";
import { applyEdit, editTarget, hasCaptionMedia } from "./edit.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { formatText } from "./formatted.ts";
import { readMarkup } from "./send-options.ts";

/**
 * New caption (none removes it) and inline keyboard for a media message the bot sent, or
 * one sent through its inline results.
 * https://core.telegram.org/bots/api#editmessagecaption
 */
export const editMessageCaption: Handler = async (ctx, params) => {
  const edit = await editTarget(ctx, params);
  const { target, current } = edit;
  if (current && !hasCaptionMedia(current)) throw MESSAGE_ERRORS.noCaptionToEdit();
  const caption = formatText(ctx, target.account, String(params.caption ?? ""), {
    parseMode: "parse_mode",
    entities: "caption_entities",
  }, { allowEmpty: true });
  return applyEdit(ctx, edit, {
    message: caption.text,
    entities: caption.entities,
    invertMedia: params.show_caption_above_media === true || undefined,
    replyMarkup: await readMarkup(target, params.reply_markup, true),
  });
};
