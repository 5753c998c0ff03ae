/** Photos and documents: the TL objects of stored files, and message media from inputs. */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { type FileRecord, fileById, fileFromBytes, fileFromUpload } from "./files.ts";
import { imageSize } from "./image-size.ts";
import { big, decodeTl } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

/** Telegram's photo size letters by longest side (s 100, m 320, x 800, y 1280, w 2560). */
function sizeType(width: number, height: number): string {
  const side = Math.max(width, height);
  if (side <= 100) return "s";
  if (side <= 320) return "m";
  if (side <= 800) return "x";
  if (side <= 1280) return "y";
  return "w";
}

const tlBase64 = (attribute: Api.TypeDocumentAttribute) => attribute.getBytes().toString("base64");

export function attributesOf(record: FileRecord): Api.TypeDocumentAttribute[] {
  return record.attributes.map((a) => decodeTl<Api.TypeDocumentAttribute>(Buffer.from(a, "base64")));
}

export function photoTl(record: FileRecord): Api.Photo {
  const width = record.width ?? 0;
  const height = record.height ?? 0;
  return new Api.Photo({
    id: big(record.id),
    accessHash: big(record.accessHash),
    fileReference: Buffer.from(record.fileReference, "hex"),
    date: record.date,
    sizes: [new Api.PhotoSize({ type: sizeType(width, height), w: width, h: height, size: record.size })],
    dcId: record.dcId,
  });
}

export function documentTl(record: FileRecord): Api.Document {
  return new Api.Document({
    id: big(record.id),
    accessHash: big(record.accessHash),
    fileReference: Buffer.from(record.fileReference, "hex"),
    date: record.date,
    mimeType: record.mimeType,
    size: big(record.size),
    dcId: record.dcId,
    attributes: attributesOf(record),
  });
}

export function mediaTl(record: FileRecord): Api.TypeMessageMedia {
  if (record.kind === "photo") return new Api.MessageMediaPhoto({ photo: photoTl(record) });
  const attributes = attributesOf(record);
  const video = attributes.find((a): a is Api.DocumentAttributeVideo => a instanceof Api.DocumentAttributeVideo);
  const audio = attributes.find((a): a is Api.DocumentAttributeAudio => a instanceof Api.DocumentAttributeAudio);
  return new Api.MessageMediaDocument({
    document: documentTl(record),
    video: video !== undefined && !video.roundMessage && !attributes.some((a) => a instanceof Api.DocumentAttributeAnimated),
    round: video?.roundMessage,
    voice: audio?.voice,
  });
}

function uploaded(file: Api.TypeInputFile): { id: string; parts: number; name: string } {
  if (file instanceof Api.InputFile || file instanceof Api.InputFileBig) return { id: file.id.toString(), parts: file.parts, name: file.name };
  throw rpcError("MEDIA_INVALID");
}

function existing(world: World, input: { id: { toString(): string }; accessHash: { toString(): string } }, kind: FileRecord["kind"]): FileRecord {
  const record = fileById(world, input.id.toString());
  if (!record || record.kind !== kind || record.accessHash !== input.accessHash.toString()) throw rpcError("MEDIA_INVALID");
  return record;
}

/** The file an InputMedia names or brings (uploads live on the sender's home DC). */
export function fileFromInput(world: World, sender: Account, media: unknown): FileRecord {
  if (media instanceof Api.InputMediaUploadedPhoto) {
    const file = uploaded(media.file);
    const record = fileFromUpload(world, sender.id, file.id, file.parts, sender.dcId, {
      kind: "photo",
      mimeType: "image/jpeg",
      attributes: [],
      probe: imageSize,
    });
    if (!record.width || !record.height) throw rpcError("PHOTO_INVALID_DIMENSIONS");
    return record;
  }
  if (media instanceof Api.InputMediaUploadedDocument) {
    const file = uploaded(media.file);
    const attributes = [...media.attributes];
    if (!attributes.some((a) => a instanceof Api.DocumentAttributeFilename) && file.name) {
      attributes.push(new Api.DocumentAttributeFilename({ fileName: file.name }));
    }
    return fileFromUpload(world, sender.id, file.id, file.parts, sender.dcId, {
      kind: "document",
      mimeType: media.mimeType || "application/octet-stream",
      attributes: attributes.map(tlBase64),
    });
  }
  if (media instanceof Api.InputMediaPhoto && media.id instanceof Api.InputPhoto) return existing(world, media.id, "photo");
  if (media instanceof Api.InputMediaDocument && media.id instanceof Api.InputDocument) return existing(world, media.id, "document");
  throw rpcError("MEDIA_INVALID");
}

export type ControlMediaType = "photo" | "document" | "video" | "audio" | "voice" | "animation" | "sticker" | "video_note";

export interface ControlMedia {
  type: ControlMediaType;
  data: Buffer;
  fileName?: string;
  mimeType?: string;
  width?: number;
  height?: number;
  duration?: number;
}

const DEFAULT_MIME: Record<ControlMediaType, string> = {
  photo: "image/jpeg",
  document: "application/octet-stream",
  video: "video/mp4",
  audio: "audio/mpeg",
  voice: "audio/ogg",
  animation: "video/mp4",
  sticker: "image/webp",
  video_note: "video/mp4",
};

/** The attributes that make a document audio, voice, video, animation, sticker or video note. */
function attributesFor(spec: ControlMedia, width: number, height: number): Api.TypeDocumentAttribute[] {
  const duration = spec.duration ?? 0;
  const name = spec.fileName ? [new Api.DocumentAttributeFilename({ fileName: spec.fileName })] : [];
  const video = (extra: { roundMessage?: boolean } = {}) =>
    new Api.DocumentAttributeVideo({ duration, w: width, h: height, supportsStreaming: true, ...extra });
  switch (spec.type) {
    case "video":
      return [video(), ...name];
    case "animation":
      return [video(), new Api.DocumentAttributeAnimated(), ...name];
    case "video_note":
      return [video({ roundMessage: true })];
    case "audio":
      return [new Api.DocumentAttributeAudio({ duration }), ...name];
    case "voice":
      return [new Api.DocumentAttributeAudio({ voice: true, duration })];
    case "sticker":
      return [
        new Api.DocumentAttributeImageSize({ w: width, h: height }),
        new Api.DocumentAttributeSticker({ alt: "", stickerset: new Api.InputStickerSetEmpty() }),
      ];
    default:
      return name;
  }
}

/** A file made by the control API, stored on the sender's home DC. */
export function fileFromControl(world: World, sender: Account, spec: ControlMedia): FileRecord {
  const probed = imageSize(spec.data.subarray(0, 64 * 1024));
  const width = spec.width ?? probed.width ?? 0;
  const height = spec.height ?? probed.height ?? 0;
  const kind = spec.type === "photo" ? "photo" : "document";
  if (kind === "photo" && (!width || !height)) throw rpcError("PHOTO_INVALID_DIMENSIONS");
  return fileFromBytes(world, spec.data, sender.dcId, {
    kind,
    mimeType: spec.mimeType ?? DEFAULT_MIME[spec.type],
    attributes: kind === "photo" ? [] : attributesFor(spec, width, height).map(tlBase64),
    width: width || undefined,
    height: height || undefined,
  });
}
