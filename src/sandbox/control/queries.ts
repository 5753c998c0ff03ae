/** POST/GET /control/callback_queries and /control/inline_queries. */
import { askInline, pressButton } from "../world/queries.ts";
import { accountOf, type Body, ControlError, type ControlEnv, isInt, isString, optionalField, requireField, targetOf } from "./env.ts";
import { tlToJson } from "./tl-json.ts";

export function createCallbackQuery(env: ControlEnv, body: Body) {
  const from = accountOf(env, "from", body.from);
  const target = targetOf(env, from, body.chat_id);
  const messageId = requireField(body, "message_id", isInt, "a message id");
  const data = optionalField(body, "data", isString, "a string") ?? "";
  return { id: pressButton(env.world, from, target, messageId, Buffer.from(data, "utf8")) };
}

export function getCallbackQuery(env: ControlEnv, id: string) {
  const query = env.world.queries.callbacks.get(id);
  if (!query) throw new ControlError(404, "no such callback query");
  if (!query.answer) return { answered: false };
  const { text, showAlert, url, cacheTime } = query.answer;
  return {
    answered: true,
    ...(text ? { text } : {}),
    ...(showAlert ? { show_alert: true } : {}),
    ...(url ? { url } : {}),
    ...(cacheTime ? { cache_time: cacheTime } : {}),
  };
}

export function createInlineQuery(env: ControlEnv, body: Body) {
  const from = accountOf(env, "from", body.from);
  const bot = accountOf(env, "bot", body.bot);
  const query = requireField(body, "query", isString, "a string");
  return { id: askInline(env.world, from, bot, query, optionalField(body, "offset", isString, "a string") ?? "") };
}

/** Results are shown as the TL InputBotInlineResult objects the bot sent. */
export function getInlineQuery(env: ControlEnv, id: string) {
  const query = env.world.queries.inline.get(id);
  if (!query) throw new ControlError(404, "no such inline query");
  if (!query.answer) return { answered: false };
  const { results, nextOffset, cacheTime, isPersonal, button } = query.answer;
  return {
    answered: true,
    results: tlToJson(results),
    ...(nextOffset ? { next_offset: nextOffset } : {}),
    cache_time: cacheTime,
    ...(isPersonal ? { is_personal: true } : {}),
    ...(button ? { button: tlToJson(button) } : {}),
  };
}
