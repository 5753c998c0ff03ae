import { clamp, int32 } from "../../updates/service.ts";
import type { Handler } from "../types.ts";

/**
 * Long polling: offset, limit 1–100 (default 100) and timeout 0–50 s are clamped as the
 * official clamps them, never refused.
 * https://core.telegram.org/bots/api#getupdates
 */
export const getUpdates: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const updates = ctx.updates();
  const integer = (name: string, fallback: number) => (params[name] === undefined ? fallback : int32(params[name] as number));
  return updates.getUpdates(account.id, {
    offset: integer("offset", 0),
    limit: clamp(integer("limit", 100), 1, 100),
    timeout: clamp(integer("timeout", 0), 0, 50),
    allowedUpdates: params.allowed_updates,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
};
