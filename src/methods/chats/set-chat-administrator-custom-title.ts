/** setChatAdministratorCustomTitle. https://core.telegram.org/bots/api#setchatadministratorcustomtitle */
import { Api } from "telegram";
import { toAdminRights } from "../../convert/admin-rights.ts";
import type { Handler } from "../types.ts";
import { lookupMember } from "./member-lookup.ts";
import { channelEntity, chatTarget, userInput } from "./target.ts";
import { chatError } from "./texts.ts";

export const setChatAdministratorCustomTitle: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const input = userInput(account, params.user_id);
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind === "private") throw chatError("groupsAndSupergroupsOnly");
  if (target.kind === "channel" && !(await channelEntity(account, target)).megagroup) throw chatError("groupsAndSupergroupsOnly");
  const member = await lookupMember(account, target, params.user_id as number, ctx.method);
  if (member.status === "creator") throw chatError("ownerCustomTitle");
  if (member.status !== "administrator") throw chatError("notAdministrator");
  if (!member.can_be_edited || target.kind !== "channel") throw chatError("customTitleRights");
  const { status: _s, user: _u, can_be_edited: _e, custom_title: _t, ...rights } = member;
  await account.invoke(
    new Api.channels.EditAdmin({
      channel: target.channel,
      userId: input,
      adminRights: toAdminRights(rights),
      rank: (params.custom_title as string | undefined) ?? "",
    }),
    ctx.method,
  );
  return true;
};
