/** TL reply markup → the Bot API's ReplyMarkup form, for the control API's message views. */
import { Api } from "telegram";

type Json = Record<string, unknown>;

function inlineButton(button: Api.TypeKeyboardButton): Json {
  const text = { text: button.text };
  if (button instanceof Api.KeyboardButtonUrl) return { ...text, url: button.url };
  if (button instanceof Api.KeyboardButtonCallback) return { ...text, callback_data: button.data.toString("utf8") };
  if (button instanceof Api.KeyboardButtonSwitchInline) {
    return button.samePeer
      ? { ...text, switch_inline_query_current_chat: button.query }
      : { ...text, switch_inline_query: button.query };
  }
  if (button instanceof Api.KeyboardButtonUrlAuth) return { ...text, login_url: { url: button.url } };
  if (button instanceof Api.KeyboardButtonWebView) return { ...text, web_app: { url: button.url } };
  if (button instanceof Api.KeyboardButtonGame) return { ...text, callback_game: {} };
  if (button instanceof Api.KeyboardButtonBuy) return { ...text, pay: true };
  if (button instanceof Api.KeyboardButtonCopy) return { ...text, copy_text: { text: button.copyText } };
  return text;
}

function keyboardButton(button: Api.TypeKeyboardButton): Json | string {
  if (button instanceof Api.KeyboardButtonRequestPhone) return { text: button.text, request_contact: true };
  if (button instanceof Api.KeyboardButtonRequestGeoLocation) return { text: button.text, request_location: true };
  if (button instanceof Api.KeyboardButtonRequestPoll) return { text: button.text, request_poll: { type: button.quiz ? "quiz" : "regular" } };
  if (button instanceof Api.KeyboardButtonSimpleWebView) return { text: button.text, web_app: { url: button.url } };
  return { text: button.text };
}

export function markupToBotApi(markup: Api.TypeReplyMarkup | undefined): Json | undefined {
  if (!markup) return undefined;
  if (markup instanceof Api.ReplyInlineMarkup) {
    return { inline_keyboard: markup.rows.map((row) => row.buttons.map(inlineButton)) };
  }
  if (markup instanceof Api.ReplyKeyboardMarkup) {
    const out: Json = { keyboard: markup.rows.map((row) => row.buttons.map(keyboardButton)) };
    if (markup.resize) out.resize_keyboard = true;
    if (markup.singleUse) out.one_time_keyboard = true;
    if (markup.selective) out.selective = true;
    if (markup.persistent) out.is_persistent = true;
    if (markup.placeholder) out.input_field_placeholder = markup.placeholder;
    return out;
  }
  if (markup instanceof Api.ReplyKeyboardHide) return markup.selective ? { remove_keyboard: true, selective: true } : { remove_keyboard: true };
  if (markup instanceof Api.ReplyKeyboardForceReply) {
    const out: Json = { force_reply: true };
    if (markup.selective) out.selective = true;
    if (markup.placeholder) out.input_field_placeholder = markup.placeholder;
    return out;
  }
  return undefined;
}
