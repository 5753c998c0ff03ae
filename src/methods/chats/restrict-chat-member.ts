/** restrictChatMember. https://core.telegram.org/bots/api#restrictchatmember */
import { parseChatPermissions, toBannedRights } from "../../convert/permissions.ts";
import type { Handler } from "../types.ts";
import { editBanned, peerOfUser, refuseSelf } from "./ban.ts";
import { lookupMember } from "./member-lookup.ts";
import { channelEntity, chatTarget, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

export const restrictChatMember: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const input = userInput(account, params.user_id);
  const userId = params.user_id as number;
  const permissions = parseChatPermissions(params.permissions, params.use_independent_chat_permissions === true);
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind !== "channel" || !(await channelEntity(account, target)).megagroup) throw chatError("supergroupsOnly");
  refuseSelf(account, userId);
  if ((await lookupMember(account, target, userId, ctx.method)).status === "creator") throw chatError("removeOwner");
  const untilDate = (params.until_date as number | undefined) ?? 0;
  await editBanned(account, target, peerOfUser(input), toBannedRights(permissions, untilDate), ctx.method);
  return true;
};
