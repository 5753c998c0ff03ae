/**
 * Bot API reply_markup (ReplyKeyboardMarkup / InlineKeyboardMarkup / ReplyKeyboardRemove /
 * ForceReply, as a bot sends it) → TL ReplyMarkup, with the official server's checks and
 * texts. Undefined means "no markup", as when the official server finds none.
 * https://core.telegram.org/bots/api#replykeyboardmarkup
 */
import { Api } from "telegram";
import { badRequest, MARKUP } from "./errors.ts";
import { parseInlineButton, readBotUsername, type ParsedButton } from "./inline-button-input.ts";
import { FieldError, isObject, optArray, optBool, optString, type JsonObject } from "./json-fields.ts";
import { parseKeyboardButton } from "./keyboard-button-input.ts";
import type { MarkupContext } from "./markup-context.ts";

/** TDLib keeps at most 12 buttons a row and 300 in all, and drops the rest silently. */
const MAX_ROW = 12;
const MAX_TOTAL = 300;

export interface MarkupOptions {
  /** Methods that accept only an inline keyboard (edits, inline results). */
  inlineOnly?: boolean;
}

export function toTlReplyMarkup(
  value: unknown, ctx: MarkupContext, options: MarkupOptions = {},
): Api.TypeReplyMarkup | undefined {
  const o = decode(value);
  const rows = parseRows(o, "keyboard", MARKUP.keyboardRows, parseKeyboardButton, MARKUP.button);
  const inlineRows = parseRows(o, "inline_keyboard", MARKUP.inlineRows, parseInlineButton, MARKUP.inlineButton);
  const flags = readFlags(o);
  let markup: Api.TypeReplyMarkup | undefined;
  if (rows.length > 0) {
    const shape = fieldOrFail(() => ({
      resize: optBool(o, "resize_keyboard") || undefined,
      singleUse: optBool(o, "one_time_keyboard") || undefined,
      persistent: optBool(o, "is_persistent") || undefined,
    }));
    if (options.inlineOnly) throw badRequest(MARKUP.inlineExpected);
    const built = buildRows(rows, ctx);
    if (built.length === 0) return undefined;
    markup = new Api.ReplyKeyboardMarkup({
      rows: built, ...shape, selective: flags.personal || undefined, placeholder: flags.placeholder || undefined,
    });
  } else if (inlineRows.length > 0) {
    const built = buildRows(inlineRows, ctx);
    markup = built.length === 0 ? undefined : new Api.ReplyInlineMarkup({ rows: built });
  } else if (flags.remove) {
    markup = new Api.ReplyKeyboardHide({ selective: flags.personal || undefined });
  } else if (flags.forceReply) {
    markup = new Api.ReplyKeyboardForceReply({
      selective: flags.personal || undefined, placeholder: flags.placeholder || undefined,
    });
  }
  if (markup && options.inlineOnly && !(markup instanceof Api.ReplyInlineMarkup)) throw badRequest(MARKUP.inlineExpected);
  return markup;
}

/** The usernames that login_url buttons name, to resolve before toTlReplyMarkup. */
export function loginUrlBots(value: unknown): string[] {
  let o: JsonObject;
  try {
    o = decode(value);
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const row of Array.isArray(o.inline_keyboard) ? o.inline_keyboard : []) {
    for (const button of Array.isArray(row) ? row : []) {
      const login = isObject(button) && isObject(button.login_url) ? button.login_url : undefined;
      if (!login || typeof login.bot_username !== "string") continue;
      try {
        const name = readBotUsername(login.bot_username);
        if (name) names.add(name);
      } catch {
        // An invalid name fails later, with its text, when the markup is built.
      }
    }
  }
  return [...names];
}

function decode(value: unknown): JsonObject {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      throw badRequest(MARKUP.unparsable);
    }
  }
  if (!isObject(v)) throw badRequest(MARKUP.notObject);
  return v;
}

function parseRows(
  o: JsonObject, field: string, rowsError: string,
  parse: (v: unknown) => ParsedButton, prefix: (reason: string) => string,
): ParsedButton[][] {
  const rows = fieldOrFail(() => optArray(o, field)) ?? [];
  return rows.map((row) => {
    if (!Array.isArray(row)) throw badRequest(rowsError);
    return row.map((button) => fieldOrFail(() => parse(button), prefix));
  });
}

function fieldOrFail<T>(read: () => T, prefix: (reason: string) => string = (r) => r): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof FieldError) throw badRequest(prefix(e.message));
    throw e;
  }
}

/** Every flag is read (and type-checked) even when an earlier one already decided. */
function readFlags(o: JsonObject) {
  return fieldOrFail(() => {
    const [hide, remove, personal, selective, forceKeyboard, force] = [
      "hide_keyboard", "remove_keyboard", "personal_keyboard", "selective", "force_reply_keyboard", "force_reply",
    ].map((name) => optBool(o, name));
    return {
      remove: hide || remove,
      personal: personal || selective,
      forceReply: forceKeyboard || force,
      placeholder: optString(o, "input_field_placeholder") ?? "",
    };
  });
}

function buildRows(rows: ParsedButton[][], ctx: MarkupContext): Api.KeyboardButtonRow[] {
  const out: Api.KeyboardButtonRow[] = [];
  let total = 0;
  for (const row of rows) {
    const buttons: Api.TypeKeyboardButton[] = [];
    for (const { build } of row) {
      if (!build) continue;
      buttons.push(build(ctx));
      total++;
      if (buttons.length >= MAX_ROW || total >= MAX_TOTAL) break;
    }
    if (buttons.length > 0) out.push(new Api.KeyboardButtonRow({ buttons }));
    if (total >= MAX_TOTAL) break;
  }
  return out;
}
