import type { Handler } from "../types.ts";

/** https://core.telegram.org/bots/api#getwebhookinfo */
export const getWebhookInfo: Handler = async (ctx) => ctx.updates().webhookInfo((await ctx.account()).id);
