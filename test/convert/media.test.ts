import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toMediaContent } from "../../src/convert/media/content.ts";
import { toPhotoSizes } from "../../src/convert/media/photo.ts";
import { optionId } from "../../src/convert/media/poll.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import { fakeFileIds, media, peers } from "./fixtures.ts";

const thumb = stub(Api.PhotoSize, { type: "m", w: 320, h: 180, size: 900 });
const doc = (attributes: Api.TypeDocumentAttribute[], mimeType = "application/octet-stream", extra: object = {}) =>
  stub(Api.Document, { id: long(11), accessHash: long(1), dcId: 2, size: long(1234), mimeType, attributes, ...extra });
const docMedia = (d: Api.Document, flags: object = {}) => stub(Api.MessageMediaDocument, { document: d, ...flags });
const thumbOf = (owner: string) => ({ file_id: `F-thumb:${owner}:11:m`, file_unique_id: `U-thumb:${owner}:11:m`, width: 320, height: 180, file_size: 900 });
const ids = (type: string) => ({ file_id: `F-${type}:11`, file_unique_id: `U-${type}:11` });

describe("photos", () => {
  const photo = stub(Api.Photo, {
    id: long(9), accessHash: long(1), dcId: 2,
    sizes: [
      stub(Api.PhotoStrippedSize, { type: "i", bytes: Buffer.from([1, 2]) }),
      stub(Api.PhotoSizeProgressive, { type: "y", w: 1280, h: 720, sizes: [100, 5000, 20000] }),
      stub(Api.PhotoSize, { type: "m", w: 320, h: 180, size: 1500 }),
      stub(Api.PhotoCachedSize, { type: "s", w: 90, h: 51, bytes: Buffer.alloc(300) }),
      stub(Api.PhotoPathSize, { type: "j", bytes: Buffer.from([1]) }),
    ],
  });

  test("real sizes only, smallest first, with their byte counts", () => {
    const sizes = toPhotoSizes(photo, fakeFileIds);
    expect(sizes).toEqual([
      { file_id: "F-photo:9:s", file_unique_id: "U-photo:9:s", width: 90, height: 51, file_size: 300 },
      { file_id: "F-photo:9:m", file_unique_id: "U-photo:9:m", width: 320, height: 180, file_size: 1500 },
      { file_id: "F-photo:9:y", file_unique_id: "U-photo:9:y", width: 1280, height: 720, file_size: 20000 },
    ]);
    expectBotApi("Array of PhotoSize", sizes);
  });

  test("a photo message is captioned and may be a spoiler", () => {
    const content = toMediaContent(stub(Api.MessageMediaPhoto, { photo, spoiler: true }), media, peers);
    expect(content.captioned).toBe(true);
    expect(content.fields.has_media_spoiler).toBe(true);
    expect(content.fields.photo?.length).toBe(3);
  });

  test("an empty photo gives nothing", () => {
    expect(toMediaContent(stub(Api.MessageMediaPhoto, { photo: stub(Api.PhotoEmpty, { id: long(1) }) }), media, peers)).toEqual({ fields: {}, captioned: false });
  });
});

