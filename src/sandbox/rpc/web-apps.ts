/** messages.sendWebViewResultMessage and messages.savePreparedInlineMessage. */
import type { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import type { Account } from "../world/types.ts";
import { answerWebApp, prepareMessage } from "../world/web-apps.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";
import { resolveUser } from "./peers.ts";

function botOnly(ctx: RpcContext): Account {
  const account = me(ctx);
  if (account.kind !== "bot") throw rpcError("USER_BOT_REQUIRED");
  return account;
}

export const webAppsHandlers: HandlerTable = {
  "messages.SendWebViewResultMessage": (ctx, request: Api.messages.SendWebViewResultMessage) =>
    answerWebApp(ctx.world, botOnly(ctx), request.botQueryId, request.result),
  "messages.SavePreparedInlineMessage": (ctx, request: Api.messages.SavePreparedInlineMessage) => {
    const bot = botOnly(ctx);
    return prepareMessage(ctx.world, bot, resolveUser(ctx.world, bot, request.userId), request.result, request.peerTypes ?? []);
  },
};
