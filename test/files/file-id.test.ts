import { describe, expect, test } from "bun:test";
import {
  decodeFileId,
  encodeFileId,
  encodeUniqueId,
  FILE_ID_TEXTS,
  FileIdError,
  type FileLocation,
  type FileType,
} from "../../src/files/file-id.ts";

/**
 * file_ids and file_unique_ids as the official Bot API server issued them, copied from
 * bot libraries' fixtures and docs. `unique` is null where the fixture has no unique id or
 * where it was not made by today's TDLib (Pyrogram has its own unique ids; before 2021 TDLib
 * derived thumbnails' unique ids from volume ids, which it no longer does).
 */
const REAL: {
  what: string;
  id: string;
  type: FileType;
  dc: number;
  version: number | "v2";
  unique: string | null;
}[] = [
  { what: "document", id: "BQACAgIAAxkBAAMFYR5Wo_JQlqCFHDS_4-IpPRKWg4IAAuYLAAL3WfhIhX2E1ieLDyMgBA", type: "document", dc: 2, version: 32, unique: "AgAD5gsAAvdZ-Eg" },
  { what: "document sent by a bot", id: "BQACAgIAAxkDAAISImZYch5MDU2ibeJ0S46yZfw6Dmb2AAKtUAACYCjISp3o6gzXeDCVNQQ", type: "document", dc: 2, version: 53, unique: "AgADrVAAAmAoyEo" },
  { what: "photo, largest size", id: "AgACAgIAAxkBAAIDUmNzVgEeORTZ9Rh7MXK6rwRdWEHQAAIKvjEb4GegSmP7vfyjBNwiAQADAgADeAADKwQ", type: "photo", dc: 2, version: 43, unique: "AQADCr4xG-BnoEp9" },
  { what: "sticker (2020)", id: "CAACAgQAAxkBAAIFDF6YtEvR0cUHdlqq6W9IN3pDroKzAAKIAAOI_8AV6TJIsFy4Oc8YBA", type: "sticker", dc: 4, version: 24, unique: "AgADiAADiP_AFQ" },
  { what: "animation", id: "CgACAgQAAxkDAAILQ18a7bJ1qnu7zTnXDhGs0XZTqvi3AAJWAgACflDdUKs1tOPjqZ07GgQ", type: "animation", dc: 4, version: 26, unique: "AgADVgIAAn5Q3VA" },
  { what: "voice", id: "AwACAgEAAxkBAANkZ7KNstb4jGyLDMC62Yf0ztvv6s8AApYEAALO_ZhFREJzoiIcpDk2BA", type: "voice", dc: 1, version: 54, unique: "AgADlgQAAs79mEU" },
  { what: "video", id: "BAACAgIAAxkDAAISIGZYcfd2b2c_lBihqowoDy15WD0oAAKrUAACYCjISh7uoJd1agn6NQQ", type: "video", dc: 2, version: 53, unique: "AgADq1AAAmAoyEo" },
  { what: "video's thumbnail", id: "AAMCAgADGQMAAhIgZlhx93ZvZz-UGKGqjCgPLXlYPSgAAqtQAAJgKMhKHu6gl3VqCfoBAAdtAAM1BA", type: "thumbnail", dc: 2, version: 53, unique: "AQADq1AAAmAoyEpy" },
  { what: "video note in a supergroup", id: "DQACAgIAAx0CcWXXJAADX2W-l8uFFZrqJ1c32q5cjISqcvD_AAJMQgAC9aX4SftCaSI3OdDhNAQ", type: "video_note", dc: 2, version: 52, unique: "AgADTEIAAvWl-Ek" },
  { what: "video note's thumbnail", id: "AAMCAgADHQJxZdckAANfZb6Xy4UVmuonVzfarlyMhKpy8P8AAkxCAAL1pfhJ-0JpIjc50OEBAAdtAAM0BA", type: "thumbnail", dc: 2, version: 52, unique: "AQADTEIAAvWl-Ely" },
  { what: "video note", id: "DQACAgIAAxkBAAMaaH0Gj64CGrVl8u_5tLczDONcKcMAAkFxAAL96uhLZQABXm8F-ah2NgQ", type: "video_note", dc: 2, version: 54, unique: "AgADQXEAAv3q6Es" },
  { what: "audio (2021)", id: "CQACAgIAAxkBAAIBV2B1jv60SxrFVCMxCzBL0F4GIcHZAAK6CwACW1MwS-9XTxDr-In0HgQ", type: "audio", dc: 2, version: 30, unique: "AgADugsAAltTMEs" },
  { what: "audio", id: "CQACAgIAAxkDAAISIWZYcg_Kxij0GylJNbAlQXeFsOL_AAKsUAACYCjISuJ28LqFPDf3NQQ", type: "audio", dc: 2, version: 53, unique: "AgADrFAAAmAoyEo" },
  { what: "user's small profile photo", id: "AQADAgADYfUxG2-48UsACAIAAxVR0sUBAAODBq7uFApMQDYE", type: "profile_photo", dc: 2, version: 54, unique: "AQADYfUxG2-48UsAAQ" },
  { what: "user's big profile photo", id: "AQADAgADYfUxG2-48UsACAMAAxVR0sUBAAODBq7uFApMQDYE", type: "profile_photo", dc: 2, version: 54, unique: "AQADYfUxG2-48UsB" },
  { what: "supergroup's small photo", id: "AQADAgADnLMxGxj1mEkACAIAAxJG8dsW____H0-3PZrLmC0vBA", type: "profile_photo", dc: 2, version: 47, unique: "AQADnLMxGxj1mEkAAQ" },
  { what: "profile photo, legacy layout", id: "AQADAgADxakxG7Jh9gMACLP-UJEuAAMCAAOyYfYDAATieVimvJOu7MNPBAABGQQ", type: "profile_photo", dc: 2, version: 25, unique: "AQADs_5QkS4AA8NPBAAB" },
  { what: "big profile photo, legacy layout", id: "AQADAgADxakxG7Jh9gMACLP-UJEuAAMDAAOyYfYDAATieVimvJOu7MVPBAABGQQ", type: "profile_photo", dc: 2, version: 25, unique: "AQADs_5QkS4AA8VPBAAB" },
  { what: "photo size 'm', layout with source (2019)", id: "AgADAgADkKsxG8qRwUiqYAcM2WqnNUTauQ8ABAEAAwIAA20AA_NLAwABFgQ", type: "photo", dc: 2, version: 22, unique: null },
  { what: "photo, version-2 id (2018)", id: "AgADAgADvKgxGxW80EtRgjrTaWNmy7UerQ4ABN7x5HqnrHW_wp4BAAEC", type: "photo", dc: 2, version: "v2", unique: null },
  { what: "sticker, version-2 id", id: "CAADAgADQAADyIsGAAE7MpzFPFQX5QI", type: "sticker", dc: 2, version: "v2", unique: null },
  { what: "photo written by Pyrogram", id: "AgACAgIAAxUAAWdt7Z0tMhTR9w47AotF1vbyBOqwAAK2pzEbXKXUEza4IVlOYG6NAAgBAAMCAANjAAceBA", type: "photo", dc: 2, version: 30, unique: null },
];

