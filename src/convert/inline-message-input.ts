/**
 * What an inline result sends when chosen: Bot API InputMessageContent (or the legacy
 * `message_text` of a result) → TL InputBotInlineMessage, as the official server reads
 * it (Client::get_input_message_content, get_location, get_venue).
 * https://core.telegram.org/bots/api#inputmessagecontent
 */
import type { MessageEntity } from "@grammyjs/types";
import { Api } from "telegram";
import { FormatError, parseText } from "../format/index.ts";
import { BotApiError } from "../methods/types.ts";
import { type InputUserOf, toTlEntity } from "./entities.ts";
import { FIELD } from "./errors.ts";
import { FieldError, type JsonObject, optBool, optInt, optObject, optString, reqString } from "./json-fields.ts";

/** A text with entities, ready for TL. */
export interface TlText {
  message: string;
  entities?: Api.TypeMessageEntity[];
}

/** parse_mode / entities of a text, as sendMessage reads them; failures carry the official text. */
export function formatText(text: string, parseMode: string | undefined, entities: unknown, inputUser: InputUserOf, allowEmpty: boolean): TlText {
  try {
    const parsed = parseText(text, parseMode, entities, { allowEmpty });
    const tl = parsed.entities.map((e) => toTlEntity(e as MessageEntity, inputUser));
    return { message: parsed.text, ...(tl.length > 0 ? { entities: tl } : {}) };
  } catch (error) {
    // The formatter's description is already the full official text.
    if (error instanceof FormatError) throw new BotApiError(400, error.description);
    throw error;
  }
}

/** JsonObject::get_required_double_field: a number, or a string holding one. */
function reqDouble(o: JsonObject, name: string): number {
  const v = o[name];
  if (v === undefined) throw new FieldError(FIELD.missing(name));
  if (typeof v !== "number" && typeof v !== "string") throw new FieldError(FIELD.notNumber(name));
  const n = Number(v);
  if (!Number.isFinite(n)) throw new FieldError(FIELD.notValidNumber(name));
  return n;
}

function optDouble(o: JsonObject, name: string): number | undefined {
  return o[name] === undefined ? undefined : reqDouble(o, name);
}

export function readGeoPoint(o: JsonObject): Api.InputGeoPoint {
  const lat = reqDouble(o, "latitude");
  const long = reqDouble(o, "longitude");
  const accuracy = optDouble(o, "horizontal_accuracy");
  return new Api.InputGeoPoint({ lat, long, accuracyRadius: accuracy ? Math.round(accuracy) : undefined });
}

/** Live location fields; zero means "not given", as TDLib reads them. */
export function readGeoMessage(o: JsonObject, replyMarkup?: Api.TypeReplyMarkup): Api.InputBotInlineMessageMediaGeo {
  const geoPoint = readGeoPoint(o);
  const period = optInt(o, "live_period");
  const heading = optInt(o, "heading");
  const radius = optInt(o, "proximity_alert_radius");
  return new Api.InputBotInlineMessageMediaGeo({
    geoPoint,
    period: period || undefined,
    heading: heading || undefined,
    proximityNotificationRadius: radius || undefined,
    replyMarkup,
  });
}

/** Foursquare wins over Google Places when both are given, as in the official server. */
export function readVenueMessage(o: JsonObject, replyMarkup?: Api.TypeReplyMarkup): Api.InputBotInlineMessageMediaVenue {
  const geoPoint = readGeoPoint(o);
  const title = reqString(o, "title");
  const address = reqString(o, "address");
  const foursquare = [optString(o, "foursquare_id") ?? "", optString(o, "foursquare_type") ?? ""];
  const google = [optString(o, "google_place_id") ?? "", optString(o, "google_place_type") ?? ""];
  const [provider, venueId, venueType] = foursquare.some(Boolean)
    ? ["foursquare", ...foursquare]
    : google.some(Boolean)
      ? ["gplaces", ...google]
      : ["", "", ""];
  return new Api.InputBotInlineMessageMediaVenue({ geoPoint, title, address, provider, venueId, venueType, replyMarkup });
}

export function readContactMessage(o: JsonObject, replyMarkup?: Api.TypeReplyMarkup): Api.InputBotInlineMessageMediaContact {
  return new Api.InputBotInlineMessageMediaContact({
    phoneNumber: reqString(o, "phone_number"),
    firstName: reqString(o, "first_name"),
    lastName: optString(o, "last_name") ?? "",
    vcard: optString(o, "vcard") ?? "",
    replyMarkup,
  });
}

function textMessage(o: JsonObject, text: string, inputUser: InputUserOf, replyMarkup?: Api.TypeReplyMarkup) {
  const preview = optObject(o, "link_preview_options");
  const disabled = preview ? optBool(preview, "is_disabled") : optBool(o, "disable_web_page_preview");
  const above = preview ? optBool(preview, "show_above_text") : false;
  const formatted = formatText(text, optString(o, "parse_mode"), o.entities, inputUser, false);
  return new Api.InputBotInlineMessageText({ ...formatted, noWebpage: disabled || undefined, invertMedia: above || undefined, replyMarkup });
}

/**
 * input_message_content → TL, or undefined when it names nothing the official server
 * knows (the caller then uses the result's own media). Invoices belong to the payments
 * methods and are not read here.
 */
export function readInputMessageContent(
  o: JsonObject, inputUser: InputUserOf, replyMarkup?: Api.TypeReplyMarkup,
): Api.TypeInputBotInlineMessage | undefined {
  const text = optString(o, "message_text") ?? "";
  if (text !== "") return textMessage(o, text, inputUser, replyMarkup);
  if (o.latitude !== undefined && o.longitude !== undefined) {
    return o.title !== undefined && o.address !== undefined ? readVenueMessage(o, replyMarkup) : readGeoMessage(o, replyMarkup);
  }
  if (o.phone_number !== undefined) return readContactMessage(o, replyMarkup);
  return undefined;
}

/** The legacy form: `message_text` (and its options) on the result itself. */
export function readLegacyText(o: JsonObject, inputUser: InputUserOf, required: boolean, replyMarkup?: Api.TypeReplyMarkup) {
  const text = required ? reqString(o, "message_text") : (optString(o, "message_text") ?? "");
  if (!required && text === "") return undefined;
  const disabled = optBool(o, "disable_web_page_preview");
  const formatted = formatText(text, optString(o, "parse_mode"), o.entities, inputUser, false);
  return new Api.InputBotInlineMessageText({ ...formatted, noWebpage: disabled || undefined, replyMarkup });
}
