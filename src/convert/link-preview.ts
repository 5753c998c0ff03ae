/**
 * A text message's link preview as the Bot API describes it, following TDLib: a bot is
 * told the previewed URL, the size and position choices, and that the preview was
 * disabled when the text has a link but Telegram sent no preview.
 * https://core.telegram.org/bots/api#linkpreviewoptions
 */
import type { LinkPreviewOptions } from "@grammyjs/types";
import { Api } from "telegram";

export function toLinkPreviewOptions(
  media: Api.TypeMessageMedia | undefined,
  entities: readonly Api.TypeMessageEntity[] | undefined,
  invertMedia: boolean | undefined,
): LinkPreviewOptions | undefined {
  const out: LinkPreviewOptions = {};
  if (media instanceof Api.MessageMediaWebPage) {
    const page = media.webpage;
    const url = page instanceof Api.WebPage || page instanceof Api.WebPagePending || page instanceof Api.WebPageEmpty ? page.url : undefined;
    if (url) out.url = url;
    if (media.forceSmallMedia) out.prefer_small_media = true;
    if (media.forceLargeMedia) out.prefer_large_media = true;
  } else if (entities?.some((e) => e instanceof Api.MessageEntityUrl || e instanceof Api.MessageEntityTextUrl)) {
    out.is_disabled = true;
  }
  if (invertMedia) out.show_above_text = true;
  return Object.keys(out).length > 0 ? out : undefined;
}
