/**
 * Every error text of the formatter, in one table. The texts are TDLib's and the official
 * server's; `badRequest` turns one into the description the Bot API answers with.
 */

/** A formatting error; `description` is the full Bot API text ("Bad Request: …"). */
export class FormatError extends Error {
  readonly code = 400;
  constructor(readonly description: string) {
    super(description);
    this.name = "FormatError";
  }
}

/** Texts of TDLib's `parse_markdown`, `parse_markdown_v2` and `parse_html`. */
export const parseErrors = {
  entityEnd: (byte: number) => `Can't find end of the entity starting at byte offset ${byte}`,
  reserved: (char: string) => `Character '${char}' is reserved and must be escaped with the preceding '\\'`,
  typedEntityEnd: (type: string, byte: number) => `Can't find end of ${type} entity at byte offset ${byte}`,
  urlEnd: (byte: number) => `Can't find end of a URL at byte offset ${byte}`,
  emojiNeedsUrl: "The entity must contain a tg://emoji or tg://time URL",
  badEmojiUrl: "Invalid tg://emoji or tg://time URL specified",
  unclosedStartTag: (byte: number) => `Unclosed start tag at byte offset ${byte}`,
  unsupportedTag: (tag: string, byte: number) => `Unsupported start tag "${tag}" at byte offset ${byte}`,
  emptyAttribute: (tag: string, byte: number) => `Empty attribute name in the tag "${tag}" at byte offset ${byte}`,
  unclosedNamedTag: (tag: string, byte: number) => `Unclosed start tag "${tag}" at byte offset ${byte}`,
  nameTokenEnd: (byte: number) => `Unexpected end of name token at byte offset ${byte}`,
  spanClass: (byte: number) => `Tag "span" must have class "tg-spoiler" at byte offset ${byte}`,
  unexpectedEndTag: (byte: number) => `Unexpected end tag at byte offset ${byte}`,
  unclosedEndTag: (byte: number) => `Unclosed end tag at byte offset ${byte}`,
  unmatchedEndTag: (byte: number, expected: string, found: string) =>
    `Unmatched end tag at byte offset ${byte}, expected "</${expected}>", found "</${found}>"`,
  missingEndTag: (tag: string) => `Can't find end tag corresponding to start tag "${tag}"`,
  badSurrogates:
    "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units",
  badEmojiId: "Invalid custom emoji identifier specified",
  badDateFormat: "Invalid date format used",
  tooLong: "Text is too long",
} as const;

/** Reasons TDLib's `check_link` gives for a URL it refuses. */
export const urlErrors = {
  protocol: "Unsupported URL protocol",
  port: "Wrong port number specified in the URL",
  ipv6: "Wrong IPv6 address specified in the URL",
  ipv6Host: "Wrong IPv6 URL host",
  emptyHost: "URL host is empty",
  invalidHost: "Host is invalid",
  percent: (part: string) => `Wrong percent-encoded symbol in URL ${part}`,
  disallowed: (part: string) => `Disallowed character in URL ${part}`,
  tg: "Wrong tg URL",
  ton: "Wrong ton URL",
  hostChars: "Unallowed characters in URL host",
  http: "Wrong HTTP URL",
} as const;

/** Texts of the official server's JSON `MessageEntity` reader (after "Can't parse MessageEntity: "). */
export const entityJsonErrors = {
  notObject: "expected an Object",
  missing: (field: string) => `Can't find field "${field}"`,
  notString: (field: string) => `Field "${field}" must be of type String`,
  notObjectField: (field: string) => `Field "${field}" must be of type Object`,
  notNumber: (field: string) => `Field "${field}" must be a Number`,
  badNumber: (field: string) => `Field "${field}" must be a valid Number`,
  noType: "Type is not specified",
  unknownType: "Unsupported type specified",
  badDateTimeFormat: "Invalid date-time format specified",
} as const;

/** TDLib's checks of a text with entities before it is sent. */
export const textErrors = {
  badOffset: (offset: number) => `Receive an entity with incorrect offset ${offset}`,
  badLength: (length: number) => `Receive an entity with incorrect length ${length}`,
  endsInSymbol: (offset: number, byte: number) =>
    `Entity beginning at UTF-16 offset ${offset} ends in a middle of a UTF-16 symbol at byte offset ${byte}`,
  beginsInSymbol: (byte: number) => `Entity begins in a middle of a UTF-16 symbol at byte offset ${byte}`,
  beginsAfterEnd: (offset: number) => `Entity begins after the end of the text at UTF-16 offset ${offset}`,
  endsAfterEnd: (offset: number, end: number) =>
    `Entity beginning at UTF-16 offset ${offset} ends after the end of the text at UTF-16 offset ${end}`,
  empty: "Text must be non-empty",
  badUrl: (url: string, reason: string) => `Entity URL '${url}' is invalid: ${reason}`,
  badEmojiId: "Invalid custom emoji identifier specified",
  badDate: "Invalid date specified",
  userNotFound: "User not found",
} as const;

/** The official server's own checks of the text parameters. */
export const requestErrors = {
  tooLong: "Text is too long",
  parseMode: "Unsupported parse_mode",
} as const;

/**
 * The official server's rendering of a 400: "Bad Request: " and the message with its first
 * letter lowered, unless the message looks like an RPC error name.
 * https://github.com/tdlib/telegram-bot-api (Client::fail_query_with_error)
 */
export function badRequest(message: string): FormatError {
  const keep = message.length >= 2 && (message[1] === "_" || (message[1]! >= "A" && message[1]! <= "Z"));
  const text = keep ? message : message.charAt(0).toLowerCase() + message.slice(1);
  return new FormatError(`Bad Request: ${text}`);
}

/** An error of a parse_mode parser, as "Bad Request: can't parse entities: …". */
export function cantParseEntities(message: string): FormatError {
  return badRequest(`Can't parse entities: ${message}`);
}

/** An error in an explicit JSON entity, as "Bad Request: can't parse MessageEntity: …". */
export function cantParseEntity(message: string): FormatError {
  return badRequest(`Can't parse MessageEntity: ${message}`);
}
