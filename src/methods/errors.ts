/**
 * Every error text the HTTP layer and the method table give, in one place, worded as the
 * official telegram-bot-api server words them (its HttpReader, HttpConnection,
 * ClientManager and Client argument helpers).
 */
import { BotApiError } from "./types.ts";

/** Fixed texts: [status, description]. */
export const TEXTS = {
  notFound: [404, "Not Found"],
  methodNotFound: [404, "Not Found: method not found"],
  /** A user account calling a bot-only method: to it the method does not exist. */
  botOnly: [404, "Not Found: method not found"],
  invalidToken: [401, "Unauthorized: invalid token specified"],
  unallowedToken: [421, "Misdirected Request: unallowed token specified"],
  verbNotImplemented: [501, "Not Implemented"],
  unsupportedContentEncoding: [415, "Unsupported Media Type: unsupported content-encoding"],
  tooManyParameters: [413, "Request Entity Too Large: too many parameters"],
  tooManyFormParameters: [413, "Request Entity Too Large: too many parameters in form data"],
  tooManyFiles: [413, "Request Entity Too Large: too many files attached"],
  headersTooLarge: [431, "Request Header Fields Too Large: total headers size exceeded"],
  boundaryNotFound: [400, "Bad Request: boundary not found"],
  boundaryValueNotFound: [400, "Bad Request: boundary value not found"],
  boundaryBad: [400, "Bad Request: boundary too big or empty"],
  partHeadersEmpty: [400, "Bad Request: headers in multipart/form-data are empty"],
  partDisposition: [400, "Bad Request: expected form-data content disposition"],
  partUnclosedQuote: [400, "Bad Request: unclosed quoted string in Content-Disposition header"],
  partBadEscape: [400, "Bad Request: wrong escape sequence in Content-Disposition header"],
  partExpectedSemicolon: [400, "Bad Request: expected ';' in Content-Disposition header"],
  partNoName: [400, "Bad Request: field name in multipart/form-data not found"],
  partHeadersUnparsable: [400, "Bad Request: can't parse form data headers"],
  unexpectedEnd: [400, "Bad Request: unexpected end of request content"],
  tempFile: [500, "Internal Server Error: can't create temporary file"],
  uploadFailed: [500, "Internal Server Error: can't upload the file"],
} as const satisfies Record<string, readonly [number, string]>;

export type TextKey = keyof typeof TEXTS;

export function apiError(key: TextKey): BotApiError {
  const [code, description] = TEXTS[key];
  return new BotApiError(code, description);
}

export const contentTooLarge = (length: number) =>
  new BotApiError(413, `Request Entity Too Large: content length is ${length}`);

export const fileTooBig = (size: number) =>
  new BotApiError(413, `Request Entity Too Large: file of size ${size} is too big to be uploaded`);

export const notImplemented = (method: string) =>
  new BotApiError(501, `Not Implemented: ${method} is not implemented yet`);

export const retryAfter = (seconds: number) =>
  new BotApiError(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds });

export const internalError = (message: string) =>
  new BotApiError(500, `Internal Server Error: ${message || "unexpected error"}`);

/**
 * Texts for a missing parameter, keyed "method.param" (one method) or "param" (every
 * method); anything else gets `parameter "x" is required`.
 */
const MISSING: Record<string, string> = {
  chat_id: "chat_id is empty",
  // The official resolves from_chat_id with the same helper as chat_id, text included.
  from_chat_id: "chat_id is empty",
  sender_chat_id: "sender_chat_id is empty",
  user_id: "invalid user_id specified",
  message_ids: "message identifiers are not specified",
  user_ids: "user identifiers are not specified",
  latitude: "latitude is empty",
  longitude: "longitude is empty",
  "sendMessage.text": "message text is empty",
  "editMessageText.text": "message text is empty",
  "deleteMessage.chat_id": "chat identifier is not specified",
  "deleteMessage.message_id": "message identifier is not specified",
  "sendChatAction.action": "wrong parameter action in request",
  "getStickerSet.name": "sticker_set_name is empty",
  "setChatStickerSet.sticker_set_name": "sticker_set_name is empty",
  "sendPhoto.photo": "there is no photo in the request",
  "sendLivePhoto.live_photo": "there is no live photo in the request",
  "sendLivePhoto.photo": "there is no photo in the request",
  "sendAudio.audio": "there is no audio in the request",
  "sendDocument.document": "there is no document in the request",
  "sendVideo.video": "there is no video in the request",
  "sendAnimation.animation": "there is no animation in the request",
  "sendVoice.voice": "there is no voice in the request",
  "sendVideoNote.video_note": "there is no video note in the request",
  "sendSticker.sticker": "there is no sticker in the request",
  "setChatPhoto.photo": "there is no photo in the request",
};

