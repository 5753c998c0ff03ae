/**
 * link_preview_options (or the legacy disable_web_page_preview) → how the text is sent:
 * no preview, the preview above the text, or a chosen URL and size as an InputMediaWebPage.
 * https://core.telegram.org/bots/api#linkpreviewoptions
 */
import { Api } from "telegram";
import { badRequest } from "../../convert/errors.ts";
import { FieldError, isObject, optBool, optString } from "../../convert/json-fields.ts";
import { toBool } from "../values.ts";
import type { CallContext, Params } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { legacyParam } from "./send-options.ts";

export interface PreviewChoice {
  noWebpage?: boolean;
  invertMedia?: boolean;
  media?: Api.InputMediaWebPage;
}

export function readLinkPreview(ctx: CallContext, params: Params): PreviewChoice {
  const value = params.link_preview_options;
  if (value === undefined) return toBool(legacyParam(ctx, "disable_web_page_preview")) ? { noWebpage: true } : {};
  if (!isObject(value)) throw MESSAGE_ERRORS.linkPreviewNotObject();
  try {
    const disabled = optBool(value, "is_disabled");
    const url = optString(value, "url") ?? "";
    const small = optBool(value, "prefer_small_media");
    const large = optBool(value, "prefer_large_media");
    const above = optBool(value, "show_above_text");
    if (disabled) return { noWebpage: true };
    const choice: PreviewChoice = above ? { invertMedia: true } : {};
    if (url || small || large) {
      choice.media = new Api.InputMediaWebPage({
        url,
        forceSmallMedia: small || undefined,
        forceLargeMedia: large || undefined,
        optional: true,
      });
    }
    return choice;
  } catch (error) {
    if (error instanceof FieldError) throw badRequest(error.message);
    throw error;
  }
}
