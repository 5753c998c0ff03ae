/**
 * file_unique_id as TDLib makes it (FullRemoteFileLocation::AsUnique): the file's class
 * (web 0, photo 1, document 2, secure 3, encrypted 4, temp 5), then what identifies the
 * bytes regardless of who sees them, zero-run encoded, in base64url, with no version.
 * https://core.telegram.org/bots/api#file
 */
import { base64urlEncode } from "./base64url.ts";
import { modernSource } from "./photo-source.ts";
import { TlWriter } from "./tl-bytes.ts";
import { type FileLocation, fileTypeClass, type FileTypeClass, type PhotoLocation } from "./types.ts";
import { zeroEncode } from "./zero-rle.ts";

const CLASS_NUMBER: Record<FileTypeClass, number> = { photo: 1, document: 2, secure: 3, encrypted: 4, temp: 5 };

/** The same bytes give the same unique id for every bot and user; it cannot be used to download. */
export function encodeUniqueId(location: Pick<FileLocation, "type" | "location">): string {
  const place = location.location;
  const writer = new TlWriter();
  if (place.kind === "web") writer.int32(0).string(place.url);
  else {
    writer.int32(CLASS_NUMBER[fileTypeClass(location.type)]);
    if (place.kind === "photo") writePhotoKey(writer, place);
    else writer.int64(place.id);
  }
  return base64urlEncode(zeroEncode(writer.result()));
}

/** TDLib's PhotoSizeSource::get_unique with the photo id in front where it has one. */
function writePhotoKey(writer: TlWriter, place: PhotoLocation): void {
  const source = modernSource(place.source, place.legacy);
  switch (source.kind) {
    case "thumbnail": {
      const code = source.thumbnailType.charCodeAt(0);
      const size = code === 0x61 ? 0 : code === 0x63 ? 1 : code + 5; // 'a' → 0, 'c' → 1
      writer.int64(place.id).raw(Uint8Array.of(size));
      return;
    }
    case "dialog_photo":
      writer.int64(place.id).raw(Uint8Array.of(source.big ? 1 : 0));
      return;
    case "sticker_set_thumbnail_version":
      writer.raw(Uint8Array.of(2)).int64(source.stickerSetId).int32(source.version);
      return;
    case "full_legacy":
    case "dialog_photo_legacy":
    case "sticker_set_thumbnail_legacy":
      writer.int64(source.volumeId).int32(source.localId);
      return;
    case "legacy":
    case "sticker_set_thumbnail":
      // modernSource turns these into *_legacy whenever the id carried volume data.
      throw new TypeError(`a ${source.kind} photo source needs its volume id and local id`);
  }
}
