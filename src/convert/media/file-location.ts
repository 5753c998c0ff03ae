/**
 * What a file_id / file_unique_id is made from. Converters describe each file by its TL
 * location and Bot API kind, and a function the caller passes (the codec in
 * src/files/file-id.ts) turns that into the two strings, so converters stay free of the codec.
 */
import type { Api } from "telegram";
import type { PeerRef } from "../chat-id.ts";
import type { LongLike } from "../long.ts";

export type DocumentFileType = "document" | "audio" | "voice" | "video" | "animation" | "sticker" | "video_note";

export type FileLocation =
  /** One size of a photo. */
  | { readonly type: "photo"; readonly photo: Api.Photo; readonly size: Api.TypePhotoSize }
  /** A thumbnail of a document (its `thumbs`); `owner` is the kind the document is shown as. */
  | {
      readonly type: "thumbnail";
      readonly document: Api.Document;
      readonly owner: DocumentFileType;
      readonly size: Api.TypePhotoSize;
    }
  | { readonly type: DocumentFileType; readonly document: Api.Document }
  /** A chat's or user's current profile photo, small (160×160) or big (640×640). */
  | {
      readonly type: "profile_photo";
      readonly peer: PeerRef;
      readonly accessHash: LongLike;
      readonly photoId: LongLike;
      readonly dcId: number;
      readonly big: boolean;
    };

export interface FileIds {
  readonly file_id: string;
  readonly file_unique_id: string;
}

export type FileIdsOf = (location: FileLocation) => FileIds;

/** What media converters need besides the TL object. */
export interface MediaContext {
  readonly fileIds: FileIdsOf;
  /** The short name of a sticker set given by id, when the caller knows it. */
  readonly stickerSetName?: (set: Api.TypeInputStickerSet) => string | undefined;
}
