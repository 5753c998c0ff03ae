/**
 * The bridge between converters and the file_id codec: a converter describes a file by
 * its TL location (src/convert/media/file-location.ts), this turns it into the
 * file_id / file_unique_id pair the official server would give.
 */
import type { Api } from "telegram";
import { toChatId } from "../convert/chat-id.ts";
import type { FileIds, FileIdsOf, FileLocation as TlFileLocation } from "../convert/media/file-location.ts";
import { encodeFileId, encodeUniqueId } from "./file-id.ts";
import type { FileLocation } from "./file-id/types.ts";

const big = (value: { toString(): string } | bigint | number) => BigInt(value.toString());

const bytes = (reference: Buffer | undefined) => (reference && reference.length > 0 ? new Uint8Array(reference) : undefined);

function sizeType(size: Api.TypePhotoSize): string {
  return "type" in size ? size.type : "";
}

export function toCodecLocation(file: TlFileLocation): FileLocation {
  switch (file.type) {
    case "photo":
      return withReference(
        {
          type: "photo",
          dcId: file.photo.dcId,
          location: {
            kind: "photo",
            id: big(file.photo.id),
            accessHash: big(file.photo.accessHash),
            source: { kind: "thumbnail", fileType: "photo", thumbnailType: sizeType(file.size) },
          },
        },
        file.photo.fileReference,
      );
    case "thumbnail":
      return withReference(
        {
          type: "thumbnail",
          dcId: file.document.dcId,
          location: {
            kind: "photo",
            id: big(file.document.id),
            accessHash: big(file.document.accessHash),
            // TDLib writes a document thumbnail's source with its own type, not the document's.
            source: { kind: "thumbnail", fileType: "thumbnail", thumbnailType: sizeType(file.size) },
          },
        },
        file.document.fileReference,
      );
    case "profile_photo":
      return {
        type: "profile_photo",
        dcId: file.dcId,
        location: {
          kind: "photo",
          id: big(file.photoId),
          accessHash: 0n,
          source: { kind: "dialog_photo", big: file.big, dialogId: toChatId(file.peer), dialogAccessHash: big(file.accessHash) },
        },
      };
    default:
      return withReference(
        {
          type: file.type,
          dcId: file.document.dcId,
          location: { kind: "common", id: big(file.document.id), accessHash: big(file.document.accessHash) },
        },
        file.document.fileReference,
      );
  }
}

function withReference(location: FileLocation, reference: Buffer | undefined): FileLocation {
  const fileReference = bytes(reference);
  return fileReference ? { ...location, fileReference } : location;
}

/** The FileIdsOf every converter call in the gateway passes. */
export const fileIdsOf: FileIdsOf = (file): FileIds => {
  const location = toCodecLocation(file);
  return { file_id: encodeFileId(location), file_unique_id: encodeUniqueId(location) };
};
