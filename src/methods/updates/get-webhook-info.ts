import type { UpdatesService } from "../../updates/service.ts";
import type { Handler } from "../types.ts";

/** https://core.telegram.org/bots/api#getwebhookinfo */
export const getWebhookInfo =
  (updates: UpdatesService): Handler =>
  async (ctx) => updates.webhookInfo((await ctx.account()).id);
