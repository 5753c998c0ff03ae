import type { Handler } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { formatText } from "./formatted.ts";
import { readLinkPreview } from "./link-preview.ts";
import { sendContent } from "./send.ts";

/**
 * A text message, formatted by parse_mode or entities, with the link preview chosen.
 * https://core.telegram.org/bots/api#sendmessage
 */
export const sendMessage: Handler = (ctx, params) => {
  const text = String(params.text ?? "");
  if (!text) throw MESSAGE_ERRORS.textEmpty();
  const preview = readLinkPreview(ctx, params);
  return sendContent(ctx, params, (target) => {
    const formatted = formatText(ctx, target.account, text, { parseMode: "parse_mode", entities: "entities" });
    if (preview.media && !preview.media.url) preview.media.url = firstUrl(formatted.text) ?? "";
    return { ...formatted, ...preview, media: preview.media?.url ? preview.media : undefined };
  });
};

/** The link a preview is made for when link_preview_options names none: the text's first. */
function firstUrl(text: string): string | undefined {
  return /https?:\/\/\S+/i.exec(text)?.[0];
}
