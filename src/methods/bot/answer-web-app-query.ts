/**
 * answerWebAppQuery: the bot answers a Web App with one inline result, which Telegram
 * sends on the user's behalf, as messages.sendWebViewResultMessage.
 * https://core.telegram.org/bots/api#answerwebappquery
 */
import { Api } from "telegram";
import { toInlineMessageId } from "../../convert/inline-message-id.ts";
import { toInputInlineResult } from "../../convert/inline-result-input.ts";
import type { Handler } from "../types.ts";
import { inlineResultContext } from "./inline-context.ts";

export const answerWebAppQuery: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const result = toInputInlineResult(params.result, inlineResultContext(account));
  const sent = await account.invoke(
    new Api.messages.SendWebViewResultMessage({ botQueryId: String(params.web_app_query_id ?? ""), result }),
    ctx.method,
  );
  return sent.msgId ? { inline_message_id: toInlineMessageId(sent.msgId) } : {};
};
