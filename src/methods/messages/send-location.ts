import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { geoPoint, liveLocation } from "./places.ts";
import { sendContent } from "./send.ts";

/**
 * A point on the map; with live_period, a live location the bot can move later.
 * https://core.telegram.org/bots/api#sendlocation
 */
export const sendLocation: Handler = (ctx, params) => {
  const period = Number(params.live_period ?? 0);
  const media = period > 0 ? liveLocation(params, period) : new Api.InputMediaGeoPoint({ geoPoint: geoPoint(params) });
  return sendContent(ctx, params, () => ({ text: "", entities: [], media }));
};
