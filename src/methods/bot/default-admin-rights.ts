/**
 * setMyDefaultAdministratorRights / getMyDefaultAdministratorRights: the rights the bot
 * asks for when added to groups (or channels), as bots.setBot{Group,Broadcast}DefaultAdminRights
 * and the bot's own users.getFullUser.
 * https://core.telegram.org/bots/api#setmydefaultadministratorrights
 */
import { Api } from "telegram";
import { type AdministratorRights, toAdministratorRights, toAdminRights } from "../../convert/admin-rights.ts";
import { badRequest } from "../../convert/errors.ts";
import { FieldError, isObject, optBool } from "../../convert/json-fields.ts";
import { BOT_SETTINGS } from "../errors.ts";
import type { Handler } from "../types.ts";

const FIELDS = [
  "can_manage_chat", "can_change_info", "can_post_messages", "can_edit_messages", "can_delete_messages",
  "can_invite_users", "can_restrict_members", "can_pin_messages", "can_manage_topics", "can_promote_members",
  "can_manage_video_chats", "can_post_stories", "can_edit_stories", "can_delete_stories",
  "can_manage_direct_messages", "can_manage_tags", "is_anonymous",
] as const;

/** The rights parameter as the official server reads it (absent: no rights at all). */
export function parseRights(value: unknown): Partial<AdministratorRights> {
  if (value === undefined) return {};
  try {
    if (!isObject(value)) throw new FieldError(BOT_SETTINGS.rightsNotObject);
    const out: Record<string, boolean> = {};
    for (const name of FIELDS) out[name] = optBool(value, name);
    return out as Partial<AdministratorRights>;
  } catch (error) {
    if (error instanceof FieldError) throw badRequest(BOT_SETTINGS.rights(error.message));
    throw error;
  }
}

/**
 * TDLib keeps only the rights that apply to the kind of chat, and any right at all
 * implies managing the chat.
 */
export function defaultRightsTl(rights: Partial<AdministratorRights>, forChannels: boolean): Api.ChatAdminRights {
  const kept: Partial<AdministratorRights> = forChannels
    ? { ...rights, can_pin_messages: false, can_manage_topics: false }
    : { ...rights, can_post_messages: false, can_edit_messages: false };
  const tl = toAdminRights(kept);
  const any = Object.entries(tl).some(([key, value]) => value === true && key !== "other");
  if (any) tl.other = true;
  return tl;
}

export const setMyDefaultAdministratorRights: Handler = async (ctx, params) => {
  const forChannels = params.for_channels === true;
  const adminRights = defaultRightsTl(parseRights(params.rights), forChannels);
  const account = await ctx.account();
  const request = forChannels
    ? new Api.bots.SetBotBroadcastDefaultAdminRights({ adminRights })
    : new Api.bots.SetBotGroupDefaultAdminRights({ adminRights });
  await account.invoke(request, ctx.method);
  return true;
};

export const getMyDefaultAdministratorRights: Handler = async (ctx, params) => {
  const forChannels = params.for_channels === true;
  const account = await ctx.account();
  const { fullUser } = await account.invoke(new Api.users.GetFullUser({ id: new Api.InputUserSelf() }), ctx.method);
  const rights = forChannels ? fullUser.botBroadcastAdminRights : fullUser.botGroupAdminRights;
  return toAdministratorRights(rights, forChannels ? "channel" : "supergroup");
};
