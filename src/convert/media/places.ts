/**
 * TL geo, venue, contact and dice media → Bot API Location, Venue, Contact, Dice.
 * https://core.telegram.org/bots/api#location
 */
import type { Contact, Dice, Location, Venue } from "@grammyjs/types";
import { Api } from "telegram";
import { toNumber } from "../long.ts";

export function toLocation(geo: Api.TypeGeoPoint, live?: Api.MessageMediaGeoLive): Location | undefined {
  if (!(geo instanceof Api.GeoPoint)) return undefined;
  const out: Location = { latitude: geo.lat, longitude: geo.long };
  if (geo.accuracyRadius) out.horizontal_accuracy = geo.accuracyRadius;
  if (live) {
    out.live_period = live.period;
    if (live.heading) out.heading = live.heading;
    if (live.proximityNotificationRadius) out.proximity_alert_radius = live.proximityNotificationRadius;
  }
  return out;
}

export function toVenue(media: Api.MessageMediaVenue): Venue | undefined {
  const location = toLocation(media.geo);
  if (!location) return undefined;
  const out: Venue = { location, title: media.title, address: media.address };
  if (media.provider === "foursquare") {
    if (media.venueId) out.foursquare_id = media.venueId;
    if (media.venueType) out.foursquare_type = media.venueType;
  } else if (media.provider === "gplaces") {
    if (media.venueId) out.google_place_id = media.venueId;
    if (media.venueType) out.google_place_type = media.venueType;
  }
  return out;
}

export function toContact(media: Api.MessageMediaContact): Contact {
  const out: Contact = { phone_number: media.phoneNumber, first_name: media.firstName };
  if (media.lastName) out.last_name = media.lastName;
  const userId = toNumber(media.userId);
  if (userId) out.user_id = userId;
  if (media.vcard) out.vcard = media.vcard;
  return out;
}

export const toDice = (media: Api.MessageMediaDice): Dice => ({ emoji: media.emoticon as Dice["emoji"], value: media.value });
