/**
 * setMyName/getMyName, setMyDescription/getMyDescription and
 * setMyShortDescription/getMyShortDescription: one text of the bot per language, as
 * bots.setBotInfo / bots.getBotInfo (name, description, and "about" for the short one).
 * https://core.telegram.org/bots/api#setmyname
 */
import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { checkLanguageCode } from "./command-scope.ts";

type InfoField = "name" | "description" | "about";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Sets one field; an empty text removes the language's own value. */
function setter(field: InfoField, param: string): Handler {
  return async (ctx, params) => {
    const langCode = checkLanguageCode(params.language_code);
    const account = await ctx.account();
    await account.invoke(new Api.bots.SetBotInfo({ langCode, [field]: text(params[param]) }), ctx.method);
    return true;
  };
}

function getter(field: InfoField, key: string): Handler {
  return async (ctx, params) => {
    const langCode = checkLanguageCode(params.language_code);
    const account = await ctx.account();
    const info = await account.invoke(new Api.bots.GetBotInfo({ langCode }), ctx.method);
    return { [key]: info[field] };
  };
}

export const setMyName = setter("name", "name");
export const getMyName = getter("name", "name");
export const setMyDescription = setter("description", "description");
export const getMyDescription = getter("description", "description");
export const setMyShortDescription = setter("about", "short_description");
export const getMyShortDescription = getter("about", "short_description");
