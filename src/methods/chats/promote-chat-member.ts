/** promoteChatMember. https://core.telegram.org/bots/api#promotechatmember */
import { Api } from "telegram";
import { type AdministratorRights, toAdminRights } from "../../convert/admin-rights.ts";
import type { Handler, Params } from "../types.ts";
import { lookupMember } from "./member-lookup.ts";
import { channelEntity, chatTarget, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

const RIGHTS = [
  "is_anonymous", "can_manage_chat", "can_change_info", "can_post_messages", "can_edit_messages",
  "can_delete_messages", "can_invite_users", "can_restrict_members", "can_pin_messages", "can_manage_topics",
  "can_promote_members", "can_manage_video_chats", "can_post_stories", "can_edit_stories", "can_delete_stories",
] as const satisfies readonly (keyof AdministratorRights)[];

function rightsOf(params: Params): Partial<AdministratorRights> {
  const rights: Partial<AdministratorRights> = {};
  for (const name of RIGHTS) if (params[name] === true) rights[name] = true;
  return rights;
}

export const promoteChatMember: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const input = userInput(account, params.user_id);
  const userId = params.user_id as number;
  const rights = rightsOf(params);
  const promotion = Object.keys(rights).length > 0;
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind !== "channel") throw chatError("supergroupsAndChannelsOnly");
  const channel = await channelEntity(account, target);
  // In channels a new administrator may ban by default, as the official server sets it.
  if (!channel.megagroup && promotion && params.can_restrict_members === undefined) rights.can_restrict_members = true;
  if (userId === account.id && promotion) throw chatError("promoteSelf");
  const member = await lookupMember(account, target, userId, ctx.method);
  if (member.status === "creator") throw chatError("removeOwner");
  if (!promotion && member.status !== "administrator") return true;
  const rank = member.status === "administrator" && promotion ? (member.custom_title ?? "") : "";
  await account.invoke(
    new Api.channels.EditAdmin({ channel: target.channel, userId: input, adminRights: toAdminRights(rights), rank }),
    ctx.method,
  );
  return true;
};
