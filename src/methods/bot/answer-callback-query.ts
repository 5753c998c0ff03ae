/**
 * answerCallbackQuery: the bot's answer to a pressed inline button (a notification, an
 * alert or a URL to open), as messages.setBotCallbackAnswer.
 * https://core.telegram.org/bots/api#answercallbackquery
 */
import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { clampArg, toLongArg } from "./long-arg.ts";

/** The official server clamps cache_time to 30 days. */
const MAX_CACHE_TIME = 30 * 24 * 60 * 60;

export const answerCallbackQuery: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const text = typeof params.text === "string" ? params.text : "";
  const url = typeof params.url === "string" ? params.url : "";
  await account.invoke(
    new Api.messages.SetBotCallbackAnswer({
      queryId: toLongArg(params.callback_query_id),
      message: text || undefined,
      alert: params.show_alert === true || undefined,
      url: url || undefined,
      cacheTime: clampArg(params.cache_time, 0, 0, MAX_CACHE_TIME),
    }),
    ctx.method,
  );
  return true;
};
