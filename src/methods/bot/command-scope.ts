/**
 * Bot API BotCommandScope → TL BotCommandScope, with the official server's parse texts
 * and TDLib's checks on the chat it names.
 * https://core.telegram.org/bots/api#botcommandscope
 */
import { Api } from "telegram";
import { badRequest, FIELD } from "../../convert/errors.ts";
import { FieldError, isObject, optLong, reqString } from "../../convert/json-fields.ts";
import type { Account } from "../../telegram/account.ts";
import { resolveChat } from "../../telegram/resolve.ts";
import { BOT_SETTINGS } from "../errors.ts";
import { toInputUser } from "./input-user.ts";

const PLAIN = {
  default: () => new Api.BotCommandScopeDefault(),
  all_private_chats: () => new Api.BotCommandScopeUsers(),
  all_group_chats: () => new Api.BotCommandScopeChats(),
  all_chat_administrators: () => new Api.BotCommandScopeChatAdmins(),
} as const;

export type ScopeInput =
  | { type: keyof typeof PLAIN }
  | { type: "chat" | "chat_administrators"; chatId: string }
  | { type: "chat_member"; chatId: string; userId: number };

/** The scope parameter as the official server parses it; absent means "default". */
export function parseScope(value: unknown): ScopeInput {
  if (value === undefined) return { type: "default" };
  try {
    if (!isObject(value)) throw new FieldError(BOT_SETTINGS.scopeNotObject);
    const type = reqString(value, "type");
    if (Object.hasOwn(PLAIN, type)) return { type: type as keyof typeof PLAIN };
    if (type !== "chat" && type !== "chat_administrators" && type !== "chat_member") throw new FieldError(BOT_SETTINGS.scopeType);
    const chatId = reqString(value, "chat_id");
    if (chatId === "") throw new FieldError(BOT_SETTINGS.scopeChatEmpty);
    if (type !== "chat_member") return { type, chatId };
    const rawUserId = optLong(value, "user_id");
    if (rawUserId === undefined) throw new FieldError(FIELD.missing("user_id"));
    const userId = Number(rawUserId);
    if (!(userId > 0)) throw new FieldError(BOT_SETTINGS.scopeUserId);
    return { type, chatId, userId };
  } catch (error) {
    if (error instanceof FieldError) throw badRequest(BOT_SETTINGS.scope(error.message));
    throw error;
  }
}

async function isBroadcast(account: Account, peer: Api.InputPeerChannel, method: string): Promise<boolean> {
  const input = new Api.InputChannel({ channelId: peer.channelId, accessHash: peer.accessHash });
  const { chats } = await account.invoke(new Api.channels.GetChannels({ id: [input] }), method);
  const channel = chats[0];
  return channel instanceof Api.Channel && Boolean(channel.broadcast);
}

/** Resolves the scope's chat (and user) to the TL scope; private chats take only "chat". */
export async function toTlScope(account: Account, scope: ScopeInput, method: string): Promise<Api.TypeBotCommandScope> {
  if (!("chatId" in scope)) return PLAIN[scope.type]();
  const peer = await resolveChat(account, scope.chatId);
  if (peer instanceof Api.InputPeerUser && scope.type !== "chat") throw badRequest(BOT_SETTINGS.scopePrivate);
  if (peer instanceof Api.InputPeerChannel && (await isBroadcast(account, peer, method))) {
    throw badRequest(BOT_SETTINGS.scopeChannel);
  }
  if (scope.type === "chat_member") return new Api.BotCommandScopePeerUser({ peer, userId: toInputUser(account, scope.userId) });
  return scope.type === "chat" ? new Api.BotCommandScopePeer({ peer }) : new Api.BotCommandScopePeerAdmins({ peer });
}

/** TDLib accepts "" or two lower-case latin letters. */
export function checkLanguageCode(value: unknown): string {
  const code = typeof value === "string" ? value : "";
  if (code !== "" && !/^[a-z]{2}$/.test(code)) throw badRequest(BOT_SETTINGS.languageCode);
  return code;
}
