/**
 * One Bot API InlineKeyboardButton (JSON as sent) → TL KeyboardButton: first the official
 * server's parse (its field order decides which kind a button is), then TDLib's checks.
 * https://core.telegram.org/bots/api#inlinekeyboardbutton
 */
import { Api } from "telegram";
import { badRequest, MARKUP } from "./errors.ts";
import {
  FieldError, isObject, optBool, optLong, optString, reqObject, reqString, type JsonObject,
} from "./json-fields.ts";
import { checkLink, linkUserId } from "./link-check.ts";
import type { MarkupContext } from "./markup-context.ts";

const STYLES = new Set(["", "default", "primary", "danger", "success"]);

/** Reads the fields both kinds of button have: text, icon and style (the last two have no TL form in layer 198). */
export function readButtonBase(o: JsonObject): { text: string; hasIcon: boolean } {
  const text = reqString(o, "text");
  const icon = optLong(o, "icon_custom_emoji_id");
  const style = optString(o, "style");
  if (style !== undefined && !STYLES.has(style.toLowerCase())) throw new FieldError(MARKUP.badStyle);
  return { text, hasIcon: icon !== undefined && icon !== "0" };
}

/**
 * A parsed button: the official server parses the whole markup first (FieldError, shown
 * with its "can't parse" prefix), and only then TDLib checks and builds each button
 * (BotApiError, unprefixed). `build` is undefined for a button TDLib drops (no text, no icon).
 */
export interface ParsedButton {
  build?: (ctx: MarkupContext) => Api.TypeKeyboardButton;
}

export function parseInlineButton(value: unknown): ParsedButton {
  if (!isObject(value)) throw new FieldError(MARKUP.inlineButtonNotObject);
  const { text, hasIcon } = readButtonBase(value);
  const build = readInlineKind(value, text);
  return text === "" && !hasIcon ? {} : { build };
}

function readInlineKind(o: JsonObject, text: string): (ctx: MarkupContext) => Api.TypeKeyboardButton {
  const url = optString(o, "url");
  if (url) return (ctx) => urlButton(text, url, ctx);
  const data = optString(o, "callback_data");
  if (data) return () => callbackButton(text, data);
  if ("callback_game" in o) return () => new Api.KeyboardButtonGame({ text });
  if ("pay" in o) return () => new Api.KeyboardButtonBuy({ text });
  if ("switch_inline_query" in o) {
    const query = reqString(o, "switch_inline_query");
    return (ctx) => switchInline(text, query, ctx, "switch_inline_query");
  }
  if ("switch_inline_query_chosen_chat" in o) {
    const chosen = reqObject(o, "switch_inline_query_chosen_chat");
    const query = optString(chosen, "query") ?? "";
    const allow = {
      user: optBool(chosen, "allow_user_chats"),
      bot: optBool(chosen, "allow_bot_chats"),
      group: optBool(chosen, "allow_group_chats"),
      channel: optBool(chosen, "allow_channel_chats"),
    };
    return (ctx) => chosenChat(text, query, allow, ctx);
  }
  if ("switch_inline_query_current_chat" in o) {
    const query = reqString(o, "switch_inline_query_current_chat");
    return (ctx) => switchInline(text, query, ctx, "switch_inline_query_current_chat");
  }
  if ("login_url" in o) {
    const login = reqObject(o, "login_url");
    const loginUrl = reqString(login, "url");
    const botUsername = readBotUsername(optString(login, "bot_username") ?? "");
    const writeAccess = optBool(login, "request_write_access");
    const forwardText = optString(login, "forward_text") ?? "";
    return (ctx) => loginButton(text, loginUrl, botUsername, writeAccess, forwardText, ctx);
  }
  if ("web_app" in o) {
    const appUrl = reqString(reqObject(o, "web_app"), "url");
    return () => new Api.KeyboardButtonWebView({ text, url: checkedUrl(appUrl, MARKUP.url.webApp, true, MARKUP.userLinkInWebApp) });
  }
  if ("copy_text" in o) {
    const copied = reqString(reqObject(o, "copy_text"), "text");
    return () => new Api.KeyboardButtonCopy({ text, copyText: copied });
  }
  throw new FieldError(MARKUP.textButtonInInline);
}

