/** The handlers of the update methods, bound to the gateway's update service. */
import type { UpdatesService } from "../../updates/service.ts";
import type { Handler } from "../types.ts";
import { deleteWebhook } from "./delete-webhook.ts";
import { getUpdates } from "./get-updates.ts";
import { getWebhookInfo } from "./get-webhook-info.ts";
import { setWebhook } from "./set-webhook.ts";

export function updateHandlers(updates: UpdatesService): Record<string, Handler> {
  return {
    getUpdates: getUpdates(updates),
    setWebhook: setWebhook(updates),
    deleteWebhook: deleteWebhook(updates),
    getWebhookInfo: getWebhookInfo(updates),
  };
}
