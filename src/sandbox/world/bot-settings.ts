/**
 * What a bot sets about itself at Telegram: commands per scope and language, name and
 * descriptions per language, menu buttons (default and per user) and the admin rights it
 * suggests when added to groups and channels. Kept as JSON rows in the world's meta table
 * under "bot.<id>.", so a reset empties them with the rest of the world.
 */
import { rpcError } from "./errors.ts";
import type { Account, AdminRights } from "./types.ts";
import type { World } from "./world.ts";

export interface CommandRecord {
  command: string;
  description: string;
}

export interface InfoRecord {
  name?: string;
  about?: string;
  description?: string;
}

/** "commands" and "default" are the two built-in buttons; a web app names its own. */
export type MenuButtonRecord = { kind: "commands" } | { kind: "default" } | { kind: "web_app"; text: string; url: string };

/** A command scope as Telegram keys it: kind, and the chat / user it narrows to. */
export interface ScopeKey {
  kind: "default" | "users" | "chats" | "chat_admins" | "peer" | "peer_admins" | "peer_user";
  /** The chat as the bot addresses it: "u<id>", "g<id>" or "c<id>". */
  peer?: string;
  userId?: number;
}

export type DefaultRightsKind = "group" | "broadcast";

/** Telegram's limits (core.telegram.org/bots/api#setmycommands and friends). */
const LIMITS = { commands: 100, command: 32, description: 256, name: 64, about: 120, info: 512 };
const COMMAND = /^[a-z0-9_]{1,32}$/;

const settingKey = (bot: Account, ...parts: Array<string | number>) => `bot.${bot.id}.${parts.join(".")}`;

const scopeText = (scope: ScopeKey) => [scope.kind, scope.peer ?? "", scope.userId ?? ""].join(":");

function read<T>(world: World, key: string): T | undefined {
  const value = world.store.getMeta(key);
  return value === undefined ? undefined : (JSON.parse(value) as T);
}

function write(world: World, key: string, value: unknown): void {
  world.store.setMeta(key, JSON.stringify(value));
}

export function setCommands(world: World, bot: Account, scope: ScopeKey, lang: string, commands: CommandRecord[]): void {
  if (commands.length > LIMITS.commands) throw rpcError("BOT_COMMANDS_TOO_MUCH");
  for (const { command, description } of commands) {
    if (!COMMAND.test(command)) throw rpcError("BOT_COMMAND_INVALID");
    if (description.trim() === "" || [...description].length > LIMITS.description) {
      throw rpcError("BOT_COMMAND_DESCRIPTION_INVALID");
    }
  }
  write(world, settingKey(bot, "commands", scopeText(scope), lang), commands);
}

export function getCommands(world: World, bot: Account, scope: ScopeKey, lang: string): CommandRecord[] {
  return read<CommandRecord[]>(world, settingKey(bot, "commands", scopeText(scope), lang)) ?? [];
}

/** The names and descriptions of one language ("" is the default). */
export function getInfo(world: World, bot: Account, lang: string): Required<InfoRecord> {
  const info = read<InfoRecord>(world, settingKey(bot, "info", lang)) ?? {};
  return { name: lang === "" ? bot.firstName : (info.name ?? ""), about: info.about ?? "", description: info.description ?? "" };
}

/** Sets the fields given; an empty text removes a language's own value. */
export function setInfo(world: World, bot: Account, lang: string, change: InfoRecord): void {
  const { name, about, description } = change;
  if (name !== undefined && [...name].length > LIMITS.name) throw rpcError("BOT_NAME_INVALID");
  if (about !== undefined && [...about].length > LIMITS.about) throw rpcError("ABOUT_TOO_LONG");
  if (description !== undefined && [...description].length > LIMITS.info) throw rpcError("BOT_DESCRIPTION_INVALID");
  const info = read<InfoRecord>(world, settingKey(bot, "info", lang)) ?? {};
  if (name !== undefined && lang === "") {
    // The default-language name is the bot's own first name, which cannot be empty.
    if (name.trim() === "") throw rpcError("FIRSTNAME_INVALID");
    bot.firstName = name;
    world.saveAccount(bot);
  } else if (name !== undefined) {
    info.name = name || undefined;
  }
  if (about !== undefined) info.about = about || undefined;
  if (description !== undefined) info.description = description || undefined;
  write(world, settingKey(bot, "info", lang), info);
}

/**
 * A user's own button, else "default" (follow the bot's); the bot's default button
 * (userId 0) is the commands list until one is set.
 */
export function getMenuButton(world: World, bot: Account, userId: number): MenuButtonRecord {
  return read<MenuButtonRecord>(world, settingKey(bot, "menu", userId)) ?? { kind: userId === 0 ? "commands" : "default" };
}

export function setMenuButton(world: World, bot: Account, userId: number, button: MenuButtonRecord): void {
  if (button.kind === "web_app" && button.text.trim() === "") throw rpcError("BUTTON_TEXT_INVALID");
  // "default" for the bot itself means "back to the commands list".
  const stored = userId === 0 && button.kind === "default" ? { kind: "commands" } : button;
  write(world, settingKey(bot, "menu", userId), stored);
}

export function getDefaultRights(world: World, bot: Account, kind: DefaultRightsKind): AdminRights | undefined {
  return read<AdminRights>(world, settingKey(bot, "rights", kind));
}

export function setDefaultRights(world: World, bot: Account, kind: DefaultRightsKind, rights: AdminRights): void {
  write(world, settingKey(bot, "rights", kind), rights);
}

/** Everything a bot has set, for the control API: every stored row under its prefix. */
export function allSettings(world: World, bot: Account): Array<{ key: string; value: unknown }> {
  const prefix = settingKey(bot, "");
  return world.store.db
    .query<{ key: string; value: string }, [string]>("SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key")
    .all(`${prefix}%`)
    .map((row) => ({ key: row.key.slice(prefix.length), value: JSON.parse(row.value) }));
}