describe("documents by their attributes", () => {
  const cases: [string, Api.MessageMediaDocument, string, object, boolean][] = [
    [
      "plain document",
      docMedia(doc([stub(Api.DocumentAttributeFilename, { fileName: "a.pdf" })], "application/pdf", { thumbs: [thumb] })),
      "document",
      { document: { ...ids("document"), thumbnail: thumbOf("document"), file_name: "a.pdf", mime_type: "application/pdf", file_size: 1234 } },
      true,
    ],
    [
      "audio",
      docMedia(doc([stub(Api.DocumentAttributeAudio, { duration: 200, title: "Song", performer: "Band" }), stub(Api.DocumentAttributeFilename, { fileName: "s.mp3" })], "audio/mpeg")),
      "audio",
      { audio: { ...ids("audio"), duration: 200, performer: "Band", title: "Song", file_name: "s.mp3", mime_type: "audio/mpeg", file_size: 1234 } },
      true,
    ],
    [
      "voice",
      docMedia(doc([stub(Api.DocumentAttributeAudio, { duration: 3, voice: true })], "audio/ogg"), { voice: true }),
      "voice",
      { voice: { ...ids("voice"), duration: 3, mime_type: "audio/ogg", file_size: 1234 } },
      true,
    ],
    [
      "video with fractional duration",
      docMedia(doc([stub(Api.DocumentAttributeVideo, { duration: 4.2, w: 640, h: 360 }), stub(Api.DocumentAttributeFilename, { fileName: "v.mp4" })], "video/mp4", { thumbs: [thumb] }), { video: true }),
      "video",
      { video: { ...ids("video"), width: 640, height: 360, duration: 5, thumbnail: thumbOf("video"), file_name: "v.mp4", mime_type: "video/mp4", file_size: 1234 } },
      true,
    ],
    [
      "video note",
      docMedia(doc([stub(Api.DocumentAttributeVideo, { duration: 7, w: 240, h: 240, roundMessage: true })], "video/mp4"), { round: true }),
      "video_note",
      { video_note: { ...ids("video_note"), length: 240, duration: 7, file_size: 1234 } },
      false,
    ],
    [
      "animation is also a document",
      docMedia(doc([stub(Api.DocumentAttributeAnimated), stub(Api.DocumentAttributeVideo, { duration: 2, w: 100, h: 80 }), stub(Api.DocumentAttributeFilename, { fileName: "a.mp4" })], "video/mp4")),
      "animation",
      {
        animation: { ...ids("animation"), width: 100, height: 80, duration: 2, file_name: "a.mp4", mime_type: "video/mp4", file_size: 1234 },
        document: { ...ids("animation"), file_name: "a.mp4", mime_type: "video/mp4", file_size: 1234 },
      },
      true,
    ],
    [
      "sticker from a named set",
      docMedia(doc([
        stub(Api.DocumentAttributeSticker, { alt: "😀", stickerset: stub(Api.InputStickerSetShortName, { shortName: "Cats" }) }),
        stub(Api.DocumentAttributeImageSize, { w: 512, h: 480 }),
      ], "image/webp")),
      "sticker",
      { sticker: { ...ids("sticker"), type: "regular", width: 512, height: 480, is_animated: false, is_video: false, emoji: "😀", set_name: "Cats", file_size: 1234 } },
      false,
    ],
    [
      "animated mask sticker",
      docMedia(doc([
        stub(Api.DocumentAttributeSticker, { alt: "", mask: true, stickerset: stub(Api.InputStickerSetEmpty), maskCoords: stub(Api.MaskCoords, { n: 1, x: 0.5, y: -1, zoom: 2 }) }),
      ], "application/x-tgsticker")),
      "sticker",
      {
        sticker: {
          ...ids("sticker"), type: "mask", width: 512, height: 512, is_animated: true, is_video: false,
          mask_position: { point: "eyes", x_shift: 0.5, y_shift: -1, scale: 2 }, file_size: 1234,
        },
      },
      false,
    ],
    [
      "custom emoji video sticker",
      docMedia(doc([
        stub(Api.DocumentAttributeCustomEmoji, { alt: "⭐", textColor: true, stickerset: stub(Api.InputStickerSetID, { id: long(5), accessHash: long(6) }) }),
        stub(Api.DocumentAttributeVideo, { duration: 1, w: 100, h: 100 }),
      ], "video/webm")),
      "sticker",
      {
        sticker: {
          ...ids("sticker"), type: "custom_emoji", width: 100, height: 100, is_animated: false, is_video: true, emoji: "⭐",
          set_name: "Stars", custom_emoji_id: "11", needs_repainting: true, file_size: 1234,
        },
      },
      false,
    ],
  ];
  const ctx = { ...media, stickerSetName: (set: Api.TypeInputStickerSet) => (set instanceof Api.InputStickerSetID ? "Stars" : undefined) };
  test.each(cases)("%s", (_name, input, botType, fields, captioned) => {
    const content = toMediaContent(input, ctx, peers);
    expect(content).toEqual({ fields, captioned } as never);
    for (const [key, value] of Object.entries(content.fields)) {
      expectBotApi(key === "video_note" ? "VideoNote" : key[0]!.toUpperCase() + key.slice(1), value);
    }
    expect(Object.keys(fields)[0]).toBe(botType);
  });
});

