import { describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import type { FileLocation } from "../../src/convert/media/file-location.ts";
import { decodeFileId } from "../../src/files/file-id.ts";
import { fileIdsOf } from "../../src/files/file-ids.ts";

const photo = new Api.Photo({
  id: bigInt("5123456789012345678"),
  accessHash: bigInt("-4123456789012345678"),
  fileReference: Buffer.from([1, 2, 3]),
  date: 0,
  sizes: [],
  dcId: 2,
});
const document = new Api.Document({
  id: bigInt("6123456789012345678"),
  accessHash: bigInt("987654321"),
  fileReference: Buffer.alloc(0),
  date: 0,
  mimeType: "audio/ogg",
  size: bigInt(10),
  dcId: 1,
  attributes: [],
});
const size = new Api.PhotoSize({ type: "x", w: 800, h: 600, size: 1000 });

describe("file ids of TL locations", () => {
  const cases: [string, FileLocation, object][] = [
    ["photo size", { type: "photo", photo, size }, { type: "photo", dcId: 2, location: { kind: "photo", id: 5123456789012345678n, accessHash: -4123456789012345678n, source: { kind: "thumbnail", thumbnailType: "x" } } }],
    ["voice", { type: "voice", document }, { type: "voice", dcId: 1, location: { kind: "common", id: 6123456789012345678n, accessHash: 987654321n } }],
    ["document thumbnail", { type: "thumbnail", document, owner: "video", size }, { type: "thumbnail", dcId: 1, location: { source: { kind: "thumbnail", fileType: "thumbnail", thumbnailType: "x" } } }],
    [
      "profile photo",
      { type: "profile_photo", peer: { kind: "channel", id: 77 }, accessHash: bigInt(55), photoId: bigInt(99), dcId: 2, big: true },
      { type: "profile_photo", dcId: 2, location: { id: 99n, source: { kind: "dialog_photo", big: true, dialogId: -1_000_000_000_077, dialogAccessHash: 55n } } },
    ],
  ];
  test.each(cases)("%s decodes back to its location", (_name, file, expected) => {
    const ids = fileIdsOf(file);
    expect(decodeFileId(ids.file_id)).toMatchObject(expected);
    expect(ids.file_unique_id.length).toBeGreaterThan(0);
    expect(ids.file_unique_id.length).toBeLessThan(ids.file_id.length);
  });

  test("the file reference travels in the id", () => {
    expect(decodeFileId(fileIdsOf({ type: "photo", photo, size }).file_id).fileReference).toEqual(new Uint8Array([1, 2, 3]));
  });
});