describe("decodeFileId on published ids", () => {
  test.each(REAL)("$what", ({ id, type, dc, version, unique }) => {
    const location = decodeFileId(id);
    expect(location.type).toBe(type);
    expect(location.dcId).toBe(dc);
    expect(location.version).toBe(version);
    expect(encodeFileId(location)).toBe(id);
    if (unique !== null) expect(encodeUniqueId(location)).toBe(unique);
  });
});

describe("what a published id holds", () => {
  test("a document: id, access hash and file reference", () => {
    const location = decodeFileId("BQACAgIAAxkBAAMFYR5Wo_JQlqCFHDS_4-IpPRKWg4IAAuYLAAL3WfhIhX2E1ieLDyMgBA");
    // The numbers @mtcute/file-id reads from the same id.
    expect(location.location).toEqual({ kind: "common", id: 5258051482346851302n, accessHash: 2526390919197130117n });
    expect(location.fileReference?.length).toBe(25);
    // A message's file reference starts with 1 and the message id (5, big-endian).
    expect([...location.fileReference!.subarray(0, 5)]).toEqual([1, 0, 0, 0, 5]);
  });

  test.each([
    ["AgACAgIAAxkBAAIDUmNzVgEeORTZ9Rh7MXK6rwRdWEHQAAIKvjEb4GegSmP7vfyjBNwiAQADAgADeAADKwQ", { kind: "thumbnail", fileType: "photo", thumbnailType: "x" }],
    ["AAMCAgADGQMAAhIgZlhx93ZvZz-UGKGqjCgPLXlYPSgAAqtQAAJgKMhKHu6gl3VqCfoBAAdtAAM1BA", { kind: "thumbnail", fileType: "thumbnail", thumbnailType: "m" }],
  ])("photo size source of %s", (id, source) => {
    const location = decodeFileId(id);
    expect(location.location.kind === "photo" && location.location.source).toEqual(source as never);
  });

  test("a chat photo names the chat in the Bot API form", () => {
    const location = decodeFileId("AQADAgADnLMxGxj1mEkACAIAAxJG8dsW____H0-3PZrLmC0vBA");
    const place = location.location;
    expect(place.kind).toBe("photo");
    if (place.kind !== "photo" || place.source.kind !== "dialog_photo") throw new Error("not a dialog photo");
    expect(place.source.dialogId).toBe(-1001332324846);
    expect(place.source.big).toBe(false);
    expect(location.fileReference).toBeUndefined();
  });

  test("a version-2 photo keeps its volume id, local id and secret", () => {
    const location = decodeFileId("AgADAgADvKgxGxW80EtRgjrTaWNmy7UerQ4ABN7x5HqnrHW_wp4BAAEC");
    const place = location.location;
    if (place.kind !== "photo") throw new Error("not a photo");
    expect(place.source.kind).toBe("legacy");
    expect(place.legacy?.localId).toBe(106178);
  });
});

