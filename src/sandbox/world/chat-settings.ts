/**
 * A chat's own settings as its admins change them: title (announced by a service
 * message), description and the default permissions of members.
 */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { sendMessage } from "./messages.ts";
import type { Account, AdminRightName, BannedRights, Chat } from "./types.ts";
import type { World } from "./world.ts";

/** Telegram's limit on a chat description. */
const MAX_ABOUT = 255;

/** An admin with `right`, or (groups and supergroups) any member when the chat's defaults allow it. */
export function mayChange(world: World, actor: Account, chat: Chat, right: AdminRightName, defaultFlag?: string): boolean {
  const member = world.member(chat, actor.id);
  if (!member) return false;
  if (member.status === "creator") return true;
  if (member.status === "administrator") return member.adminRights?.[right] === true;
  // Members of public groups may never change the chat's info, whatever its defaults say.
  if (chat.username && defaultFlag === "changeInfo") return false;
  return chat.kind !== "channel" && defaultFlag !== undefined && chat.defaultBannedRights[defaultFlag] !== true
    && member.bannedRights?.[defaultFlag] !== true;
}

export function editTitle(world: World, actor: Account, chat: Chat, title: string, echo: boolean): Api.TypeUpdate[] {
  const trimmed = title.trim();
  if (!trimmed) throw rpcError("CHAT_TITLE_EMPTY");
  if (!mayChange(world, actor, chat, "changeInfo", "changeInfo")) throw rpcError("CHAT_ADMIN_REQUIRED");
  if (trimmed === chat.title) throw rpcError("CHAT_NOT_MODIFIED");
  chat.title = trimmed;
  world.saveChat(chat);
  const action = new Api.MessageActionChatEditTitle({ title: trimmed });
  return [sendMessage(world, actor, { kind: "chat", chat }, { text: "", action }, echo).senderUpdate];
}

export function editAbout(world: World, actor: Account, chat: Chat, about: string): void {
  if (!mayChange(world, actor, chat, "changeInfo", "changeInfo")) throw rpcError("CHAT_ADMIN_REQUIRED");
  if (about.length > MAX_ABOUT) throw rpcError("CHAT_ABOUT_TOO_LONG");
  if (about === (chat.about ?? "")) throw rpcError("CHAT_ABOUT_NOT_MODIFIED");
  chat.about = about || undefined;
  world.saveChat(chat);
}

export function editDefaultRights(world: World, actor: Account, chat: Chat, rights: BannedRights): void {
  if (!mayChange(world, actor, chat, "banUsers")) throw rpcError("CHAT_ADMIN_REQUIRED");
  const { untilDate: _ignored, ...flags } = rights;
  const same = (a: BannedRights, b: BannedRights) =>
    Object.keys({ ...a, ...b }).every((k) => k === "untilDate" || Boolean(a[k]) === Boolean(b[k]));
  if (same(flags, chat.defaultBannedRights)) throw rpcError("CHAT_NOT_MODIFIED");
  chat.defaultBannedRights = flags;
  world.saveChat(chat);
}
