/**
 * Every error text the converters give, worded as the official server gives them: its
 * JSON helpers (Client.cpp, tdutils JsonBuilder) and TDLib's checks (ReplyMarkup.cpp,
 * LinkManager.cpp, HttpUrl.cpp). `botApiText` applies the official server's casing rule.
 */
import { BotApiError } from "../methods/types.ts";

export const FIELD = {
  missing: (name: string) => `Can't find field "${name}"`,
  notString: (name: string) => `Field "${name}" must be of type String`,
  notBoolean: (name: string) => `Field "${name}" must be of type Boolean`,
  notNumber: (name: string) => `Field "${name}" must be a Number`,
  notValidNumber: (name: string) => `Field "${name}" must be a valid Number`,
  notOfType: (name: string, type: "Array" | "Object") => `Field "${name}" must be of type ${type}`,
} as const;

export const MARKUP = {
  unparsable: "Can't parse reply keyboard markup JSON object",
  notObject: "Object expected as reply markup",
  inlineExpected: "Inline keyboard expected",
  keyboardRows: 'Field "keyboard" must be an Array of Arrays',
  inlineRows: 'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
  button: (reason: string) => `Can't parse keyboard button: ${reason}`,
  inlineButton: (reason: string) => `Can't parse inline keyboard button: ${reason}`,
  buttonNotStringOrObject: "KeyboardButton must be a String or an Object",
  inlineButtonNotObject: "InlineKeyboardButton must be an Object",
  textButtonInInline: "Text buttons are unallowed in the inline keyboard",
  badStyle: "invalid button style specified",
  loginBotUsername: "LoginUrl bot username is invalid",
  loginBotNotFound: (username: string) => `bot "${username}" not found`,
  privateOnly: {
    contact: "Phone number can be requested in private chats only",
    location: "Location can be requested in private chats only",
    poll: "Poll can be requested in private chats only",
    webApp: "Web App buttons can be used in private chats only",
    users: "Users can be requested in private chats only",
    chat: "Chats can be requested in private chats only",
  },
  userLinkInWebApp: "Link to a user can't be used in Web App URL buttons",
  userLinkInLogin: "Link to a user can't be used in login URL buttons",
  noChatTypes: "At least one chat type must be allowed",
  switchInlineInChannel: (button: string) =>
    `Can't use ${button} button in a channel chat, because users will not be able to use the button without knowing bot's username`,
  /** Telegram's own answer to callback data that is empty or longer than 64 bytes. */
  buttonDataInvalid: "BUTTON_DATA_INVALID",
  /** TDLib's prefix for each kind of URL a button carries. */
  url: {
    url: "Inline keyboard button ",
    login: "Inline keyboard button login ",
    webApp: "Inline keyboard button Web App ",
    keyboardWebApp: "Keyboard button Web App ",
  },
} as const;

export const URL_ERRORS = {
  invalid: (url: string, reason: string) => `URL '${url}' is invalid: ${reason}`,
  protocol: "Unsupported URL protocol",
  emptyHost: "URL host is empty",
  badPort: "Wrong port number specified in the URL",
  wrongHttp: "Wrong HTTP URL",
  httpsOnly: "Only HTTPS links are allowed",
  httpOnly: "Only HTTP links are allowed",
  wrongTg: "Wrong tg URL",
  hostChars: "Unallowed characters in URL host",
} as const;

export const PERMISSIONS = {
  unparsable: "Can't parse permissions JSON object",
  notObject: "Object expected as permissions",
  parse: (reason: string) => `Can't parse chat permissions: ${reason}`,
} as const;

/**
 * "Bad Request: " + the message with its first letter lowered, unless the message is an
 * error code such as BUTTON_DATA_INVALID (second character `_` or upper case), as the
 * official server formats a 400.
 */
export function botApiText(message: string): string {
  const keep = message.length >= 2 && (message[1] === "_" || (message[1]! >= "A" && message[1]! <= "Z"));
  return `Bad Request: ${keep ? message : message[0]!.toLowerCase() + message.slice(1)}`;
}

export function badRequest(message: string): BotApiError {
  return new BotApiError(400, botApiText(message));
}

/** The official server's texts for inline query results (answerInlineQuery, answerWebAppQuery…). */
export const INLINE_RESULTS = {
  unparsable: (reason: string) => `Can't parse JSON encoded inline query results: ${reason}`,
  notArray: "Expected an Array of inline query results",
  tooMany: "Too many inline query results specified",
  result: (reason: string) => `Can't parse inline query result: ${reason}`,
  notObject: "Inline query result must be an object",
  unsupported: (type: string) => `type "${type}" is unsupported for the inline query result`,
  button: (reason: string) => `Can't parse inline query results button: ${reason}`,
  buttonNotObject: "InlineQueryResultsButton must be an Object",
  buttonOneField: "InlineQueryResultsButton must have exactly one optional field",
  contentMissing: "Input message content is not specified",
  /** TDLib's answer to a file_id it cannot read (or a web file) in a cached result. */
  badFileId: "Wrong file identifier/HTTP URL specified",
  webAppResultMissing: "Result isn't specified",
  webAppUnparsable: (reason: string) => `Can't parse JSON encoded web view query results ${reason}`,
} as const;
