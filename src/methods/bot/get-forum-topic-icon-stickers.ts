/**
 * getForumTopicIconStickers: the custom emoji any user may use as a topic icon, from the
 * sticker set inputStickerSetEmojiDefaultTopicIcons.
 * https://core.telegram.org/bots/api#getforumtopiciconstickers
 */
import { Api } from "telegram";
import { toDocumentContent } from "../../convert/media/document.ts";
import { fileIdsOf } from "../../files/file-ids.ts";
import type { Handler } from "../types.ts";

export const getForumTopicIconStickers: Handler = async (ctx) => {
  const account = await ctx.account();
  const result = await account.invoke(
    new Api.messages.GetStickerSet({ stickerset: new Api.InputStickerSetEmojiDefaultTopicIcons(), hash: 0 }),
    ctx.method,
  );
  if (!(result instanceof Api.messages.StickerSet)) return [];
  const setName = result.set.shortName;
  const context = { fileIds: fileIdsOf, stickerSetName: () => setName };
  return result.documents.flatMap((doc) => {
    if (!(doc instanceof Api.Document)) return [];
    const content = toDocumentContent(doc, context);
    return content.kind === "sticker" ? [content.value] : [];
  });
};
