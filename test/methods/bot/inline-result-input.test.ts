/** The InlineQueryResult → TL converter, kind by kind (pure, no sandbox). */
import { describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import { type InlineResultContext, toInputInlineResult } from "../../../src/convert/inline-result-input.ts";
import { tlToJson } from "../../../src/sandbox/control/tl-json.ts";

const inputUser = (id: number) => new Api.InputUser({ userId: bigInt(id), accessHash: bigInt(0) });
const ctx: InlineResultContext = {
  inputUser,
  markup: { isPrivate: false, isChannel: false, inputUser, loginBot: () => new Api.InputUserSelf() },
};
const convert = (value: unknown) => tlToJson(toInputInlineResult(value, ctx)) as Record<string, any>;

const STICKER = "CAACAgQAAxkBAAIFDF6YtEvR0cUHdlqq6W9IN3pDroKzAAKIAAOI_8AV6TJIsFy4Oc8YBA";
const ANIMATION = "CgACAgQAAxkDAAILQ18a7bJ1qnu7zTnXDhGs0XZTqvi3AAJWAgACflDdUKs1tOPjqZ07GgQ";

describe("InlineQueryResult → InputBotInlineResult", () => {
  test.each<[string, unknown, Record<string, unknown>]>([
    ["gif by URL", { type: "gif", id: "g", gif_url: "https://a.org/x.gif", gif_width: 10, gif_height: 20, gif_duration: 3, thumbnail_url: "https://a.org/t.gif", thumbnail_mime_type: "image/gif" },
      { _: "InputBotInlineResult", type: "gif", content: { mimeType: "image/gif" }, thumb: { mimeType: "image/gif" } }],
    ["mpeg4 gif by URL", { type: "mpeg4_gif", id: "m", mpeg4_url: "https://a.org/x.mp4" }, { type: "gif", content: { url: "https://a.org/x.mp4", mimeType: "video/mp4" } }],
    ["cached gif", { type: "gif", id: "g2", gif_file_id: ANIMATION }, { _: "InputBotInlineResultDocument", type: "gif", document: { _: "InputDocument" } }],
    ["video", { type: "video", id: "v", title: "V", video_url: "https://a.org/v.mp4", mime_type: "video/mp4", video_duration: 9 },
      { type: "video", title: "V", content: { mimeType: "video/mp4", attributes: [{ _: "DocumentAttributeVideo", duration: 9 }] } }],
    ["audio", { type: "audio", id: "a", audio_url: "https://a.org/a.mp3", title: "Song", performer: "Band" },
      { type: "audio", title: "Song", description: "Band", content: { mimeType: "audio/mpeg", attributes: [{ _: "DocumentAttributeAudio", title: "Song", performer: "Band" }] } }],
    ["voice", { type: "voice", id: "vo", title: "Memo", voice_url: "https://a.org/v.ogg", voice_duration: 4 },
      { type: "voice", content: { mimeType: "audio/ogg", attributes: [{ _: "DocumentAttributeAudio", voice: true, duration: 4 }] } }],
    ["cached sticker", { type: "sticker", id: "s", sticker_file_id: STICKER }, { _: "InputBotInlineResultDocument", type: "sticker", sendMessage: { _: "InputBotInlineMessageMediaAuto", message: "" } }],
    ["game", { type: "game", id: "gm", game_short_name: "tetris" }, { _: "InputBotInlineResultGame", shortName: "tetris", sendMessage: { _: "InputBotInlineMessageGame" } }],
    ["article with hidden URL and legacy thumb", { type: "article", id: "x", title: "T", url: "https://a.org", hide_url: true, thumb_url: "https://a.org/t.jpg", thumb_width: 5, thumb_height: 6, message_text: "hi" },
      { type: "article", thumb: { url: "https://a.org/t.jpg", attributes: [{ w: 5, h: 6 }] }, sendMessage: { _: "InputBotInlineMessageText", message: "hi" } }],
    ["caption above the media", { type: "photo", id: "p", photo_url: "https://a.org/p.jpg", caption: "c", show_caption_above_media: true },
      { sendMessage: { _: "InputBotInlineMessageMediaAuto", message: "c", invertMedia: true }, thumb: { url: "https://a.org/p.jpg" } }],
    ["venue from Google Places", { type: "venue", id: "ve", title: "Park", address: "A", latitude: 1, longitude: 2, google_place_id: "g1", google_place_type: "park" },
      { type: "venue", description: "A", sendMessage: { provider: "gplaces", venueId: "g1", venueType: "park" } }],
    ["live location content", { type: "location", id: "l", title: "Me", latitude: "1.5", longitude: 2, live_period: 60, heading: 90 },
      { type: "geo", sendMessage: { period: 60, heading: 90, geoPoint: { lat: 1.5, long: 2 } } }],
    ["text content without preview, with a mention", {
      type: "article", id: "t", title: "T",
      input_message_content: { message_text: "Ann", entities: [{ type: "text_mention", offset: 0, length: 3, user: { id: 7 } }], link_preview_options: { is_disabled: true } },
    }, { sendMessage: { noWebpage: true, entities: [{ _: "InputMessageEntityMentionName", userId: { userId: 7 } }] } }],
    ["contact content of a photo", { type: "photo", id: "pc", photo_url: "https://a.org/p.jpg", input_message_content: { phone_number: "+1", first_name: "A" } },
      { sendMessage: { _: "InputBotInlineMessageMediaContact", phoneNumber: "+1", firstName: "A" } }],
  ])("%s", (_, input, expected) => {
    expect(convert(input)).toMatchObject(expected);
  });

  test.each<[string, unknown, string]>([
    ["URL audio without title", { type: "audio", id: "a", audio_url: "https://a.org/a.mp3" }, 'Can\'t find field "title"'],
    ["URL document without MIME type", { type: "document", id: "d", title: "D", document_url: "https://a.org/d.pdf" }, 'Can\'t find field "mime_type"'],
    ["location without latitude", { type: "location", id: "l", title: "T", longitude: 1 }, 'Can\'t find field "latitude"'],
    ["latitude of the wrong type", { type: "location", id: "l", title: "T", latitude: true, longitude: 1 }, 'Field "latitude" must be a Number'],
    ["id of the wrong type", { type: "photo", id: {}, photo_url: "https://a.org" }, 'Field "id" must be of type String'],
    ["reply keyboard instead of an inline one", { type: "article", id: "1", title: "t", message_text: "x", reply_markup: { keyboard: [["a"]] } }, "Inline keyboard expected"],
  ])("%s is refused", (_, input, reason) => {
    expect(() => toInputInlineResult(input, ctx)).toThrow(`Bad Request: can't parse inline query result: ${reason}`);
  });
});
