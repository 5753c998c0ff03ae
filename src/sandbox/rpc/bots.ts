/** Bots answering callback and inline queries. */
import { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import { answerCallback, answerInline } from "../world/queries.ts";
import type { Account } from "../world/types.ts";
import { bool, type HandlerTable, me, type RpcContext } from "./context.ts";

function botOnly(account: Account): Account {
  if (account.kind !== "bot") throw rpcError("USER_BOT_REQUIRED");
  return account;
}

function setCallbackAnswer(ctx: RpcContext, request: Api.messages.SetBotCallbackAnswer) {
  answerCallback(ctx.world, botOnly(me(ctx)), request.queryId.toString(), {
    text: request.message,
    showAlert: request.alert,
    url: request.url,
    cacheTime: request.cacheTime,
  });
  return bool(true);
}

function setInlineResults(ctx: RpcContext, request: Api.messages.SetInlineBotResults) {
  answerInline(ctx.world, botOnly(me(ctx)), request.queryId.toString(), {
    results: request.results,
    nextOffset: request.nextOffset,
    cacheTime: request.cacheTime,
    isPersonal: request.private ?? false,
    button: request.switchPm ?? request.switchWebview,
  });
  return bool(true);
}

export const botsHandlers: HandlerTable = {
  "messages.SetBotCallbackAnswer": setCallbackAnswer,
  "messages.SetInlineBotResults": setInlineResults,
};
