import { Described, type Handler } from "../types.ts";

/** https://core.telegram.org/bots/api#deletewebhook */
export const deleteWebhook: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const updates = ctx.updates();
  return new Described(true, await updates.deleteWebhook(account.id, params.drop_pending_updates === true));
};
