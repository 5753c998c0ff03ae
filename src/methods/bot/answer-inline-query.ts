/**
 * answerInlineQuery: the bot's results for an inline query, as messages.setInlineBotResults.
 * https://core.telegram.org/bots/api#answerinlinequery
 */
import { Api } from "telegram";
import { badRequest, INLINE_RESULTS } from "../../convert/errors.ts";
import { toInputInlineResults } from "../../convert/inline-result-input.ts";
import { FieldError, isObject, optObject, reqObject, reqString } from "../../convert/json-fields.ts";
import type { CallContext, Handler } from "../types.ts";
import { inlineResultContext } from "./inline-context.ts";
import { clampArg, toLongArg } from "./long-arg.ts";

type ResultsButton = Api.InlineBotSwitchPM | Api.InlineBotWebView;

const MAX_CACHE_TIME = 24 * 60 * 60;
const GALLERY_TYPES = new Set(["photo", "gif", "sticker"]);

/** InlineQueryResultsButton: start the bot with a parameter, or open a Web App. */
export function parseResultsButton(value: unknown): ResultsButton | undefined {
  if (value === undefined) return undefined;
  try {
    if (!isObject(value)) throw new FieldError(INLINE_RESULTS.buttonNotObject);
    const text = reqString(value, "text");
    if (value.start_parameter !== undefined) return new Api.InlineBotSwitchPM({ text, startParam: reqString(value, "start_parameter") });
    if (optObject(value, "web_app")) return new Api.InlineBotWebView({ text, url: reqString(reqObject(value, "web_app"), "url") });
    throw new FieldError(INLINE_RESULTS.buttonOneField);
  } catch (error) {
    if (error instanceof FieldError) throw badRequest(INLINE_RESULTS.button(error.message));
    throw error;
  }
}

/** The pre-6.7 switch_pm_text / switch_pm_parameter, which the official still reads. */
function legacyButton(ctx: CallContext): ResultsButton | undefined {
  const text = ctx.raw.get("switch_pm_text");
  if (typeof text !== "string" || text === "") return undefined;
  const parameter = ctx.raw.get("switch_pm_parameter");
  return new Api.InlineBotSwitchPM({ text, startParam: typeof parameter === "string" ? parameter : "" });
}

export const answerInlineQuery: Handler = async (ctx, params) => {
  const queryId = toLongArg(params.inline_query_id);
  const cacheTime = clampArg(params.cache_time, 300, 0, MAX_CACHE_TIME);
  const nextOffset = typeof params.next_offset === "string" ? params.next_offset : "";
  const button = parseResultsButton(params.button) ?? legacyButton(ctx);
  const account = await ctx.account();
  const results = toInputInlineResults(params.results, inlineResultContext(account));
  await account.invoke(
    new Api.messages.SetInlineBotResults({
      queryId,
      results,
      cacheTime,
      gallery: results.some((r) => "type" in r && GALLERY_TYPES.has(r.type)) || undefined,
      private: params.is_personal === true || undefined,
      nextOffset: nextOffset || undefined,
      switchPm: button instanceof Api.InlineBotSwitchPM ? button : undefined,
      switchWebview: button instanceof Api.InlineBotWebView ? button : undefined,
    }),
    ctx.method,
  );
  return true;
};
