/**
 * TL ReplyInlineMarkup → Bot API InlineKeyboardMarkup, as the official server shows a
 * message's keyboard (only inline keyboards appear in Bot API messages).
 * https://core.telegram.org/bots/api#inlinekeyboardmarkup
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "@grammyjs/types";
import { Api } from "telegram";
import { toNumber } from "./long.ts";

export function toInlineKeyboard(markup: Api.TypeReplyMarkup | undefined): InlineKeyboardMarkup | undefined {
  if (!(markup instanceof Api.ReplyInlineMarkup)) return undefined;
  const rows = markup.rows
    .map((row) => row.buttons.map(toInlineButton).filter((b): b is InlineKeyboardButton => b !== undefined))
    .filter((row) => row.length > 0);
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/** Undefined for buttons that cannot be in an inline keyboard. */
export function toInlineButton(b: Api.TypeKeyboardButton): InlineKeyboardButton | undefined {
  const text = b.text;
  // A login button shows only its URL, as the official server writes it.
  if (b instanceof Api.KeyboardButtonUrl || b instanceof Api.KeyboardButtonUrlAuth || b instanceof Api.InputKeyboardButtonUrlAuth) {
    return { text, url: b.url };
  }
  if (b instanceof Api.KeyboardButtonCallback) return { text, callback_data: callbackText(b.data) };
  if (b instanceof Api.KeyboardButtonGame) return { text, callback_game: {} };
  if (b instanceof Api.KeyboardButtonBuy) return { text, pay: true };
  if (b instanceof Api.KeyboardButtonSwitchInline) return switchInline(b);
  if (b instanceof Api.KeyboardButtonUserProfile) return { text, url: `tg://user?id=${toNumber(b.userId)}` };
  if (b instanceof Api.KeyboardButtonWebView || b instanceof Api.KeyboardButtonSimpleWebView) {
    return { text, web_app: { url: b.url } };
  }
  if (b instanceof Api.KeyboardButtonCopy) return { text, copy_text: { text: b.copyText } };
  return undefined;
}

/** Callback data that is not UTF-8 is shown as "INVALID", as the official server does. */
function callbackText(data: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return "INVALID";
  }
}

function switchInline(b: Api.KeyboardButtonSwitchInline): InlineKeyboardButton {
  const { text, query } = b;
  if (b.samePeer) return { text, switch_inline_query_current_chat: query };
  const types = b.peerTypes ?? [];
  const has = (cls: new () => Api.TypeInlineQueryPeerType) => types.some((t) => t instanceof cls);
  const allow = {
    allow_user_chats: has(Api.InlineQueryPeerTypePM),
    allow_bot_chats: has(Api.InlineQueryPeerTypeBotPM),
    allow_group_chats: has(Api.InlineQueryPeerTypeChat) || has(Api.InlineQueryPeerTypeMegagroup),
    allow_channel_chats: has(Api.InlineQueryPeerTypeBroadcast),
  };
  const all = Object.values(allow).every(Boolean);
  if (types.length === 0 || all) return { text, switch_inline_query: query };
  return { text, switch_inline_query_chosen_chat: { query, ...allow } };
}
