import type { Handler } from "../types.ts";

/**
 * Logs the bot out of the cloud Bot API server (here: out of its MTProto session), so it
 * can be launched locally; its stored session is removed.
 * https://core.telegram.org/bots/api#logout
 */
export const logOut: Handler = async (ctx) => {
  await (await ctx.account()).logOut();
};
