/**
 * Every text of the update stream, worded as the official server words it (Client.cpp
 * and WebhookActor.cpp of tdlib/telegram-bot-api).
 */
import { BotApiError } from "../methods/types.ts";

export const conflicts = {
  otherGetUpdates: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
  setWebhook: "Conflict: terminated by setWebhook request",
  webhookActive: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
} as const;

/** The description the official adds beside `result: true`. */
export const descriptions = {
  set: "Webhook was set",
  alreadySet: "Webhook is already set",
  deleted: "Webhook was deleted",
  alreadyDeleted: "Webhook is already deleted",
} as const;

export const conflict = (text: string) => new BotApiError(409, text);

export const badRequest = {
  invalidUrl: () => new BotApiError(400, "Bad Request: invalid webhook URL specified"),
  secretTooLong: () => new BotApiError(400, "Bad Request: secret token is too long"),
  secretCharacters: () => new BotApiError(400, "Bad Request: secret token contains unallowed characters"),
  certificateTooBig: (size: number) => new BotApiError(400, `Bad Request: certificate size is too big (${size} bytes)`),
  badWebhook: (reason: string) => new BotApiError(400, `Bad Request: bad webhook: ${reason}`),
};

/** Why a webhook cannot be used (after "bad webhook: "). */
export const webhookRefusals = {
  port: "Webhook can be set up only on ports 80, 88, 443 or 8443",
  https: "An HTTPS URL must be provided for webhook",
  invalidIp: "Invalid IP address specified",
  ipv6: "IPv6-only addresses are not allowed",
  reserved: (ip: string) => `IP address ${ip} is reserved`,
  unresolved: (reason: string) => `Failed to resolve host: ${reason}`,
} as const;

/** last_error_message of getWebhookInfo. */
export const deliveryErrors = {
  wrongResponse: (status: number, reason: string) => `Wrong response from the webhook: ${status} ${reason}`,
  refused: "Connection refused",
  timeout: "Read timeout expired",
  closed: "Webhook connection closed",
  connect: "Can't connect to the webhook",
} as const;

/** Programming errors inside the gateway. */
export const updateErrors = {
  badUpdate: (keys: string[]) => `An update must have exactly one field naming a known update type, got [${keys.join(", ")}]`,
} as const;
