/** restrictChatMember. https://core.telegram.org/bots/api#restrictchatmember */
import type { BotChatMember } from "../../convert/chat-member.ts";
import { keepCurrentRights, LEGACY_FLAGS, type LegacyFlag, readLegacyPermissions } from "../../convert/legacy-permissions.ts";
import { parseChatPermissions, toBannedRights } from "../../convert/permissions.ts";
import type { CallContext, Handler, Params } from "../types.ts";
import { toBool } from "../values.ts";
import { editBanned, peerOfUser, refuseSelf } from "./ban.ts";
import { lookupMember } from "./member-lookup.ts";
import { channelEntity, chatTarget, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

export const restrictChatMember: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const input = userInput(account, params.user_id);
  const userId = params.user_id as number;
  const requested = readRequest(ctx, params);
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind !== "channel" || !(await channelEntity(account, target)).megagroup) throw chatError("supergroupsOnly");
  refuseSelf(account, userId);
  const member = await lookupMember(account, target, userId, ctx.method);
  if (member.status === "creator") throw chatError("removeOwner");
  const permissions = requested.keepsCurrent && isRestricted(member) ? keepCurrentRights(requested.permissions, member) : requested.permissions;
  const untilDate = (params.until_date as number | undefined) ?? 0;
  await editBanned(account, target, peerOfUser(input), toBannedRights(permissions, untilDate), ctx.method);
  return true;
};

/** The `permissions` object, or without it the legacy top-level flags. */
function readRequest(ctx: CallContext, params: Params) {
  const independent = params.use_independent_chat_permissions === true;
  if (params.permissions !== undefined) {
    return { permissions: parseChatPermissions(params.permissions, independent), keepsCurrent: false };
  }
  const given: Partial<Record<LegacyFlag, boolean>> = {};
  for (const name of LEGACY_FLAGS) {
    const value = ctx.raw.get(name);
    if (typeof value === "string") given[name] = toBool(value);
  }
  return readLegacyPermissions(given, independent);
}

function isRestricted(member: BotChatMember): member is Extract<BotChatMember, { status: "restricted" }> {
  return member.status === "restricted";
}
