/** setChatPermissions. https://core.telegram.org/bots/api#setchatpermissions */
import { Api } from "telegram";
import { parseChatPermissions, toBannedRights } from "../../convert/permissions.ts";
import type { Handler } from "../types.ts";
import { channelEntity, chatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

export const setChatPermissions: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const permissions = parseChatPermissions(params.permissions, params.use_independent_chat_permissions === true);
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind === "private") throw chatError("privatePermissions");
  if (target.kind === "channel" && !(await channelEntity(account, target)).megagroup) throw chatError("channelPermissions");
  await account.invoke(
    new Api.messages.EditChatDefaultBannedRights({ peer: target.peer, bannedRights: toBannedRights(permissions) }),
    ctx.method,
  );
  return true;
};
