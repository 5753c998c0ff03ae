/** messages.editInlineBotMessage: a bot edits a message users sent through its inline results. */
import { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import { editInlineMessage } from "../world/inline-messages.ts";
import { bool, type HandlerTable, me, type RpcContext } from "./context.ts";
import { storedEntities } from "./messages.ts";

function editInline(ctx: RpcContext, request: Api.messages.EditInlineBotMessage) {
  const bot = me(ctx);
  if (bot.kind !== "bot") throw rpcError("USER_BOT_REQUIRED");
  // The message lives on the DC its id names; clients must call that DC (as GramJS and TDLib do).
  if (ctx.caller.dcId !== request.id.dcId) throw rpcError("MESSAGE_ID_INVALID");
  // Absent flag fields decode as null: only a present message replaces the text.
  const text = request.message ?? undefined;
  editInlineMessage(ctx.world, bot, request.id, {
    text,
    entities: text !== undefined ? (storedEntities(ctx, bot, request.entities ?? undefined) ?? []) : undefined,
    replyMarkup: request.replyMarkup ?? undefined,
    media: request.media ?? undefined,
  });
  return bool(true);
}

export const inlineEditsHandlers: HandlerTable = {
  "messages.EditInlineBotMessage": editInline,
};
