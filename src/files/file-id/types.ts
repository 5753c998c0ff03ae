/**
 * The data inside a file_id, as TDLib's `FullRemoteFileLocation` holds it. Names follow
 * TDLib's enums in snake_case; 64-bit values are signed `bigint`s as TL sends them.
 */

/** TDLib's `FileType`, in its order: the index is the number written into the id. */
export const FILE_TYPES = [
  "thumbnail",
  "profile_photo",
  "photo",
  "voice",
  "video",
  "document",
  "encrypted",
  "temp",
  "sticker",
  "audio",
  "animation",
  "encrypted_thumbnail",
  "wallpaper",
  "video_note",
  "secure_decrypted",
  "secure_encrypted",
  "background",
  "document_as_file",
  "ringtone",
  "call_log",
  "photo_story",
  "video_story",
  "self_destructing_photo",
  "self_destructing_video",
  "self_destructing_video_note",
  "self_destructing_voice",
  "live_photo",
  "self_destructing_live_photo",
] as const;

export type FileType = (typeof FILE_TYPES)[number];

/** TDLib's `FileTypeClass`: decides the location layout and the unique id's first int. */
export type FileTypeClass = "photo" | "document" | "secure" | "encrypted" | "temp";

const PHOTO_CLASS: ReadonlySet<FileType> = new Set<FileType>([
  "thumbnail",
  "profile_photo",
  "photo",
  "encrypted_thumbnail",
  "wallpaper",
  "photo_story",
  "self_destructing_photo",
]);

export function fileTypeClass(type: FileType): FileTypeClass {
  if (PHOTO_CLASS.has(type)) return "photo";
  if (type === "secure_decrypted" || type === "secure_encrypted") return "secure";
  if (type === "encrypted") return "encrypted";
  if (type === "temp") return "temp";
  return "document";
}

/**
 * Where a photo-like file's bytes come from (TDLib's `PhotoSizeSource`). Since version 32
 * only `thumbnail`, `dialog_photo`, the `*_legacy` kinds and `sticker_set_thumbnail_version`
 * are written; `legacy` and `sticker_set_thumbnail` appear only in older ids, together with
 * `PhotoLocation.legacy`.
 */
export type PhotoSizeSource =
  | { kind: "legacy"; secret: bigint }
  | { kind: "thumbnail"; fileType: FileType; thumbnailType: string }
  | { kind: "dialog_photo"; big: boolean; dialogId: number; dialogAccessHash: bigint }
  | { kind: "sticker_set_thumbnail"; stickerSetId: bigint; stickerSetAccessHash: bigint }
  | { kind: "full_legacy"; volumeId: bigint; secret: bigint; localId: number }
  | {
      kind: "dialog_photo_legacy";
      big: boolean;
      dialogId: number;
      dialogAccessHash: bigint;
      volumeId: bigint;
      localId: number;
    }
  | {
      kind: "sticker_set_thumbnail_legacy";
      stickerSetId: bigint;
      stickerSetAccessHash: bigint;
      volumeId: bigint;
      localId: number;
    }
  | {
      kind: "sticker_set_thumbnail_version";
      stickerSetId: bigint;
      stickerSetAccessHash: bigint;
      version: number;
    };

export interface WebLocation {
  kind: "web";
  url: string;
  accessHash: bigint;
}

export interface PhotoLocation {
  kind: "photo";
  id: bigint;
  accessHash: bigint;
  source: PhotoSizeSource;
  /** Ids written before version 32 carry the photo's volume id and local id here. */
  legacy?: { volumeId: bigint; localId: number };
}

export interface CommonLocation {
  kind: "common";
  id: bigint;
  accessHash: bigint;
}

export interface FileLocation {
  type: FileType;
  dcId: number;
  /** Absent when the id carries none. */
  fileReference?: Uint8Array;
  location: WebLocation | PhotoLocation | CommonLocation;
  /**
   * TDLib's data version the id was written with: a number is the sub-version byte of a
   * version-4 id, "v2" an id of the older format that has none. Absent when encoding:
   * DEFAULT_SUB_VERSION.
   */
  version?: number | "v2";
}

/** Last byte of every remote file_id today (TDLib's PERSISTENT_ID_VERSION). */
export const PERSISTENT_ID_VERSION = 4;
/** Last byte of ids written before sub-versions existed. */
export const PERSISTENT_ID_VERSION_OLD = 2;
/** TDLib's Version::RemovePhotoVolumeAndLocalId: photo layout without volume/local ids. */
export const VERSION_NO_VOLUME = 32;
/** TDLib's Version::AddPhotoSizeSource: legacy photo layout with a source variant. */
export const VERSION_PHOTO_SIZE_SOURCE = 22;
/**
 * TDLib accepts every sub-version below its own Version::Next and the layout has not
 * changed since 32, so writing 32 lets every TDLib (and every official server build)
 * since 2021 read our ids, while newer ones read them exactly as their own.
 */
export const DEFAULT_SUB_VERSION = VERSION_NO_VOLUME;
/** Type flags ORed into the first int (TDLib's FullRemoteFileLocation). */
export const WEB_LOCATION_FLAG = 1 << 24;
export const FILE_REFERENCE_FLAG = 1 << 25;
