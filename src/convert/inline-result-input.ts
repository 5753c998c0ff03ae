/**
 * Bot API InlineQueryResult (every kind, by URL or cached by file_id) → TL
 * InputBotInlineResult*, read in the official server's order with its texts
 * (Client::get_inline_query_result). Results by URL become InputBotInlineResult with web
 * documents; cached ones InputBotInlineResultPhoto / InputBotInlineResultDocument.
 * https://core.telegram.org/bots/api#inlinequeryresult
 */
import bigInt from "big-integer";
import { Api } from "telegram";
import { decodeFileId, FileIdError } from "../files/file-id.ts";
import { BotApiError } from "../methods/types.ts";
import type { InputUserOf } from "./entities.ts";
import { badRequest, INLINE_RESULTS } from "./errors.ts";
import {
  formatText,
  readContactMessage,
  readGeoMessage,
  readInputMessageContent,
  readLegacyText,
  readVenueMessage,
  type TlText,
} from "./inline-message-input.ts";
import { FieldError, isObject, type JsonObject, optBool, optInt, optObject, optString, reqString } from "./json-fields.ts";
import type { MarkupContext } from "./markup-context.ts";
import { toTlReplyMarkup } from "./reply-markup-input.ts";

export interface InlineResultContext {
  markup: MarkupContext;
  inputUser: InputUserOf;
}

const MAX_RESULTS = 50;

/** A nested reader's "Bad Request: …" back to its bare message, for the result prefix. */
function bare(error: BotApiError): string {
  const text = error.description.replace(/^Bad Request: /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Nested parsers fail with full Bot API errors; inside a result they get its prefix instead. */
function nested<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BotApiError && error.code === 400) throw new FieldError(bare(error));
    throw error;
  }
}

function webDocument(url: string, mimeType: string, attributes: Api.TypeDocumentAttribute[] = []): Api.InputWebDocument {
  return new Api.InputWebDocument({ url, size: 0, mimeType, attributes });
}

const imageSize = (w: number, h: number) => (w > 0 && h > 0 ? [new Api.DocumentAttributeImageSize({ w, h })] : []);

/** The cached file a file_id names; a bad id fails as TDLib fails it, outside the parse prefix. */
function cachedFile(fileId: string): Api.InputPhoto | Api.InputDocument {
  let decoded;
  try {
    decoded = decodeFileId(fileId);
  } catch (error) {
    if (error instanceof FileIdError) throw badRequest(INLINE_RESULTS.badFileId);
    throw error;
  }
  const { location, fileReference } = decoded;
  if (location.kind === "web") throw badRequest(INLINE_RESULTS.badFileId);
  const args = {
    id: bigIntOf(location.id),
    accessHash: bigIntOf(location.accessHash),
    fileReference: Buffer.from(fileReference ?? new Uint8Array()),
  };
  return location.kind === "photo" ? new Api.InputPhoto(args) : new Api.InputDocument(args);
}

const bigIntOf = (value: bigint) => bigInt(value.toString());

interface Common {
  o: JsonObject;
  id: string;
  content?: Api.TypeInputBotInlineMessage;
  caption: TlText;
  aboveMedia: boolean;
  thumbUrl: string;
  thumbWidth: number;
  thumbHeight: number;
}

/** The message a media result sends when it has no input_message_content: its media and caption. */
const mediaMessage = (c: Common) =>
  c.content ?? new Api.InputBotInlineMessageMediaAuto({ ...c.caption, invertMedia: c.aboveMedia || undefined });

function thumb(c: Common, mimeType = "image/jpeg"): Api.InputWebDocument | undefined {
  return c.thumbUrl ? webDocument(c.thumbUrl, mimeType, imageSize(c.thumbWidth, c.thumbHeight)) : undefined;
}

