/**
 * file_id in the format of TDLib and the official Bot API server, so an id issued here
 * works there and back: the TDLib `FullRemoteFileLocation` serialised, zero-run encoded,
 * followed by the sub-version byte and the persistent-id version (4), in base64url.
 *
 * We write our own rather than wrap `@mtcute/file-id` (MIT, runs under Bun): it always
 * writes sub-version 58 and rewrites pre-32 photo layouts, so real ids do not re-encode to
 * themselves, its file-type table stops before TDLib's story and self-destructing types,
 * and it brings `long`, `@fuman/utils` and `@mtcute/tl-runtime` for some 300 lines.
 * https://core.telegram.org/bots/api#file
 */
import { base64urlDecode, base64urlEncode } from "./file-id/base64url.ts";
import { FileIdError } from "./file-id/errors.ts";
import { checkPhotoSource, readPhotoLocation, writePhotoLocation } from "./file-id/photo-location.ts";
import { TlReader, TlWriter } from "./file-id/tl-bytes.ts";
import {
  DEFAULT_SUB_VERSION,
  FILE_REFERENCE_FLAG,
  FILE_TYPES,
  type FileLocation,
  fileTypeClass,
  PERSISTENT_ID_VERSION,
  PERSISTENT_ID_VERSION_OLD,
  WEB_LOCATION_FLAG,
} from "./file-id/types.ts";
import { zeroDecode, zeroEncode } from "./file-id/zero-rle.ts";

export { encodeUniqueId } from "./file-id/unique.ts";
export { FILE_ID_TEXTS, FileIdError } from "./file-id/errors.ts";
export * from "./file-id/types.ts";

/** Reads a file_id; throws FileIdError with TDLib's text when it is not one. */
export function decodeFileId(fileId: string): FileLocation {
  const binary = base64urlDecode(fileId);
  if (binary.length === 0) throw new FileIdError("empty");
  const last = binary[binary.length - 1];
  let body: Uint8Array;
  let version: number | "v2";
  if (last === PERSISTENT_ID_VERSION_OLD) {
    body = binary.subarray(0, -1);
    version = "v2";
  } else if (last === PERSISTENT_ID_VERSION) {
    if (binary.length < 2) throw new FileIdError("invalid");
    body = binary.subarray(0, -2);
    version = binary[binary.length - 2]!;
  } else {
    throw new FileIdError("wrongLastSymbol");
  }
  return { ...readLocation(new TlReader(zeroDecode(body)), version === "v2" ? 0 : version), version };
}

function readLocation(reader: TlReader, version: number): Omit<FileLocation, "version"> {
  const raw = reader.int32();
  const web = (raw & WEB_LOCATION_FLAG) !== 0;
  const hasReference = (raw & FILE_REFERENCE_FLAG) !== 0;
  const type = FILE_TYPES[raw & ~(WEB_LOCATION_FLAG | FILE_REFERENCE_FLAG)];
  if (type === undefined) throw new FileIdError("unserialize", `unknown file type ${raw}`);
  const dcId = reader.int32();
  const fileReference = hasReference ? reader.bytes() : undefined;
  const head = { type, dcId, ...(fileReference === undefined ? {} : { fileReference }) };
  let location: FileLocation["location"];
  if (web) {
    location = { kind: "web", url: reader.string(), accessHash: reader.int64() };
  } else if (fileTypeClass(type) === "photo") {
    location = readPhotoLocation(reader, version);
    checkPhotoSource(type, location);
  } else if (fileTypeClass(type) === "temp") {
    throw new FileIdError("unserialize", "temp files have no remote location");
  } else {
    location = { kind: "common", id: reader.int64(), accessHash: reader.int64() };
  }
  reader.end();
  return { ...head, location };
}

/** Writes a file_id; `location.version` defaults to DEFAULT_SUB_VERSION. */
export function encodeFileId(location: FileLocation): string {
  const version = location.version ?? DEFAULT_SUB_VERSION;
  const layout = version === "v2" ? 0 : version;
  const place = location.location;
  const expected = place.kind === "web" ? "web" : fileTypeClass(location.type) === "photo" ? "photo" : "common";
  if (place.kind !== expected) throw new TypeError(`a ${location.type} file needs a ${expected} location`);
  let raw = FILE_TYPES.indexOf(location.type);
  if (place.kind === "web") raw |= WEB_LOCATION_FLAG;
  // TDLib writes no reference when it is empty, and so reads an absent one as empty.
  const reference = location.fileReference !== undefined && location.fileReference.length > 0 ? location.fileReference : undefined;
  if (reference !== undefined) raw |= FILE_REFERENCE_FLAG;
  const writer = new TlWriter().int32(raw).int32(location.dcId);
  if (reference !== undefined) writer.bytes(reference);
  if (place.kind === "web") writer.string(place.url).int64(place.accessHash);
  else if (place.kind === "photo") writePhotoLocation(writer, place, layout);
  else writer.int64(place.id).int64(place.accessHash);
  const suffix = version === "v2" ? [PERSISTENT_ID_VERSION_OLD] : [version, PERSISTENT_ID_VERSION];
  return base64urlEncode(new TlWriter().raw(zeroEncode(writer.result())).raw(Uint8Array.from(suffix)).result());
}
