/**
 * The photo layout of a file id, which changed twice (TDLib's PhotoRemoteFileLocation):
 * before version 22 `id, access_hash, volume_id, secret, local_id`; from 22
 * `id, access_hash, volume_id, source, local_id`; from 32 `id, access_hash, source`.
 * Each is read and written as it is, so an old id re-encodes to itself.
 */
import { FileIdError } from "./errors.ts";
import { modernSource, readPhotoSizeSource, writePhotoSizeSource } from "./photo-source.ts";
import type { TlReader, TlWriter } from "./tl-bytes.ts";
import { type FileType, type PhotoLocation, VERSION_NO_VOLUME, VERSION_PHOTO_SIZE_SOURCE } from "./types.ts";

export function readPhotoLocation(reader: TlReader, version: number): PhotoLocation {
  const id = reader.int64();
  const accessHash = reader.int64();
  if (version >= VERSION_NO_VOLUME) {
    const source = readPhotoSizeSource(reader);
    if (source.kind === "legacy" || source.kind === "sticker_set_thumbnail") {
      throw new FileIdError("unserialize", `${source.kind} source in a version ${version} id`);
    }
    return { kind: "photo", id, accessHash, source };
  }
  const volumeId = reader.int64();
  if (version < VERSION_PHOTO_SIZE_SOURCE) {
    const secret = reader.int64();
    return { kind: "photo", id, accessHash, source: { kind: "legacy", secret }, legacy: { volumeId, localId: reader.int32() } };
  }
  const source = readPhotoSizeSource(reader);
  const legacy = { volumeId, localId: reader.int32() };
  if (!["legacy", "thumbnail", "dialog_photo", "sticker_set_thumbnail"].includes(source.kind)) {
    throw new FileIdError("unserialize", `invalid source in legacy photo location: ${source.kind}`);
  }
  return { kind: "photo", id, accessHash, source, legacy };
}

export function writePhotoLocation(writer: TlWriter, location: PhotoLocation, version: number): void {
  writer.int64(location.id).int64(location.accessHash);
  if (version >= VERSION_NO_VOLUME) {
    writePhotoSizeSource(writer, modernSource(location.source, location.legacy));
    return;
  }
  if (location.legacy === undefined) {
    throw new TypeError(`a version ${version} photo id needs the photo's volume id and local id`);
  }
  writer.int64(location.legacy.volumeId);
  if (version < VERSION_PHOTO_SIZE_SOURCE) {
    if (location.source.kind !== "legacy") throw new TypeError(`a version ${version} photo id has only a secret`);
    writer.int64(location.source.secret).int32(location.legacy.localId);
    return;
  }
  writePhotoSizeSource(writer, location.source);
  writer.int32(location.legacy.localId);
}

/** TDLib's check that a photo source fits the file type it was found under. */
export function checkPhotoSource(type: FileType, location: PhotoLocation): void {
  const source = modernSource(location.source, location.legacy);
  const ok = (() => {
    switch (source.kind) {
      case "thumbnail":
        return (
          source.fileType === type &&
          ["photo", "photo_story", "self_destructing_photo", "thumbnail", "encrypted_thumbnail"].includes(type)
        );
      case "dialog_photo":
      case "dialog_photo_legacy":
        return type === "profile_photo";
      case "sticker_set_thumbnail_legacy":
      case "sticker_set_thumbnail_version":
        return type === "thumbnail";
      default:
        return true;
    }
  })();
  if (!ok) throw new FileIdError("unserialize", `${source.kind} source in a ${type} id`);
}
