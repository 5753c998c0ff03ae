/**
 * GET /control/bots/<id>/settings → what the bot has set at Telegram: `commands` (one
 * entry per scope and language), `info` per language, `menu_buttons` per user ("0": the
 * bot's default) and `default_admin_rights` ("group" / "broadcast", TL flag names).
 */
import { allSettings, getInfo } from "../world/bot-settings.ts";
import { accountOf, ControlError, type ControlEnv } from "./env.ts";

export function viewBotSettings(env: ControlEnv, id: string) {
  const bot = accountOf(env, "bot", Number(id));
  if (bot.kind !== "bot") throw new ControlError(400, "bot: not a bot");
  const commands: unknown[] = [];
  const info: Record<string, unknown> = { "": getInfo(env.world, bot, "") };
  const menuButtons: Record<string, unknown> = {};
  const rights: Record<string, unknown> = {};
  for (const { key, value } of allSettings(env.world, bot)) {
    const [kind, ...rest] = key.split(".");
    if (kind === "commands") {
      const [scope = "", lang = ""] = rest;
      const [type, peer, user] = scope.split(":");
      commands.push({ scope: { type, ...(peer ? { peer } : {}), ...(user ? { user_id: Number(user) } : {}) }, language_code: lang, commands: value });
    } else if (kind === "info") {
      info[rest.join(".")] = getInfo(env.world, bot, rest.join("."));
    } else if (kind === "menu") {
      menuButtons[rest.join(".")] = value;
    } else if (kind === "rights") {
      rights[rest.join(".")] = value;
    }
  }
  return { commands, info, menu_buttons: menuButtons, default_admin_rights: rights };
}
