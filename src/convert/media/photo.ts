/** TL Photo → Bot API PhotoSize[]; document thumbnails. https://core.telegram.org/bots/api#photosize */
import type { PhotoSize } from "@grammyjs/types";
import { Api } from "telegram";
import type { DocumentFileType, FileIdsOf, FileLocation } from "./file-location.ts";

/** A size with real pixels (not the stripped preview nor the vector outline) and its byte count. */
function measured(size: Api.TypePhotoSize): { w: number; h: number; bytes: number } | undefined {
  if (size instanceof Api.PhotoSize) return { w: size.w, h: size.h, bytes: size.size };
  if (size instanceof Api.PhotoCachedSize) return { w: size.w, h: size.h, bytes: size.bytes.length };
  if (size instanceof Api.PhotoSizeProgressive) return { w: size.w, h: size.h, bytes: Math.max(0, ...size.sizes) };
  return undefined;
}

function toPhotoSize(size: Api.TypePhotoSize, location: FileLocation, fileIds: FileIdsOf): PhotoSize | undefined {
  const m = measured(size);
  if (!m) return undefined;
  const out: PhotoSize = { ...fileIds(location), width: m.w, height: m.h };
  if (m.bytes > 0) out.file_size = m.bytes;
  return out;
}

/** Every real size of a photo, smallest first, as the official server lists them. */
export function toPhotoSizes(photo: Api.TypePhoto | undefined, fileIds: FileIdsOf): PhotoSize[] {
  if (!(photo instanceof Api.Photo)) return [];
  const sized = photo.sizes
    .map((size) => ({ size, m: measured(size) }))
    .filter((s) => s.m !== undefined)
    .sort((a, b) => a.m!.w * a.m!.h - b.m!.w * b.m!.h || a.m!.bytes - b.m!.bytes);
  return sized
    .map(({ size }) => toPhotoSize(size, { type: "photo", photo, size }, fileIds))
    .filter((s): s is PhotoSize => s !== undefined);
}

/** The largest real thumbnail of a document shown as `owner`, if it has one. */
export function toThumbnail(document: Api.Document, owner: DocumentFileType, fileIds: FileIdsOf): PhotoSize | undefined {
  let best: Api.TypePhotoSize | undefined;
  let bestArea = -1;
  for (const size of document.thumbs ?? []) {
    const m = measured(size);
    if (m && m.w * m.h > bestArea) {
      best = size;
      bestArea = m.w * m.h;
    }
  }
  return best && toPhotoSize(best, { type: "thumbnail", document, owner, size: best }, fileIds);
}
