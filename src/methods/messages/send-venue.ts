import { Api } from "telegram";
import type { Handler, Params } from "../types.ts";
import { geoPoint } from "./places.ts";
import { sendContent } from "./send.ts";

/** The place's provider: Foursquare wins over Google Places when both are given, as in the official server. */
function provider(params: Params): { provider: string; venueId: string; venueType: string } {
  if (params.foursquare_id !== undefined || params.foursquare_type !== undefined) {
    return { provider: "foursquare", venueId: String(params.foursquare_id ?? ""), venueType: String(params.foursquare_type ?? "") };
  }
  if (params.google_place_id !== undefined || params.google_place_type !== undefined) {
    return { provider: "gplaces", venueId: String(params.google_place_id ?? ""), venueType: String(params.google_place_type ?? "") };
  }
  return { provider: "", venueId: "", venueType: "" };
}

/**
 * A named place with its address.
 * https://core.telegram.org/bots/api#sendvenue
 */
export const sendVenue: Handler = (ctx, params) => {
  const media = new Api.InputMediaVenue({
    geoPoint: geoPoint(params),
    title: String(params.title ?? ""),
    address: String(params.address ?? ""),
    ...provider(params),
  });
  return sendContent(ctx, params, () => ({ text: "", entities: [], media }));
};