/** The username a login_url names, "" for the bot itself. */
export function readBotUsername(raw: string): string {
  const name = raw.startsWith("@") ? raw.slice(1) : raw;
  if (raw !== "" && (name === "" || !/^[A-Za-z0-9_]+$/.test(name))) throw new FieldError(MARKUP.loginBotUsername);
  return name;
}

function urlButton(text: string, url: string, ctx: MarkupContext): Api.TypeKeyboardButton {
  const userId = linkUserId(url);
  if (userId !== undefined) return new Api.InputKeyboardButtonUserProfile({ text, userId: ctx.inputUser(userId) });
  return new Api.KeyboardButtonUrl({ text, url: checkedUrl(url, MARKUP.url.url, false) });
}

/** A button's URL checked as TDLib does; failures carry TDLib's per-kind prefix. */
export function checkedUrl(url: string, prefix: string, httpsOnly: boolean, userLinkError?: string): string {
  if (userLinkError && linkUserId(url) !== undefined) throw badRequest(userLinkError);
  const result = checkLink(url, httpsOnly ? { httpOnly: true, httpsOnly: true } : {});
  if ("error" in result) throw badRequest(prefix + result.error);
  return result.url;
}

function callbackButton(text: string, data: string): Api.KeyboardButtonCallback {
  const bytes = Buffer.from(data, "utf8");
  if (bytes.length > 64) throw badRequest(MARKUP.buttonDataInvalid);
  return new Api.KeyboardButtonCallback({ text, data: bytes });
}

function switchInline(text: string, query: string, ctx: MarkupContext, name: string): Api.KeyboardButtonSwitchInline {
  if (ctx.isChannel) throw badRequest(MARKUP.switchInlineInChannel(name));
  const samePeer = name === "switch_inline_query_current_chat" ? true : undefined;
  return new Api.KeyboardButtonSwitchInline({ text, query, samePeer });
}

function chosenChat(
  text: string, query: string, allow: Record<"user" | "bot" | "group" | "channel", boolean>, ctx: MarkupContext,
): Api.KeyboardButtonSwitchInline {
  if (!allow.user && !allow.bot && !allow.group && !allow.channel) throw badRequest(MARKUP.noChatTypes);
  if (ctx.isChannel) throw badRequest(MARKUP.switchInlineInChannel("switch_inline_query"));
  if (allow.user && allow.bot && allow.group && allow.channel) return new Api.KeyboardButtonSwitchInline({ text, query });
  const peerTypes: Api.TypeInlineQueryPeerType[] = [];
  if (allow.user) peerTypes.push(new Api.InlineQueryPeerTypePM());
  if (allow.bot) peerTypes.push(new Api.InlineQueryPeerTypeBotPM());
  if (allow.group) peerTypes.push(new Api.InlineQueryPeerTypeChat(), new Api.InlineQueryPeerTypeMegagroup());
  if (allow.channel) peerTypes.push(new Api.InlineQueryPeerTypeBroadcast());
  return new Api.KeyboardButtonSwitchInline({ text, query, peerTypes });
}

function loginButton(
  text: string, url: string, botUsername: string, writeAccess: boolean, forwardText: string, ctx: MarkupContext,
): Api.TypeKeyboardButton {
  const checked = checkedUrl(url, MARKUP.url.login, true, MARKUP.userLinkInLogin);
  const bot = ctx.loginBot(botUsername || undefined);
  if (!bot) throw badRequest(MARKUP.loginBotNotFound(botUsername));
  return new Api.InputKeyboardButtonUrlAuth({
    text, url: checked, bot, requestWriteAccess: writeAccess || undefined, fwdText: forwardText || undefined,
  });
}
