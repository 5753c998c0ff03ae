/**
 * Explicit `entities` (a JSON array of MessageEntity) read the way the official server
 * reads them (`Client::get_text_entity`), then checked as TDLib checks them
 * (`get_message_entities`).
 * https://core.telegram.org/bots/api#messageentity
 */
import { badRequest, cantParseEntity, entityJsonErrors, textErrors } from "./errors.ts";
import { checkLink, DateFlag, linkUserId, toIntegerSafe } from "./links.ts";
import type { Entity } from "./types.ts";

/** A JSON number kept as its source text, as the official JSON reader keeps it. */
class RawNumber {
  constructor(readonly source: string) {}
}

type JsonObject = Record<string, unknown>;

const MAX_USER_ID = 2 ** 40 - 1;

/** Decodes the parameter; text that is not JSON, or JSON that is not an array, means no entities. */
function decodeList(input: unknown): unknown[] {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input, (_key, v, context?: { source?: string }) =>
        typeof v === "number" && context?.source !== undefined ? new RawNumber(context.source) : v,
      );
    } catch {
      return [];
    }
  }
  return Array.isArray(value) ? value : [];
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);
}

/** The text of a JSON string or number field, as `get_*_string_field` gives it. */
function stringField(object: JsonObject, name: string, required: boolean): string | undefined {
  if (!Object.hasOwn(object, name)) {
    if (required) throw cantParseEntity(entityJsonErrors.missing(name));
    return undefined;
  }
  const v = object[name];
  if (typeof v === "string") return v;
  if (v instanceof RawNumber) return v.source;
  if (typeof v === "number") return String(v);
  throw cantParseEntity(entityJsonErrors.notString(name));
}

/** A required integer field of `bits` bits, given as a JSON number or a string. */
function integerField(object: JsonObject, name: string, bits: 32 | 64): bigint {
  if (!Object.hasOwn(object, name)) throw cantParseEntity(entityJsonErrors.missing(name));
  const v = object[name];
  const text = typeof v === "string" ? v : v instanceof RawNumber ? v.source : typeof v === "number" ? String(v) : null;
  if (text === null) throw cantParseEntity(entityJsonErrors.notNumber(name));
  const parsed = toIntegerSafe(text, bits);
  if (parsed === undefined) throw cantParseEntity(entityJsonErrors.badNumber(name));
  return parsed;
}

/** Date flags of a Bot API `date_time_format` (the last 't'/'T' and 'd'/'D' win), or undefined if invalid. */
function botApiDateFlags(format: string): number | undefined {
  if (format === "r" || format === "R") return DateFlag.relative;
  let time = 0;
  let date = 0;
  let week = 0;
  for (const c of format) {
    if (c === "t" || c === "T") time = c === "t" ? DateFlag.shortTime : DateFlag.longTime;
    else if (c === "d" || c === "D") date = c === "d" ? DateFlag.shortDate : DateFlag.longDate;
    else if (c === "w" || c === "W") week = DateFlag.dayOfWeek;
    else return undefined;
  }
  return time | date | week;
}

/** One entity in the official server's reading; undefined for auto-detected types, which it ignores. */
function readEntity(value: unknown): Entity | undefined {
  if (!isObject(value)) throw cantParseEntity(entityJsonErrors.notObject);
  const offset = Number(integerField(value, "offset", 32));
  const length = Number(integerField(value, "length", 32));
  const type = stringField(value, "type", true)!;
  if (type === "") throw cantParseEntity(entityJsonErrors.noType);
  const base = { offset, length };
  switch (type) {
    case "bold":
    case "italic":
    case "underline":
    case "strikethrough":
    case "spoiler":
    case "code":
    case "blockquote":
    case "expandable_blockquote":
      return { kind: type, ...base };
    case "pre": {
      const language = stringField(value, "language", false) ?? "";
      return language ? { kind: "pre_code", ...base, argument: language } : { kind: "pre", ...base };
    }
    case "text_link":
      return { kind: "text_url", ...base, argument: stringField(value, "url", true)! };
    case "text_mention": {
      if (!Object.hasOwn(value, "user")) throw cantParseEntity(entityJsonErrors.missing("user"));
      const user = value.user;
      if (!isObject(user)) throw cantParseEntity(entityJsonErrors.notObjectField("user"));
      return { kind: "mention_name", ...base, userId: Number(integerField(user, "id", 64)) };
    }
    case "custom_emoji":
      return { kind: "custom_emoji", ...base, customEmojiId: integerField(value, "custom_emoji_id", 64).toString() };
    case "date_time": {
      const unix = Number(integerField(value, "unix_time", 32));
      const flags = botApiDateFlags(stringField(value, "date_time_format", false) ?? "");
      if (flags === undefined) throw cantParseEntity(entityJsonErrors.badDateTimeFormat);
      return { kind: "date_time", ...base, date: { unix, flags } };
    }
    case "mention":
    case "hashtag":
    case "cashtag":
    case "bot_command":
    case "url":
    case "email":
    case "phone_number":
    case "bank_card_number":
      return undefined;
    default:
      throw cantParseEntity(entityJsonErrors.unknownType);
  }
}

/** TDLib's checks of one entity before the text is fixed: links, users, emoji ids and dates. */
function checkEntity(entity: Entity): Entity {
  switch (entity.kind) {
    case "text_url": {
      const url = entity.argument ?? "";
      const userId = linkUserId(url);
      if (userId !== undefined) return { kind: "mention_name", offset: entity.offset, length: entity.length, userId };
      const checked = checkLink(url);
      if ("error" in checked) throw badRequest(textErrors.badUrl(url, checked.error));
      return { ...entity, argument: checked.ok };
    }
    case "mention_name":
      if (!(entity.userId! > 0 && entity.userId! <= MAX_USER_ID)) throw badRequest(textErrors.userNotFound);
      return entity;
    case "custom_emoji":
      if (entity.customEmojiId === "0") throw badRequest(textErrors.badEmojiId);
      return entity;
    case "date_time":
      if (entity.date!.unix <= 0) throw badRequest(textErrors.badDate);
      return entity;
    default:
      return entity;
  }
}

/** Reads and checks explicit entities; throws FormatError with the official text. */
export function readEntities(input: unknown): Entity[] {
  const read = decodeList(input).map(readEntity);
  return read.filter((e): e is Entity => e !== undefined).map(checkEntity);
}
