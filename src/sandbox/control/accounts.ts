/** POST /control/bots, POST /control/users, GET /control/codes/<phone>. */
import { normalizePhone } from "../world/ids.ts";
import { type Body, ControlError, type ControlEnv, isInt, isString, optionalField, requireField } from "./env.ts";

export function createBot(env: ControlEnv, body: Body) {
  const bot = env.world.createBot({
    username: requireField(body, "username", isString, "a string"),
    firstName: optionalField(body, "first_name", isString, "a string"),
    dcId: optionalField(body, "dc_id", isInt, "a DC id"),
  });
  return { id: bot.id, token: bot.botToken, username: bot.username };
}

/** POST /control/bots/<id>/token: a new token for the bot, as BotFather's /revoke. */
export function revokeToken(env: ControlEnv, botId: string) {
  const bot = env.world.revokeBotToken(Number(botId));
  return { id: bot.id, token: bot.botToken, username: bot.username };
}

export function createUser(env: ControlEnv, body: Body) {
  const user = env.world.createUser({
    phone: optionalField(body, "phone", isString, "a string"),
    firstName: requireField(body, "first_name", isString, "a string"),
    lastName: optionalField(body, "last_name", isString, "a string"),
    username: optionalField(body, "username", isString, "a string"),
    password: optionalField(body, "password", isString, "a string"),
    dcId: optionalField(body, "dc_id", isInt, "a DC id"),
  });
  const out: Record<string, unknown> = { id: user.id, phone: user.phone };
  if (user.username) out.username = user.username;
  return out;
}

export function lastCode(env: ControlEnv, phone: string) {
  const sent = env.world.codes.get(normalizePhone(decodeURIComponent(phone)));
  if (!sent) throw new ControlError(404, "no code was sent to this phone");
  return { code: sent.code };
}
