import { toBotUser } from "../../convert/user.ts";
import type { Handler } from "../types.ts";

/**
 * The account's own user, with the bot capability flags.
 * https://core.telegram.org/bots/api#getme
 */
export const getMe: Handler = async (ctx) => {
  const account = await ctx.account();
  return toBotUser(account.me, true);
};
