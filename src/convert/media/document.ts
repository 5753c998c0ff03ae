/**
 * TL Document → the Bot API object its attributes make it: Sticker, VideoNote, Animation,
 * Video, Voice, Audio or Document (checked in that order, as TDLib classifies them).
 * https://core.telegram.org/bots/api#document
 */
import type { Animation, Audio, Document, PhotoSize, Sticker as GrammySticker, Video, VideoNote, Voice } from "@grammyjs/types";
import { Api } from "telegram";
import { toNumber } from "../long.ts";
import type { DocumentFileType, MediaContext } from "./file-location.ts";
import { toThumbnail } from "./photo.ts";

/** api.json's Sticker has `needs_repainting`, which grammY's type lacks. */
export type Sticker = GrammySticker & { needs_repainting?: boolean };

export type DocumentContent =
  | { kind: "sticker"; value: Sticker }
  | { kind: "video_note"; value: VideoNote }
  | { kind: "animation"; value: Animation; document: Document }
  | { kind: "video"; value: Video }
  | { kind: "voice"; value: Voice }
  | { kind: "audio"; value: Audio }
  | { kind: "document"; value: Document };

function attr<T extends Api.TypeDocumentAttribute>(doc: Api.Document, cls: new (...a: never[]) => T): T | undefined {
  return doc.attributes.find((a): a is T => a instanceof cls);
}

/** TDLib rounds fractional durations up. */
const seconds = (d: number) => Math.ceil(d);

export function toDocumentContent(doc: Api.Document, ctx: MediaContext, hints: { round?: boolean; voice?: boolean } = {}): DocumentContent {
  const size = toNumber(doc.size);
  const fileName = attr(doc, Api.DocumentAttributeFilename)?.fileName;
  const common = <T extends object>(value: T, withName = true) => {
    const out = value as T & { thumbnail?: PhotoSize; file_name?: string; mime_type?: string; file_size?: number };
    if (withName && fileName) out.file_name = fileName;
    if (doc.mimeType) out.mime_type = doc.mimeType;
    if (size > 0) out.file_size = size;
    return out;
  };
  const thumbOf = (owner: DocumentFileType) => toThumbnail(doc, owner, ctx.fileIds);
  const withThumb = <T extends object>(value: T, owner: DocumentFileType) => {
    const thumbnail = thumbOf(owner);
    return thumbnail ? { ...value, thumbnail } : value;
  };
  const sticker = attr(doc, Api.DocumentAttributeSticker) ?? attr(doc, Api.DocumentAttributeCustomEmoji);
  const video = attr(doc, Api.DocumentAttributeVideo);
  const image = attr(doc, Api.DocumentAttributeImageSize);
  const audio = attr(doc, Api.DocumentAttributeAudio);

  if (sticker) return { kind: "sticker", value: toSticker(doc, sticker, video ?? image, ctx, thumbOf("sticker"), size) };
  if (video && (video.roundMessage || hints.round)) {
    const note: VideoNote = { ...ctx.fileIds({ type: "video_note", document: doc }), length: video.w, duration: seconds(video.duration) };
    const thumbnail = thumbOf("video_note");
    if (thumbnail) note.thumbnail = thumbnail;
    if (size > 0) note.file_size = size;
    return { kind: "video_note", value: note };
  }
  if (attr(doc, Api.DocumentAttributeAnimated) && (video || doc.mimeType === "image/gif")) {
    const value: Animation = common(withThumb({
      ...ctx.fileIds({ type: "animation", document: doc }),
      width: video?.w ?? image?.w ?? 0,
      height: video?.h ?? image?.h ?? 0,
      duration: seconds(video?.duration ?? 0),
    }, "animation"));
    // For backward compatibility the official server also shows an animation as a document.
    const document: Document = common(withThumb({ ...ctx.fileIds({ type: "animation", document: doc }) }, "animation"));
    return { kind: "animation", value, document };
  }
  if (video) {
    const value: Video = withThumb({
      ...ctx.fileIds({ type: "video", document: doc }), width: video.w, height: video.h, duration: seconds(video.duration),
    }, "video");
    return { kind: "video", value: common(value) };
  }
  if (audio && (audio.voice || hints.voice)) {
    const value: Voice = common({ ...ctx.fileIds({ type: "voice", document: doc }), duration: audio.duration }, false);
    return { kind: "voice", value };
  }
  if (audio) {
    const value: Audio = { ...ctx.fileIds({ type: "audio", document: doc }), duration: audio.duration };
    if (audio.performer) value.performer = audio.performer;
    if (audio.title) value.title = audio.title;
    return { kind: "audio", value: withThumb(common(value), "audio") };
  }
  return { kind: "document", value: common(withThumb({ ...ctx.fileIds({ type: "document", document: doc }) }, "document")) };
}

function toSticker(
  doc: Api.Document,
  attribute: Api.DocumentAttributeSticker | Api.DocumentAttributeCustomEmoji,
  dims: Api.DocumentAttributeVideo | Api.DocumentAttributeImageSize | undefined,
  ctx: MediaContext,
  thumbnail: Sticker["thumbnail"],
  size: number,
): Sticker {
  const isCustomEmoji = attribute instanceof Api.DocumentAttributeCustomEmoji;
  const type = isCustomEmoji ? "custom_emoji" : attribute.mask ? "mask" : "regular";
  const out: Sticker = {
    ...ctx.fileIds({ type: "sticker", document: doc }),
    type,
    width: dims?.w ?? 512,
    height: dims?.h ?? 512,
    is_animated: doc.mimeType === "application/x-tgsticker",
    is_video: doc.mimeType === "video/webm",
  };
  if (thumbnail) out.thumbnail = thumbnail;
  if (attribute.alt) out.emoji = attribute.alt;
  const setName = attribute.stickerset instanceof Api.InputStickerSetShortName
    ? attribute.stickerset.shortName
    : ctx.stickerSetName?.(attribute.stickerset);
  if (setName) out.set_name = setName;
  if (attribute instanceof Api.DocumentAttributeSticker && attribute.maskCoords) {
    const c = attribute.maskCoords;
    const points = ["forehead", "eyes", "mouth", "chin"] as const;
    out.mask_position = { point: points[c.n] ?? "forehead", x_shift: c.x, y_shift: c.y, scale: c.zoom };
  }
  if (isCustomEmoji) {
    out.custom_emoji_id = doc.id.toString();
    if (attribute.textColor) out.needs_repainting = true;
  }
  if (size > 0) out.file_size = size;
  return out;
}
