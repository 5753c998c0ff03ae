/**
 * TDLib's `PhotoSizeSource`: a variant written as its index, then its fields. The index
 * order is TDLib's and must not change.
 */
import { FileIdError } from "./errors.ts";
import type { TlReader, TlWriter } from "./tl-bytes.ts";
import { FILE_TYPES, type PhotoSizeSource } from "./types.ts";

const KINDS = [
  "legacy",
  "thumbnail",
  "dialog_photo", // small
  "dialog_photo", // big
  "sticker_set_thumbnail",
  "full_legacy",
  "dialog_photo_legacy", // small
  "dialog_photo_legacy", // big
  "sticker_set_thumbnail_legacy",
  "sticker_set_thumbnail_version",
] as const;

function variantIndex(source: PhotoSizeSource): number {
  const big = "big" in source && source.big ? 1 : 0;
  return KINDS.indexOf(source.kind) + big;
}

/** TDLib keeps dialog ids as int64; the Bot API chat-id form always fits a double. */
function readDialogId(reader: TlReader): number {
  const id = reader.int64();
  if (id === 0n || id > BigInt(Number.MAX_SAFE_INTEGER) || id < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new FileIdError("unserialize", `invalid chat identifier ${id}`);
  }
  return Number(id);
}

function readLocalId(reader: TlReader): number {
  const localId = reader.int32();
  if (localId < 0) throw new FileIdError("unserialize", "wrong local_id");
  return localId;
}

export function readPhotoSizeSource(reader: TlReader): PhotoSizeSource {
  const index = reader.int32();
  switch (index) {
    case 0:
      return { kind: "legacy", secret: reader.int64() };
    case 1: {
      const fileType = FILE_TYPES[reader.int32()];
      if (fileType === undefined) throw new FileIdError("unserialize", "wrong file type in thumbnail source");
      const code = reader.int32();
      if (code < 0 || code > 127) throw new FileIdError("unserialize", `wrong thumbnail type ${code}`);
      return { kind: "thumbnail", fileType, thumbnailType: String.fromCharCode(code) };
    }
    case 2:
    case 3:
      return { kind: "dialog_photo", big: index === 3, dialogId: readDialogId(reader), dialogAccessHash: reader.int64() };
    case 4:
      return { kind: "sticker_set_thumbnail", stickerSetId: reader.int64(), stickerSetAccessHash: reader.int64() };
    case 5:
      // A negative local_id is allowed here: secret chat thumbnails have them.
      return { kind: "full_legacy", volumeId: reader.int64(), secret: reader.int64(), localId: reader.int32() };
    case 6:
    case 7:
      return {
        kind: "dialog_photo_legacy",
        big: index === 7,
        dialogId: readDialogId(reader),
        dialogAccessHash: reader.int64(),
        volumeId: reader.int64(),
        localId: readLocalId(reader),
      };
    case 8:
      return {
        kind: "sticker_set_thumbnail_legacy",
        stickerSetId: reader.int64(),
        stickerSetAccessHash: reader.int64(),
        volumeId: reader.int64(),
        localId: readLocalId(reader),
      };
    case 9:
      return {
        kind: "sticker_set_thumbnail_version",
        stickerSetId: reader.int64(),
        stickerSetAccessHash: reader.int64(),
        version: reader.int32(),
      };
    default:
      throw new FileIdError("unserialize", `unknown photo size source ${index}`);
  }
}

export function writePhotoSizeSource(writer: TlWriter, source: PhotoSizeSource): void {
  writer.int32(variantIndex(source));
  switch (source.kind) {
    case "legacy":
      writer.int64(source.secret);
      return;
    case "thumbnail":
      writer.int32(FILE_TYPES.indexOf(source.fileType)).int32(source.thumbnailType.charCodeAt(0));
      return;
    case "dialog_photo":
      writer.int64(BigInt(source.dialogId)).int64(source.dialogAccessHash);
      return;
    case "sticker_set_thumbnail":
      writer.int64(source.stickerSetId).int64(source.stickerSetAccessHash);
      return;
    case "full_legacy":
      writer.int64(source.volumeId).int64(source.secret).int32(source.localId);
      return;
    case "dialog_photo_legacy":
      writer.int64(BigInt(source.dialogId)).int64(source.dialogAccessHash).int64(source.volumeId).int32(source.localId);
      return;
    case "sticker_set_thumbnail_legacy":
      writer.int64(source.stickerSetId).int64(source.stickerSetAccessHash).int64(source.volumeId).int32(source.localId);
      return;
    case "sticker_set_thumbnail_version":
      writer.int64(source.stickerSetId).int64(source.stickerSetAccessHash).int32(source.version);
      return;
  }
}

/**
 * What TDLib makes of a source read from an id older than version 32: the volume and
 * local ids move into the source. Used for the unique id, which only knows modern sources.
 */
export function modernSource(source: PhotoSizeSource, legacy?: { volumeId: bigint; localId: number }): PhotoSizeSource {
  if (legacy === undefined) return source;
  const { volumeId, localId } = legacy;
  switch (source.kind) {
    case "legacy":
      return { kind: "full_legacy", volumeId, localId, secret: source.secret };
    case "dialog_photo":
      return { ...source, kind: "dialog_photo_legacy", volumeId, localId };
    case "sticker_set_thumbnail":
      return { ...source, kind: "sticker_set_thumbnail_legacy", volumeId, localId };
    default:
      return source;
  }
}