const ID = 5258051482346851302n;
const HASH = -2526390919197130117n;

describe("encodeFileId → decodeFileId", () => {
  const cases: [string, FileLocation][] = [
    ["document without reference", { type: "document", dcId: 2, location: { kind: "common", id: ID, accessHash: HASH } }],
    ["sticker with reference", { type: "sticker", dcId: 5, fileReference: Uint8Array.of(1, 0, 0, 0, 9, 0, 0, 0, 0, 7), location: { kind: "common", id: ID, accessHash: HASH } }],
    ["voice", { type: "voice", dcId: 1, location: { kind: "common", id: -1n, accessHash: 0n } }],
    ["video_note", { type: "video_note", dcId: 4, location: { kind: "common", id: ID, accessHash: HASH } }],
    ["photo size y", { type: "photo", dcId: 2, location: { kind: "photo", id: ID, accessHash: HASH, source: { kind: "thumbnail", fileType: "photo", thumbnailType: "y" } } }],
    ["document thumbnail", { type: "thumbnail", dcId: 2, location: { kind: "photo", id: ID, accessHash: HASH, source: { kind: "thumbnail", fileType: "thumbnail", thumbnailType: "m" } } }],
    ["big user photo", { type: "profile_photo", dcId: 1, location: { kind: "photo", id: ID, accessHash: HASH, source: { kind: "dialog_photo", big: true, dialogId: 123456789, dialogAccessHash: HASH } } }],
    ["sticker set thumbnail", { type: "thumbnail", dcId: 2, location: { kind: "photo", id: 0n, accessHash: 0n, source: { kind: "sticker_set_thumbnail_version", stickerSetId: ID, stickerSetAccessHash: HASH, version: 3 } } }],
    ["web file", { type: "photo", dcId: 0, location: { kind: "web", url: "https://example.com/a.jpg", accessHash: HASH } }],
    ["newest TDLib sub-version", { type: "audio", dcId: 2, version: 61, location: { kind: "common", id: ID, accessHash: HASH } }],
  ];

  test.each(cases)("%s", (_, location) => {
    const id = encodeFileId(location);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeFileId(id)).toEqual({ version: 32, ...location });
  });

  test("a new id ends with sub-version 32 and version 4", () => {
    const bytes = Buffer.from(encodeFileId(cases[0]![1]), "base64url");
    expect([...bytes.subarray(-2)]).toEqual([32, 4]);
  });

  test("an empty file reference is not written", () => {
    const location: FileLocation = { type: "document", dcId: 2, fileReference: new Uint8Array(), location: { kind: "common", id: ID, accessHash: HASH } };
    expect(decodeFileId(encodeFileId(location)).fileReference).toBeUndefined();
  });

  test("a location that does not fit the type is refused", () => {
    expect(() => encodeFileId({ type: "photo", dcId: 2, location: { kind: "common", id: ID, accessHash: HASH } })).toThrow(TypeError);
  });
});

