/** Locations as the send and edit methods read them (the official get_location). */
import { Api } from "telegram";
import type { Params } from "../types.ts";

export function geoPoint(params: Params): Api.InputGeoPoint {
  const accuracy = Number(params.horizontal_accuracy ?? 0);
  return new Api.InputGeoPoint({
    lat: Number(params.latitude ?? 0),
    long: Number(params.longitude ?? 0),
    accuracyRadius: accuracy > 0 ? Math.round(accuracy) : undefined,
  });
}

/** A live location: `live_period` seconds (0x7FFFFFFF: until stopped), heading and alert radius. */
export function liveLocation(params: Params, period?: number): Api.InputMediaGeoLive {
  const heading = Number(params.heading ?? 0);
  const radius = Number(params.proximity_alert_radius ?? 0);
  return new Api.InputMediaGeoLive({
    geoPoint: geoPoint(params),
    period,
    heading: heading > 0 ? heading : undefined,
    proximityNotificationRadius: radius > 0 ? radius : undefined,
  });
}
