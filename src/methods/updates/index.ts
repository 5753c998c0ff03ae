/** The handlers of the update methods; each reaches the update service through ctx.updates(). */
import type { Handler } from "../types.ts";
import { deleteWebhook } from "./delete-webhook.ts";
import { getUpdates } from "./get-updates.ts";
import { getWebhookInfo } from "./get-webhook-info.ts";
import { setWebhook } from "./set-webhook.ts";

export const updateHandlers: Record<string, Handler> = { getUpdates, setWebhook, deleteWebhook, getWebhookInfo };
