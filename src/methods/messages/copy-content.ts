/**
 * What a copy sends: the original's content, re-sent as a new message with no link to
 * the original, its caption replaced when the request gives one (TDLib's send_copy).
 */
import { Api } from "telegram";
import type { RawMessage } from "../../convert/message.ts";
import type { Account } from "../../telegram/account.ts";
import type { CallContext, Params } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { formatText, inputUser } from "./formatted.ts";
import type { Content } from "./send.ts";

function geoInput(geo: Api.TypeGeoPoint): Api.TypeInputGeoPoint {
  return geo instanceof Api.GeoPoint
    ? new Api.InputGeoPoint({ lat: geo.lat, long: geo.long, accuracyRadius: geo.accuracyRadius })
    : new Api.InputGeoPointEmpty();
}

/** The InputMedia that sends the same media again; undefined for a text message. */
function mediaInput(media: Api.TypeMessageMedia | undefined): Api.TypeInputMedia | undefined {
  if (!media || media instanceof Api.MessageMediaEmpty || media instanceof Api.MessageMediaWebPage) return undefined;
  if (media instanceof Api.MessageMediaPhoto && media.photo instanceof Api.Photo) {
    const { id, accessHash, fileReference } = media.photo;
    return new Api.InputMediaPhoto({ id: new Api.InputPhoto({ id, accessHash, fileReference }), spoiler: media.spoiler });
  }
  if (media instanceof Api.MessageMediaDocument && media.document instanceof Api.Document) {
    const { id, accessHash, fileReference } = media.document;
    return new Api.InputMediaDocument({ id: new Api.InputDocument({ id, accessHash, fileReference }), spoiler: media.spoiler });
  }
  if (media instanceof Api.MessageMediaGeo || media instanceof Api.MessageMediaGeoLive) {
    return new Api.InputMediaGeoPoint({ geoPoint: geoInput(media.geo) });
  }
  if (media instanceof Api.MessageMediaVenue) {
    const { title, address, provider, venueId, venueType } = media;
    return new Api.InputMediaVenue({ geoPoint: geoInput(media.geo), title, address, provider, venueId, venueType });
  }
  if (media instanceof Api.MessageMediaContact) {
    const { phoneNumber, firstName, lastName, vcard } = media;
    return new Api.InputMediaContact({ phoneNumber, firstName, lastName, vcard });
  }
  if (media instanceof Api.MessageMediaDice) return new Api.InputMediaDice({ emoticon: media.emoticon });
  throw MESSAGE_ERRORS.cantCopy();
}

/** Entities as a send takes them: a mention by user id needs the user's InputUser. */
function sendableEntities(account: Account, entities: Api.TypeMessageEntity[] | undefined): Api.TypeMessageEntity[] {
  return (entities ?? []).map((entity) =>
    entity instanceof Api.MessageEntityMentionName
      ? new Api.InputMessageEntityMentionName({ offset: entity.offset, length: entity.length, userId: inputUser(account, Number(entity.userId.toString())) })
      : entity,
  );
}

export function copyContent(ctx: CallContext, params: Params, account: Account, original: RawMessage): Content {
  if (!(original instanceof Api.Message)) throw MESSAGE_ERRORS.cantCopy();
  if (original.noforwards) throw MESSAGE_ERRORS.protectedContent();
  const media = mediaInput(original.media);
  const captioned = media instanceof Api.InputMediaPhoto || media instanceof Api.InputMediaDocument;
  const text = captioned && ctx.raw.has("caption")
    ? formatText(ctx, account, String(params.caption ?? ""), { parseMode: "parse_mode", entities: "caption_entities" }, { allowEmpty: true })
    : { text: original.message, entities: sendableEntities(account, original.entities) };
  const invert = captioned && ctx.raw.has("show_caption_above_media")
    ? params.show_caption_above_media === true
    : Boolean((original as { invertMedia?: boolean }).invertMedia);
  return { ...text, media, invertMedia: invert || undefined, noWebpage: !media && !(original.media instanceof Api.MessageMediaWebPage) };
}
