/**
 * A message's TL media → its Bot API content fields (photo, document, …, poll, venue).
 * https://core.telegram.org/bots/api#message
 */
import type { Message } from "@grammyjs/types";
import { Api } from "telegram";
import type { PeerDirectory } from "../peers.ts";
import { toDocumentContent, type Sticker } from "./document.ts";
import type { MediaContext } from "./file-location.ts";
import { toPhotoSizes } from "./photo.ts";
import { toContact, toDice, toLocation, toVenue } from "./places.ts";
import { toPoll } from "./poll.ts";

export type ContentFields = Partial<
  Pick<Message, "photo" | "has_media_spoiler" | "animation" | "document" | "audio" | "video" | "video_note" | "voice"
    | "contact" | "dice" | "poll" | "venue" | "location">
> & { sticker?: Sticker };

export interface MediaContent {
  readonly fields: ContentFields;
  /** Whether the message's text is this media's caption rather than its text. */
  readonly captioned: boolean;
}

const NONE: MediaContent = { fields: {}, captioned: false };

export function toMediaContent(
  media: Api.TypeMessageMedia | undefined, ctx: MediaContext, peers: PeerDirectory,
): MediaContent {
  if (media instanceof Api.MessageMediaPhoto) {
    const photo = toPhotoSizes(media.photo, ctx.fileIds);
    if (photo.length === 0) return NONE;
    return { fields: withSpoiler({ photo }, media.spoiler), captioned: true };
  }
  if (media instanceof Api.MessageMediaDocument) {
    if (!(media.document instanceof Api.Document)) return NONE;
    const content = toDocumentContent(media.document, ctx, { round: media.round, voice: media.voice });
    switch (content.kind) {
      case "sticker":
        return { fields: { sticker: content.value }, captioned: false };
      case "video_note":
        return { fields: { video_note: content.value }, captioned: false };
      case "animation":
        return {
          fields: withSpoiler({ animation: content.value, document: content.document }, media.spoiler), captioned: true,
        };
      case "video":
        return { fields: withSpoiler({ video: content.value }, media.spoiler), captioned: true };
      case "voice":
        return { fields: { voice: content.value }, captioned: true };
      case "audio":
        return { fields: { audio: content.value }, captioned: true };
      case "document":
        return { fields: { document: content.value }, captioned: true };
    }
  }
  if (media instanceof Api.MessageMediaContact) return { fields: { contact: toContact(media) }, captioned: false };
  if (media instanceof Api.MessageMediaDice) return { fields: { dice: toDice(media) }, captioned: false };
  if (media instanceof Api.MessageMediaPoll) {
    return { fields: { poll: toPoll(media.poll, media.results, peers) }, captioned: false };
  }
  if (media instanceof Api.MessageMediaVenue) {
    const venue = toVenue(media);
    return venue ? { fields: { venue, location: venue.location }, captioned: false } : NONE;
  }
  if (media instanceof Api.MessageMediaGeo || media instanceof Api.MessageMediaGeoLive) {
    const location = toLocation(media.geo, media instanceof Api.MessageMediaGeoLive ? media : undefined);
    return location ? { fields: { location }, captioned: false } : NONE;
  }
  return NONE;
}

function withSpoiler(fields: ContentFields, spoiler: boolean | undefined): ContentFields {
  return spoiler ? { ...fields, has_media_spoiler: true } : fields;
}
