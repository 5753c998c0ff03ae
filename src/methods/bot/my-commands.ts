/**
 * setMyCommands, getMyCommands, deleteMyCommands: the bot's command list per scope and
 * language, as bots.setBotCommands / getBotCommands / resetBotCommands.
 * https://core.telegram.org/bots/api#setmycommands
 */
import { Api } from "telegram";
import { badRequest } from "../../convert/errors.ts";
import { FieldError, isObject, reqString } from "../../convert/json-fields.ts";
import { BOT_SETTINGS } from "../errors.ts";
import type { Handler } from "../types.ts";
import { checkLanguageCode, parseScope, toTlScope } from "./command-scope.ts";

export interface BotCommand {
  command: string;
  description: string;
}

const MAX_COMMAND = 32;
const MAX_DESCRIPTION = 256;

/** The commands parameter as the official server parses it (absent: an empty list). */
export function parseCommands(value: unknown): BotCommand[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badRequest(BOT_SETTINGS.commandsNotArray);
  return value.map((item) => {
    try {
      if (!isObject(item)) throw new FieldError(BOT_SETTINGS.commandNotObject);
      return { command: reqString(item, "command"), description: reqString(item, "description") };
    } catch (error) {
      if (error instanceof FieldError) throw badRequest(BOT_SETTINGS.commands(error.message));
      throw error;
    }
  });
}

/** TDLib's clean-up and checks: trimmed, one leading "/" dropped, lengths in code points. */
export function checkCommands(commands: BotCommand[]): BotCommand[] {
  return commands.map(({ command, description }) => {
    let name = command.trim();
    if (name.startsWith("/")) name = name.slice(1);
    if (name === "") throw badRequest(BOT_SETTINGS.commandEmpty);
    if ([...name].length > MAX_COMMAND) throw badRequest(BOT_SETTINGS.commandTooLong);
    const text = description.trim();
    if (text === "") throw badRequest(BOT_SETTINGS.descriptionEmpty);
    if ([...text].length > MAX_DESCRIPTION) throw badRequest(BOT_SETTINGS.descriptionTooLong);
    return { command: name, description: text };
  });
}

export const setMyCommands: Handler = async (ctx, params) => {
  const commands = parseCommands(params.commands);
  const scope = parseScope(params.scope);
  const account = await ctx.account();
  const tlScope = await toTlScope(account, scope, ctx.method);
  const langCode = checkLanguageCode(params.language_code);
  const checked = checkCommands(commands).map((c) => new Api.BotCommand(c));
  await account.invoke(new Api.bots.SetBotCommands({ scope: tlScope, langCode, commands: checked }), ctx.method);
  return true;
};

export const getMyCommands: Handler = async (ctx, params) => {
  const scope = parseScope(params.scope);
  const account = await ctx.account();
  const tlScope = await toTlScope(account, scope, ctx.method);
  const langCode = checkLanguageCode(params.language_code);
  const commands = await account.invoke(new Api.bots.GetBotCommands({ scope: tlScope, langCode }), ctx.method);
  return commands.map((c) => ({ command: c.command, description: c.description }));
};

export const deleteMyCommands: Handler = async (ctx, params) => {
  const scope = parseScope(params.scope);
  const account = await ctx.account();
  const tlScope = await toTlScope(account, scope, ctx.method);
  const langCode = checkLanguageCode(params.language_code);
  await account.invoke(new Api.bots.ResetBotCommands({ scope: tlScope, langCode }), ctx.method);
  return true;
};
