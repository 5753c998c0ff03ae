/**
 * One table from MTProto RPC errors to the official server's Bot API errors.
 * Texts follow telegram-bot-api, which prefixes TDLib's message with the HTTP reason
 * ("Bad Request: ", "Forbidden: ", …). Handlers never spell these texts themselves.
 */
import { BotApiError } from "../methods/types.ts";

interface Row {
  code: number;
  text: string;
  /** Per-method variants: the official text often names what the method was doing. */
  byMethod?: Record<string, string>;
}

const TABLE: Record<string, Row> = {
  PEER_ID_INVALID: { code: 400, text: "Bad Request: chat not found" },
  CHAT_ID_INVALID: { code: 400, text: "Bad Request: chat not found" },
  CHANNEL_INVALID: { code: 400, text: "Bad Request: chat not found" },
  CHANNEL_PRIVATE: { code: 403, text: "Forbidden: bot is not a member of the channel chat" },
  USERNAME_NOT_OCCUPIED: { code: 400, text: "Bad Request: chat not found" },
  USERNAME_INVALID: { code: 400, text: "Bad Request: chat not found" },
  USER_ID_INVALID: { code: 400, text: "Bad Request: user not found" },
  USER_NOT_PARTICIPANT: { code: 400, text: "Bad Request: user not found" },
  USER_IS_BLOCKED: { code: 403, text: "Forbidden: bot was blocked by the user" },
  USER_IS_BOT: { code: 403, text: "Forbidden: bot can't send messages to bots" },
  USER_DEACTIVATED: { code: 403, text: "Forbidden: user is deactivated" },
  CHAT_WRITE_FORBIDDEN: { code: 403, text: "Forbidden: bot is not a member of the supergroup chat" },
  // TDLib refuses topic methods on chats that are not forums before asking Telegram.
  CHANNEL_FORUM_MISSING: { code: 400, text: "Bad Request: chat is not a forum" },
  CHAT_ADMIN_REQUIRED: {
    code: 400,
    text: "Bad Request: not enough rights",
    // TDLib checks the bot's rights before asking Telegram, in words of its own per action.
    byMethod: {
      banchatmember: "Bad Request: not enough rights to restrict/unrestrict chat member",
      unbanchatmember: "Bad Request: not enough rights to restrict/unrestrict chat member",
      restrictchatmember: "Bad Request: not enough rights to restrict/unrestrict chat member",
      banchatsenderchat: "Bad Request: not enough rights to restrict/unrestrict chat member",
      unbanchatsenderchat: "Bad Request: not enough rights to restrict/unrestrict chat member",
      setchattitle: "Bad Request: not enough rights to change chat title",
      setchatdescription: "Bad Request: not enough rights to set chat description",
      setchatpermissions: "Bad Request: not enough rights to change chat permissions",
      exportchatinvitelink: "Bad Request: not enough rights to manage chat invite link",
      createchatinvitelink: "Bad Request: not enough rights to manage chat invite link",
      editchatinvitelink: "Bad Request: not enough rights to manage chat invite link",
      revokechatinvitelink: "Bad Request: not enough rights to manage chat invite link",
      approvechatjoinrequest: "Bad Request: not enough rights to manage chat join requests",
      createforumtopic: "Bad Request: not enough rights to create a topic",
      declinechatjoinrequest: "Bad Request: not enough rights to manage chat join requests",
      getchatadministrators: "Bad Request: member list is inaccessible",
      setchatstickerset: "Bad Request: not enough rights to change supergroup sticker set",
      deletechatstickerset: "Bad Request: not enough rights to change supergroup sticker set",
    },
  },
  CHAT_NOT_MODIFIED: {
    code: 400,
    text: "Bad Request: chat is not modified",
    // Bots get TDLib's raw error where a user's client would be told nothing changed.
    byMethod: { setchattitle: "Bad Request: CHAT_NOT_MODIFIED", setchatpermissions: "Bad Request: CHAT_NOT_MODIFIED" },
  },
  CHAT_ABOUT_NOT_MODIFIED: { code: 400, text: "Bad Request: chat description is not modified" },
  CHAT_TITLE_EMPTY: { code: 400, text: "Bad Request: title must be non-empty" },
  USER_CREATOR: { code: 400, text: "Bad Request: can't remove chat owner" },
  USER_ADMIN_INVALID: { code: 400, text: "Bad Request: user is an administrator of the chat" },
  MESSAGE_EMPTY: { code: 400, text: "Bad Request: message text is empty" },
  MESSAGE_TOO_LONG: { code: 400, text: "Bad Request: message is too long" },
  MESSAGE_NOT_MODIFIED: {
    code: 400,
    text: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  },
  MESSAGE_ID_INVALID: {
    code: 400,
    text: "Bad Request: message not found",
    byMethod: {
      editmessagetext: "Bad Request: message to edit not found",
      editmessagecaption: "Bad Request: message to edit not found",
      editmessagereplymarkup: "Bad Request: message to edit not found",
      deletemessage: "Bad Request: message to delete not found",
      forwardmessage: "Bad Request: message to forward not found",
      copymessage: "Bad Request: message to copy not found",
      pinchatmessage: "Bad Request: message to pin not found",
    },
  },
  MESSAGE_DELETE_FORBIDDEN: { code: 400, text: "Bad Request: message can't be deleted" },
  MESSAGE_AUTHOR_REQUIRED: {
    code: 400,
    text: "Bad Request: message can't be edited",
    byMethod: { deletemessage: "Bad Request: message can't be deleted", deletemessages: "Bad Request: message can't be deleted" },
  },
  CHAT_FORWARDS_RESTRICTED: { code: 400, text: "Bad Request: message has protected content and can't be forwarded" },
  REPLY_MESSAGE_ID_INVALID: { code: 400, text: "Bad Request: message to be replied not found" },
  MESSAGE_POLL_CLOSED: { code: 400, text: "Bad Request: poll has already been closed" },
  BUTTON_DATA_INVALID: { code: 400, text: "Bad Request: BUTTON_DATA_INVALID" },
  QUERY_ID_INVALID: { code: 400, text: "Bad Request: query is too old and response timeout expired or query ID is invalid" },
  ACCESS_TOKEN_INVALID: { code: 401, text: "Unauthorized" },
  ACCESS_TOKEN_EXPIRED: { code: 401, text: "Unauthorized" },
  AUTH_KEY_UNREGISTERED: { code: 401, text: "Unauthorized" },
  SESSION_REVOKED: { code: 401, text: "Unauthorized" },
  BOT_METHOD_INVALID: { code: 400, text: "Bad Request: method is available only for users" },
};

export interface RpcErrorLike {
  code?: number;
  errorMessage?: string;
  seconds?: number;
}

/** Maps an RPC error (as GramJS raises it) to the Bot API error the official server gives. */
export function toBotApiError(error: RpcErrorLike, method = ""): BotApiError {
  const message = error.errorMessage ?? "";
  const flood = /^(?:FLOOD_WAIT|FLOOD_PREMIUM_WAIT|SLOWMODE_WAIT)_(\d+)$/.exec(message);
  if (flood || error.code === 420) {
    const seconds = flood ? Number(flood[1]) : (error.seconds ?? 1);
    return new BotApiError(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds });
  }
  const row = TABLE[message];
  if (row) return new BotApiError(row.code, row.byMethod?.[method.toLowerCase()] ?? row.text);
  const code = error.code && error.code >= 400 && error.code < 600 && error.code !== 420 ? error.code : 400;
  return new BotApiError(code, `${REASONS[code] ?? "Bad Request"}: ${message || "unknown error"}`);
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  406: "Not Acceptable",
  409: "Conflict",
  500: "Internal Server Error",
};
