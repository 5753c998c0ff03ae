/**
 * POST /control/web_app_queries `{from, bot}` → `{id}`: a user's Web App of the bot asks it
 * to answer; GET /control/web_app_queries/<id> → `{answered: false}` or `{answered: true,
 * result, message_id?}` (the TL InputBotInlineResult; message_id in the user's numbering).
 * GET /control/prepared_inline_messages/<id> → `{bot, user, result, peer_types, expire_date}`.
 */
import { openWebApp, webApps } from "../world/web-apps.ts";
import { accountOf, type Body, ControlError, type ControlEnv } from "./env.ts";
import { tlToJson } from "./tl-json.ts";

export function createWebAppQuery(env: ControlEnv, body: Body) {
  return { id: openWebApp(env.world, accountOf(env, "from", body.from), accountOf(env, "bot", body.bot)) };
}

export function getWebAppQuery(env: ControlEnv, id: string) {
  const query = webApps(env.world).queries.get(id);
  if (!query) throw new ControlError(404, "no such web app query");
  if (!query.answer) return { answered: false };
  const { result, messageId } = query.answer;
  return { answered: true, result: tlToJson(result), ...(messageId === undefined ? {} : { message_id: messageId }) };
}

export function getPreparedMessage(env: ControlEnv, id: string) {
  const prepared = webApps(env.world).prepared.get(id);
  if (!prepared) throw new ControlError(404, "no such prepared message");
  const { botId, userId, result, peerTypes, expireDate } = prepared;
  return { bot: botId, user: userId, result: tlToJson(result), peer_types: peerTypes, expire_date: expireDate };
}