describe("places, contacts, dice", () => {
  const geo = stub(Api.GeoPoint, { lat: 51.5, long: -0.12, accessHash: long(0) });
  const cases: [string, Api.TypeMessageMedia, object][] = [
    ["location", stub(Api.MessageMediaGeo, { geo: stub(Api.GeoPoint, { lat: 1.5, long: 2.5, accessHash: long(0), accuracyRadius: 20 }) }), { location: { latitude: 1.5, longitude: 2.5, horizontal_accuracy: 20 } }],
    [
      "live location",
      stub(Api.MessageMediaGeoLive, { geo, period: 900, heading: 90, proximityNotificationRadius: 100 }),
      { location: { latitude: 51.5, longitude: -0.12, live_period: 900, heading: 90, proximity_alert_radius: 100 } },
    ],
    [
      "foursquare venue",
      stub(Api.MessageMediaVenue, { geo, title: "Museum", address: "Street 1", provider: "foursquare", venueId: "4b", venueType: "arts/museum" }),
      {
        venue: { location: { latitude: 51.5, longitude: -0.12 }, title: "Museum", address: "Street 1", foursquare_id: "4b", foursquare_type: "arts/museum" },
        location: { latitude: 51.5, longitude: -0.12 },
      },
    ],
    [
      "google venue",
      stub(Api.MessageMediaVenue, { geo, title: "Cafe", address: "Road", provider: "gplaces", venueId: "ChIJ", venueType: "cafe" }),
      {
        venue: { location: { latitude: 51.5, longitude: -0.12 }, title: "Cafe", address: "Road", google_place_id: "ChIJ", google_place_type: "cafe" },
        location: { latitude: 51.5, longitude: -0.12 },
      },
    ],
    [
      "contact of a user",
      stub(Api.MessageMediaContact, { phoneNumber: "+100", firstName: "Ann", lastName: "Lee", vcard: "BEGIN:VCARD", userId: long(42) }),
      { contact: { phone_number: "+100", first_name: "Ann", last_name: "Lee", user_id: 42, vcard: "BEGIN:VCARD" } },
    ],
    ["contact without a user", stub(Api.MessageMediaContact, { phoneNumber: "+1", firstName: "X", userId: long(0) }), { contact: { phone_number: "+1", first_name: "X" } }],
    ["dice", stub(Api.MessageMediaDice, { value: 6, emoticon: "🎲" }), { dice: { emoji: "🎲", value: 6 } }],
  ];
  test.each(cases)("%s", (_name, input, fields) => {
    const content = toMediaContent(input, media, peers);
    expect(content).toEqual({ fields, captioned: false } as never);
    for (const [key, value] of Object.entries(content.fields)) expectBotApi(key[0]!.toUpperCase() + key.slice(1), value);
  });
});

describe("polls", () => {
  const answer = (text: string, option: string) =>
    stub(Api.PollAnswer, { text: stub(Api.TextWithEntities, { text, entities: [] }), option: Buffer.from(option) });
  const question = stub(Api.TextWithEntities, { text: "Best?", entities: [stub(Api.MessageEntityBold, { offset: 0, length: 4 })] });

  test("regular poll with votes", () => {
    const poll = stub(Api.Poll, { id: long("5000000000000000001"), question, answers: [answer("A", "0"), answer("B", "1")], multipleChoice: true, closePeriod: 60 });
    const results = stub(Api.PollResults, { totalVoters: 3, results: [stub(Api.PollAnswerVoters, { option: Buffer.from("1"), voters: 3 })] });
    const { fields } = toMediaContent(stub(Api.MessageMediaPoll, { poll, results }), media, peers);
    expect(fields.poll).toEqual({
      id: "5000000000000000001",
      question: "Best?",
      question_entities: [{ offset: 0, length: 4, type: "bold" }],
      options: [
        { persistent_id: "0", text: "A", voter_count: 0 },
        { persistent_id: "1", text: "B", voter_count: 3 },
      ],
      total_voter_count: 3,
      is_closed: false,
      is_anonymous: true,
      type: "regular",
      allows_multiple_answers: true,
      allows_revoting: true,
      members_only: false,
      open_period: 60,
    });
    expectBotApi("Poll", fields.poll);
  });

  test("closed public quiz with its answer and explanation", () => {
    const poll = stub(Api.Poll, { id: long(1), question, answers: [answer("A", "0"), answer("B", "1")], quiz: true, closed: true, publicVoters: true, closeDate: 1700000000 });
    const results = stub(Api.PollResults, {
      totalVoters: 2,
      results: [stub(Api.PollAnswerVoters, { option: Buffer.from("0"), voters: 1, correct: true }), stub(Api.PollAnswerVoters, { option: Buffer.from("1"), voters: 1 })],
      solution: "Because", solutionEntities: [stub(Api.MessageEntityItalic, { offset: 0, length: 7 })],
    });
    const { fields } = toMediaContent(stub(Api.MessageMediaPoll, { poll, results }), media, peers);
    expect(fields.poll).toMatchObject({
      type: "quiz", is_closed: true, is_anonymous: false, allows_revoting: false, correct_option_ids: [0],
      explanation: "Because", explanation_entities: [{ offset: 0, length: 7, type: "italic" }], close_date: 1700000000,
    });
    expectBotApi("Poll", fields.poll);
  });

  test("option ids that are not text are shown as hex", () => {
    expect(optionId(Buffer.from([0xff, 0x01]))).toBe("ff01");
    expect(optionId(Buffer.from("3"))).toBe("3");
  });
});