describe("encodeUniqueId", () => {
  test.each([
    ["document", "document", { kind: "common", id: ID, accessHash: HASH }, "AgAD5gsAAvdZ-Eg"],
    ["video of the same bytes", "video", { kind: "common", id: ID, accessHash: 1n }, "AgAD5gsAAvdZ-Eg"],
    ["photo size a", "photo", { kind: "photo", id: ID, accessHash: HASH, source: { kind: "thumbnail", fileType: "photo", thumbnailType: "a" } }, "AQAD5gsAAvdZ-EgAAQ"],
    ["photo size c", "photo", { kind: "photo", id: ID, accessHash: HASH, source: { kind: "thumbnail", fileType: "photo", thumbnailType: "c" } }, "AQAD5gsAAvdZ-EgB"],
    ["web", "photo", { kind: "web", url: "a", accessHash: 0n }, "AAQBYQAC"],
  ] as const)("%s", (_, type, location, expected) => {
    expect(encodeUniqueId({ type, location: location as FileLocation["location"] })).toBe(expected);
  });

  test("it does not depend on who sees the file", () => {
    const a = decodeFileId("BQACAgIAAxkDAAISImZYch5MDU2ibeJ0S46yZfw6Dmb2AAKtUAACYCjISp3o6gzXeDCVNQQ");
    expect(encodeUniqueId({ ...a, location: { kind: "common", id: (a.location as { id: bigint }).id, accessHash: 42n } })).toBe(encodeUniqueId(a));
  });
});

describe("decodeFileId refuses what TDLib refuses", () => {
  test.each([
    ["empty", "", "empty"],
    ["a character outside base64url", "BQACAgIAAx+BAA", "base64Character"],
    ["a length of 4n+1", "BQACA", "base64Length"],
    ["three padding characters", "BQ===", "base64Padding"],
    ["non-zero spare bits", "BR", "base64Bits"],
    ["an unknown last byte", "AQID", "wrongLastSymbol"],
    ["version 4 with nothing before it", "BA", "invalid"],
    ["bytes after the location", "BQACAgIAAxkBAAMFYR5Wo_JQlqCFHDS_4-IpPRKWg4IAAuYLAAL3WfhIhX2E1ieLDyMBIAQ", "unserialize"],
    ["a truncated location", "BQACAgIAAxkBAAMFYR5Wo_JQlqCFHDS_4-IpPRKWg4IAAuYLAAL3WfhIhX2E1ieLIAQ", "unserialize"],
    ["an unknown file type", "ZAACAgIAAyAE", "unserialize"],
    ["a temp file", "BwACAgIAAyAE", "unserialize"],
    ["a chat photo source under a photo type", encodeFileId({ type: "photo", dcId: 2, location: { kind: "photo", id: ID, accessHash: HASH, source: { kind: "dialog_photo", big: false, dialogId: 1, dialogAccessHash: 0n } } }), "unserialize"],
    ["a thumbnail source naming another file type", encodeFileId({ type: "photo", dcId: 2, location: { kind: "photo", id: ID, accessHash: HASH, source: { kind: "thumbnail", fileType: "thumbnail", thumbnailType: "m" } } }), "unserialize"],
  ] as const)("%s", (_, id, key) => {
    let error: unknown;
    try {
      decodeFileId(id);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FileIdError);
    expect((error as FileIdError).message).toBe(FILE_ID_TEXTS[key]);
  });
});
