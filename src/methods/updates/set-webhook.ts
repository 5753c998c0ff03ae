import { readFile } from "node:fs/promises";
import { Described, type Handler, type UploadedFile } from "../types.ts";

/**
 * Sets (or, with an empty url, deletes) the webhook; answers once the URL and its
 * address passed the mode's rules.
 * https://core.telegram.org/bots/api#setwebhook
 */
export const setWebhook: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const updates = ctx.updates();
  const file = params.certificate as UploadedFile | undefined;
  const description = await updates.setWebhook(account.id, {
    url: (params.url as string | undefined) ?? "",
    ...(file ? { certificate: new Uint8Array(await readFile(file.path)) } : {}),
    ...(params.ip_address !== undefined ? { ipAddress: params.ip_address as string } : {}),
    maxConnections: updates.maxConnectionsOf(params.max_connections as number | undefined),
    allowedUpdates: params.allowed_updates,
    dropPendingUpdates: params.drop_pending_updates === true,
    ...(params.secret_token !== undefined ? { secretToken: params.secret_token as string } : {}),
  });
  return new Described(true, description);
};