/**
 * Texts for a JSON-serialized parameter that is not JSON, keyed like MISSING; the
 * default is `can't parse <param> JSON object` (the official's own generic form).
 */
const UNPARSABLE: Record<string, string> = {
  reply_markup: "can't parse reply keyboard markup JSON object",
  reply_parameters: "can't parse reply parameters JSON object",
  suggested_post_parameters: "can't parse suggested post parameters JSON object",
  link_preview_options: "can't parse link preview options JSON object",
  permissions: "can't parse permissions JSON object",
  scope: "can't parse BotCommandScope JSON object",
  commands: "can't parse commands JSON object",
  menu_button: "can't parse menu button JSON object",
  rights: "can't parse ChatAdministratorRights JSON object",
  mask_position: "can't parse mask position JSON object",
  emoji_list: "can't parse emoji list JSON array",
  keywords: "can't parse keywords JSON object",
  sticker: "can't parse sticker JSON object",
  stickers: "can't parse stickers JSON object",
  errors: "can't parse errors JSON object",
  button: "can't parse inline query results button JSON object",
  options: "can't parse options JSON object",
  checklist: "can't parse InputChecklist JSON object",
  prices: "can't parse prices JSON object",
  shipping_options: "can't parse shipping options JSON object",
  suggested_tip_amounts: "can't parse suggested_tip_amounts JSON object",
  reaction: "can't parse reaction types JSON object",
  custom_emoji_ids: "can't parse custom emoji identifiers JSON object",
  correct_option_ids: "can't parse correct option identifiers JSON object",
  accepted_gift_types: "can't parse accepted gift types JSON object",
  areas: "can't parse story areas JSON object",
  content: "can't parse story content JSON object",
  photo: "can't parse photo JSON object",
  media: "can't parse media JSON object",
  "editMessageMedia.media": "can't parse input media JSON object",
  "sendPaidMedia.media": "can't parse paid media JSON object",
  "savePreparedKeyboardButton.button": "can't parse keyboard button JSON object",
  "answerInlineQuery.results": "can't parse JSON encoded inline query results",
  "answerWebAppQuery.result": "can't parse JSON encoded web view query results",
};

function lookup(table: Record<string, string>, method: string, param: string): string | undefined {
  return table[`${method}.${param}`] ?? table[param];
}

export function missingParam(method: string, param: string): BotApiError {
  return new BotApiError(400, `Bad Request: ${lookup(MISSING, method, param) ?? `parameter "${param}" is required`}`);
}

export function unparsableParam(method: string, param: string): BotApiError {
  return new BotApiError(400, `Bad Request: ${lookup(UNPARSABLE, method, param) ?? `can't parse ${param} JSON object`}`);
}

/**
 * TDLib's and the official server's own texts for the bot-settings, query and
 * forum-topic methods, before the "Bad Request: " casing rule (convert/errors.ts
 * botApiText) is applied.
 */
export const BOT_SETTINGS = {
  scope: (reason: string) => `Can't parse BotCommandScope: ${reason}`,
  scopeNotObject: "BotCommandScope must be an Object",
  scopeType: "Unsupported type specified",
  scopeChatEmpty: "Empty chat_id specified",
  scopeUserId: "Invalid user_id specified",
  scopePrivate: "Can't use specified scope in private chats",
  scopeChannel: "Can't change commands in channel chats",
  commands: (reason: string) => `Can't parse BotCommand: ${reason}`,
  commandsNotArray: "Expected an Array of BotCommand",
  commandNotObject: "expected an Object",
  commandEmpty: "Command must be non-empty",
  commandTooLong: "Command length must not exceed 32",
  descriptionEmpty: "Command description must be non-empty",
  descriptionTooLong: "Command description length must not exceed 256",
  languageCode: "Invalid language code specified",
  menuButton: (reason: string) => `Can't parse menu button: ${reason}`,
  menuButtonNotObject: "MenuButton must be an Object",
  menuButtonType: "MenuButton has unsupported type",
  menuButtonText: "Menu button text must be non-empty",
  /** TDLib's prefix for a bad Web App URL of a menu button. */
  menuButtonUrl: "Menu button Web App ",
  invalidChatId: "Invalid chat_id specified",
  rights: (reason: string) => `Can't parse ChatAdministratorRights: ${reason}`,
  rightsNotObject: "ChatAdministratorRights must be an Object",
  userNotFound: "User not found",
  notForum: "Chat is not a forum",
  invalidUserId: "Invalid user_id specified",
} as const;
