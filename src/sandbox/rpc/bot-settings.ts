/** bots.*: a bot's commands, names, descriptions, menu buttons and default admin rights. */
import { Api } from "telegram";
import {
  type CommandRecord,
  type DefaultRightsKind,
  getCommands,
  getDefaultRights,
  getInfo,
  getMenuButton,
  type MenuButtonRecord,
  type ScopeKey,
  setCommands,
  setDefaultRights,
  setInfo,
  setMenuButton,
} from "../world/bot-settings.ts";
import { rpcError } from "../world/errors.ts";
import { targetKey } from "../world/messages.ts";
import { adminRightsTl, big } from "../world/tl.ts";
import type { Account, AdminRights } from "../world/types.ts";
import type { World } from "../world/world.ts";
import { bool, type HandlerTable, me, type RpcContext, vector } from "./context.ts";
import { resolvePeer, resolveUser } from "./peers.ts";

function botOnly(ctx: RpcContext): Account {
  const account = me(ctx);
  if (account.kind !== "bot") throw rpcError("USER_BOT_REQUIRED");
  return account;
}

function checkLang(lang: string): string {
  if (lang !== "" && !/^[a-z]{2}$/.test(lang)) throw rpcError("LANG_CODE_INVALID");
  return lang;
}

/** A TL scope → the key its commands are stored under; private chats take only the plain peer scope. */
function scopeOf(world: World, bot: Account, scope: Api.TypeBotCommandScope): ScopeKey {
  if (scope instanceof Api.BotCommandScopeUsers) return { kind: "users" };
  if (scope instanceof Api.BotCommandScopeChats) return { kind: "chats" };
  if (scope instanceof Api.BotCommandScopeChatAdmins) return { kind: "chat_admins" };
  if (scope instanceof Api.BotCommandScopePeer || scope instanceof Api.BotCommandScopePeerAdmins || scope instanceof Api.BotCommandScopePeerUser) {
    const target = resolvePeer(world, bot, scope.peer);
    if (target.kind === "chat" && target.chat.kind === "channel") throw rpcError("PEER_ID_INVALID");
    const peer = targetKey(target);
    if (scope instanceof Api.BotCommandScopePeer) return { kind: "peer", peer };
    if (target.kind === "user") throw rpcError("PEER_ID_INVALID");
    if (scope instanceof Api.BotCommandScopePeerAdmins) return { kind: "peer_admins", peer };
    return { kind: "peer_user", peer, userId: resolveUser(world, bot, scope.userId).id };
  }
  return { kind: "default" };
}

const commandTl = (c: CommandRecord) => new Api.BotCommand({ command: c.command, description: c.description });

function menuButtonTl(button: MenuButtonRecord): Api.TypeBotMenuButton {
  if (button.kind === "web_app") return new Api.BotMenuButton({ text: button.text, url: button.url });
  return button.kind === "default" ? new Api.BotMenuButtonDefault() : new Api.BotMenuButtonCommands();
}

function menuButtonRecord(button: Api.TypeBotMenuButton): MenuButtonRecord {
  if (button instanceof Api.BotMenuButton) return { kind: "web_app", text: button.text, url: button.url };
  return { kind: button instanceof Api.BotMenuButtonDefault ? "default" : "commands" };
}

/** The user a menu button is for: 0 (the bot's default) for InputUserEmpty. */
function menuUser(ctx: RpcContext, bot: Account, input: Api.TypeInputUser): number {
  if (input instanceof Api.InputUserEmpty) return 0;
  const user = resolveUser(ctx.world, bot, input);
  if (user.kind === "bot" || user.id === bot.id) throw rpcError("USER_BOT_INVALID");
  return user.id;
}

function rightsRecord(rights: Api.ChatAdminRights): AdminRights {
  const out: AdminRights = {};
  for (const name of Object.keys(rights) as Array<keyof AdminRights>) {
    if ((rights as unknown as Record<string, unknown>)[name] === true) out[name] = true;
  }
  return out;
}

function setDefault(kind: DefaultRightsKind) {
  return (ctx: RpcContext, request: { adminRights: Api.ChatAdminRights }) => {
    setDefaultRights(ctx.world, botOnly(ctx), kind, rightsRecord(request.adminRights));
    return bool(true);
  };
}

/** The bot-only parts of users.getFullUser for a bot: its BotInfo and default admin rights. */
export function botFullFields(world: World, bot: Account): Partial<Api.UserFull> {
  const group = getDefaultRights(world, bot, "group");
  const broadcast = getDefaultRights(world, bot, "broadcast");
  return {
    botInfo: new Api.BotInfo({
      userId: big(bot.id),
      description: getInfo(world, bot, "").description,
      commands: getCommands(world, bot, { kind: "default" }, "").map(commandTl),
      menuButton: menuButtonTl(getMenuButton(world, bot, 0)),
    }),
    botGroupAdminRights: group ? adminRightsTl(group) : undefined,
    botBroadcastAdminRights: broadcast ? adminRightsTl(broadcast) : undefined,
  };
}

export const botSettingsHandlers: HandlerTable = {
  "bots.SetBotCommands": (ctx, request: Api.bots.SetBotCommands) => {
    const bot = botOnly(ctx);
    const commands = request.commands.map((c) => ({ command: c.command, description: c.description }));
    setCommands(ctx.world, bot, scopeOf(ctx.world, bot, request.scope), checkLang(request.langCode), commands);
    return bool(true);
  },
  "bots.ResetBotCommands": (ctx, request: Api.bots.ResetBotCommands) => {
    const bot = botOnly(ctx);
    setCommands(ctx.world, bot, scopeOf(ctx.world, bot, request.scope), checkLang(request.langCode), []);
    return bool(true);
  },
  "bots.GetBotCommands": (ctx, request: Api.bots.GetBotCommands) => {
    const bot = botOnly(ctx);
    return vector(getCommands(ctx.world, bot, scopeOf(ctx.world, bot, request.scope), checkLang(request.langCode)).map(commandTl));
  },
  "bots.SetBotInfo": (ctx, request: Api.bots.SetBotInfo) => {
    const bot = botOnly(ctx);
    if (request.bot && resolveUser(ctx.world, bot, request.bot).id !== bot.id) throw rpcError("BOT_INVALID");
    // Decoded flags that are absent come as null.
    const { name, about, description } = request;
    setInfo(ctx.world, bot, checkLang(request.langCode), { name: name ?? undefined, about: about ?? undefined, description: description ?? undefined });
    return bool(true);
  },
  "bots.GetBotInfo": (ctx, request: Api.bots.GetBotInfo) => {
    const bot = botOnly(ctx);
    if (request.bot && resolveUser(ctx.world, bot, request.bot).id !== bot.id) throw rpcError("BOT_INVALID");
    return new Api.bots.BotInfo(getInfo(ctx.world, bot, checkLang(request.langCode)));
  },
  "bots.SetBotMenuButton": (ctx, request: Api.bots.SetBotMenuButton) => {
    const bot = botOnly(ctx);
    setMenuButton(ctx.world, bot, menuUser(ctx, bot, request.userId as Api.TypeInputUser), menuButtonRecord(request.button));
    return bool(true);
  },
  "bots.GetBotMenuButton": (ctx, request: Api.bots.GetBotMenuButton) => {
    const bot = botOnly(ctx);
    return menuButtonTl(getMenuButton(ctx.world, bot, menuUser(ctx, bot, request.userId as Api.TypeInputUser)));
  },
  "bots.SetBotGroupDefaultAdminRights": setDefault("group"),
  "bots.SetBotBroadcastDefaultAdminRights": setDefault("broadcast"),
};
