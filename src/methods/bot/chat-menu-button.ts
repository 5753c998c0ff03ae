/**
 * setChatMenuButton / getChatMenuButton: the bot's menu button in one private chat, or
 * its default (no chat_id), as bots.setBotMenuButton / bots.getBotMenuButton.
 * https://core.telegram.org/bots/api#setchatmenubutton
 */
import { Api } from "telegram";
import { badRequest } from "../../convert/errors.ts";
import { checkedUrl } from "../../convert/inline-button-input.ts";
import { FieldError, isObject, reqObject, reqString } from "../../convert/json-fields.ts";
import type { Account } from "../../telegram/account.ts";
import { BOT_SETTINGS } from "../errors.ts";
import type { Handler, Params } from "../types.ts";
import { toInputUser } from "./input-user.ts";

export type MenuButton = { type: "commands" } | { type: "default" } | { type: "web_app"; text: string; web_app: { url: string } };

/** The menu_button parameter as the official server parses it (absent: "default"). */
export function parseMenuButton(value: unknown): Api.TypeBotMenuButton {
  if (value === undefined) return new Api.BotMenuButtonDefault();
  try {
    if (!isObject(value)) throw new FieldError(BOT_SETTINGS.menuButtonNotObject);
    const type = reqString(value, "type");
    if (type === "default") return new Api.BotMenuButtonDefault();
    if (type === "commands") return new Api.BotMenuButtonCommands();
    if (type !== "web_app") throw new FieldError(BOT_SETTINGS.menuButtonType);
    const text = reqString(value, "text");
    const url = reqString(reqObject(value, "web_app"), "url");
    return new Api.BotMenuButton({ text, url });
  } catch (error) {
    if (error instanceof FieldError) throw badRequest(BOT_SETTINGS.menuButton(error.message));
    throw error;
  }
}

export function toMenuButton(button: Api.TypeBotMenuButton): MenuButton {
  if (button instanceof Api.BotMenuButton) return { type: "web_app", text: button.text, web_app: { url: button.url } };
  return { type: button instanceof Api.BotMenuButtonDefault ? "default" : "commands" };
}

/** chat_id must be a user's id (the official reads it as a user id); absent: the bot's default. */
function targetUser(account: Account, params: Params): Api.TypeInputUser {
  if (params.chat_id === undefined) return new Api.InputUserEmpty();
  const id = typeof params.chat_id === "number" ? params.chat_id : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw badRequest(BOT_SETTINGS.invalidChatId);
  return toInputUser(account, id);
}

export const setChatMenuButton: Handler = async (ctx, params) => {
  let button = parseMenuButton(params.menu_button);
  if (button instanceof Api.BotMenuButton) {
    if (button.text === "") throw badRequest(BOT_SETTINGS.menuButtonText);
    button = new Api.BotMenuButton({ text: button.text, url: checkedUrl(button.url, BOT_SETTINGS.menuButtonUrl, true) });
  }
  const account = await ctx.account();
  await account.invoke(new Api.bots.SetBotMenuButton({ userId: targetUser(account, params), button }), ctx.method);
  return true;
};

export const getChatMenuButton: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const button = await account.invoke(new Api.bots.GetBotMenuButton({ userId: targetUser(account, params) }), ctx.method);
  return toMenuButton(button);
};
