import type { UpdatesService } from "../../updates/service.ts";
import { Described, type Handler } from "../types.ts";

/** https://core.telegram.org/bots/api#deletewebhook */
export const deleteWebhook =
  (updates: UpdatesService): Handler =>
  async (ctx, params) => {
    const account = await ctx.account();
    return new Described(true, await updates.deleteWebhook(account.id, params.drop_pending_updates === true));
  };
