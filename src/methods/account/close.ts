import { retryAfter } from "../errors.ts";
import type { Handler } from "../types.ts";

/** As the official: no close in the first 10 minutes after launch, unless the server itself just started. */
const CLOSE_GRACE_SECONDS = 10 * 60;

/**
 * Closes the bot instance so its directory can be moved to another server: its client
 * disconnects and is forgotten in memory; its data stays. The next request relaunches it.
 * https://core.telegram.org/bots/api#close
 */
export const close: Handler = async (ctx) => {
  const account = await ctx.account();
  const wait = CLOSE_GRACE_SECONDS - (Math.floor(Date.now() / 1000) - account.launchedAt);
  if (wait > 0 && account.launchedAt > account.serverStartedAt + CLOSE_GRACE_SECONDS) throw retryAfter(wait);
  await account.close();
};