/** A result given by URL, or cached when only its `<kind>_file_id` is given. */
function media(
  c: Common, kind: string, tlType: string, url: string, content: () => Api.InputWebDocument,
  extra: { title?: string; description?: string; thumb?: Api.InputWebDocument } = {},
): Api.TypeInputBotInlineResult {
  if (url !== "") {
    return new Api.InputBotInlineResult({ id: c.id, type: tlType, ...extra, content: content(), sendMessage: mediaMessage(c) });
  }
  const file = cachedFile(reqString(c.o, `${kind}_file_id`));
  if (file instanceof Api.InputPhoto) {
    return new Api.InputBotInlineResultPhoto({ id: c.id, type: tlType, photo: file, sendMessage: mediaMessage(c) });
  }
  const { title, description } = extra;
  return new Api.InputBotInlineResultDocument({ id: c.id, type: tlType, title, description, document: file, sendMessage: mediaMessage(c) });
}

const text = (o: JsonObject, name: string) => optString(o, name) ?? "";
const textOrUndefined = (o: JsonObject, name: string) => optString(o, name) || undefined;

function byKind(type: string, c: Common): Api.TypeInputBotInlineResult {
  const { o } = c;
  switch (type) {
    case "article": {
      const url = text(o, "url");
      const hideUrl = optBool(o, "hide_url");
      const title = reqString(o, "title");
      return new Api.InputBotInlineResult({
        id: c.id, type: "article", title, description: textOrUndefined(o, "description"),
        url: hideUrl || url === "" ? undefined : url, thumb: thumb(c), sendMessage: c.content!,
      });
    }
    case "audio": {
      const url = text(o, "audio_url");
      const duration = optInt(o, "audio_duration");
      const title = url ? reqString(o, "title") : text(o, "title");
      const performer = text(o, "performer");
      const attributes = [new Api.DocumentAttributeAudio({ duration, title: title || undefined, performer: performer || undefined })];
      return media(c, "audio", "audio", url, () => webDocument(url, "audio/mpeg", attributes), { title: title || undefined, description: performer || undefined });
    }
    case "contact": {
      const contact = readContactMessage(o);
      const name = [contact.firstName, contact.lastName].filter(Boolean).join(" ");
      return new Api.InputBotInlineResult({ id: c.id, type: "contact", title: name, thumb: thumb(c), sendMessage: c.content ?? contact });
    }
    case "document": {
      const title = reqString(o, "title");
      const description = textOrUndefined(o, "description");
      const url = text(o, "document_url");
      const mimeType = url ? reqString(o, "mime_type") : text(o, "mime_type");
      return media(c, "document", "file", url, () => webDocument(url, mimeType), { title, description, thumb: thumb(c) });
    }
    case "game":
      return new Api.InputBotInlineResultGame({ id: c.id, shortName: reqString(o, "game_short_name"), sendMessage: new Api.InputBotInlineMessageGame({}) });
    case "gif":
    case "mpeg4_gif": {
      const prefix = type === "gif" ? "gif" : "mpeg4";
      const title = textOrUndefined(o, "title");
      const url = text(o, `${prefix}_url`);
      const thumbMime = optString(o, "thumbnail_mime_type") ?? optString(o, "thumb_mime_type") ?? "image/jpeg";
      const duration = optInt(o, `${prefix}_duration`);
      const [w, h] = [optInt(o, `${prefix}_width`), optInt(o, `${prefix}_height`)];
      const mimeType = type === "gif" ? "image/gif" : "video/mp4";
      const attributes = [...imageSize(w, h), new Api.DocumentAttributeVideo({ duration, w, h })];
      return media(c, prefix, "gif", url, () => webDocument(url, mimeType, attributes), { title, thumb: thumb(c, thumbMime) });
    }
    case "location": {
      // The location is read (and checked) even when input_message_content replaces it.
      const message = readGeoMessage(o);
      return new Api.InputBotInlineResult({ id: c.id, type: "geo", title: reqString(o, "title"), thumb: thumb(c), sendMessage: c.content ?? message });
    }
    case "photo": {
      const title = textOrUndefined(o, "title");
      const description = textOrUndefined(o, "description");
      const url = text(o, "photo_url");
      const [w, h] = [optInt(o, "photo_width"), optInt(o, "photo_height")];
      return media(c, "photo", "photo", url, () => webDocument(url, "image/jpeg", imageSize(w, h)), {
        title, description, thumb: thumb(c) ?? webDocument(url, "image/jpeg"),
      });
    }
    case "sticker":
      return media(c, "sticker", "sticker", "", () => webDocument("", ""));
    case "venue": {
      const message = readVenueMessage(o);
      const title = reqString(o, "title");
      return new Api.InputBotInlineResult({ id: c.id, type: "venue", title, description: text(o, "address"), thumb: thumb(c), sendMessage: c.content ?? message });
    }
    case "video": {
      const title = reqString(o, "title");
      const description = textOrUndefined(o, "description");
      const url = text(o, "video_url");
      const mimeType = url ? reqString(o, "mime_type") : text(o, "mime_type");
      const [w, h, duration] = [optInt(o, "video_width"), optInt(o, "video_height"), optInt(o, "video_duration")];
      const attributes = [new Api.DocumentAttributeVideo({ duration, w, h })];
      return media(c, "video", "video", url, () => webDocument(url, mimeType, attributes), { title, description, thumb: thumb(c) });
    }
    case "voice": {
      const title = reqString(o, "title");
      const url = text(o, "voice_url");
      const duration = optInt(o, "voice_duration");
      const attributes = [new Api.DocumentAttributeAudio({ voice: true, duration })];
      return media(c, "voice", "voice", url, () => webDocument(url, "audio/ogg", attributes), { title });
    }
    default:
      throw new FieldError(INLINE_RESULTS.unsupported(type));
  }
}

/** One result; FieldError for what the official server refuses while parsing it. */
function readResult(value: unknown, ctx: InlineResultContext): Api.TypeInputBotInlineResult {
  if (!isObject(value)) throw new FieldError(INLINE_RESULTS.notObject);
  const o = value;
  const type = reqString(o, "type").toLowerCase();
  const id = reqString(o, "id");
  const article = type === "article";
  const contentObject = optObject(o, "input_message_content");
  const content = nested(() =>
    contentObject ? readInputMessageContent(contentObject, ctx.inputUser) : readLegacyText(o, ctx.inputUser, article),
  );
  if (article && !content) throw new FieldError(INLINE_RESULTS.contentMissing);
  const caption = nested(() => formatText(text(o, "caption"), optString(o, "parse_mode"), o.caption_entities, ctx.inputUser, true));
  const aboveMedia = optBool(o, "show_caption_above_media");
  const markupObject = optObject(o, "reply_markup");
  const markup = markupObject ? nested(() => toTlReplyMarkup(markupObject, ctx.markup, { inlineOnly: true })) : undefined;
  const legacyThumb = o.thumbnail_url === undefined && o.thumbnail_width === undefined && o.thumbnail_height === undefined;
  const [urlField, widthField, heightField] = legacyThumb
    ? ["thumb_url", "thumb_width", "thumb_height"]
    : ["thumbnail_url", "thumbnail_width", "thumbnail_height"];
  const common: Common = {
    o, id, content, caption, aboveMedia,
    thumbUrl: text(o, urlField), thumbWidth: optInt(o, widthField), thumbHeight: optInt(o, heightField),
  };
  const result = byKind(type, common);
  // The keyboard goes on whatever message the result sends.
  if (markup) result.sendMessage.replyMarkup = markup;
  return result;
}

/** One result as answerWebAppQuery / savePreparedInlineMessage read it. */
export function toInputInlineResult(value: unknown, ctx: InlineResultContext): Api.TypeInputBotInlineResult {
  try {
    return readResult(value, ctx);
  } catch (error) {
    if (error instanceof FieldError) throw badRequest(INLINE_RESULTS.result(error.message));
    throw error;
  }
}

/** The results of answerInlineQuery (absent or null: none). */
export function toInputInlineResults(value: unknown, ctx: InlineResultContext): Api.TypeInputBotInlineResult[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badRequest(INLINE_RESULTS.notArray);
  if (value.length > MAX_RESULTS) throw badRequest(INLINE_RESULTS.tooMany);
  return value.map((item) => toInputInlineResult(item, ctx));
}
