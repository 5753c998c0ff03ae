/**
 * The update types the Bot API knows, in the official server's order: a type's index is
 * its bit in an `allowed_updates` mask, as the official keeps it.
 * https://core.telegram.org/bots/api#update
 */
export const UPDATE_TYPES = [
  "message",
  "edited_message",
  "channel_post",
  "edited_channel_post",
  "inline_query",
  "chosen_inline_result",
  "callback_query",
  "custom_event",
  "custom_query",
  "shipping_query",
  "pre_checkout_query",
  "poll",
  "poll_answer",
  "my_chat_member",
  "chat_member",
  "chat_join_request",
  "chat_boost",
  "removed_chat_boost",
  "message_reaction",
  "message_reaction_count",
  "business_connection",
  "business_message",
  "edited_business_message",
  "deleted_business_messages",
  "purchased_paid_media",
  "managed_bot",
  "guest_message",
] as const;

export type UpdateType = (typeof UPDATE_TYPES)[number];

/** The official's internal types: they never appear in a reported allowed_updates list. */
const INTERNAL: ReadonlySet<string> = new Set(["custom_event", "custom_query"]);

const bit = (type: UpdateType) => 1 << UPDATE_TYPES.indexOf(type);

const ALL = (1 << UPDATE_TYPES.length) - 1;

/** By default chat_member, message_reaction and message_reaction_count are not sent. */
export const DEFAULT_ALLOWED = ALL & ~bit("chat_member") & ~bit("message_reaction") & ~bit("message_reaction_count");

export function isUpdateType(name: string): name is UpdateType {
  return (UPDATE_TYPES as readonly string[]).includes(name);
}

export function isAllowed(mask: number, type: UpdateType): boolean {
  return (mask & bit(type)) !== 0;
}

/**
 * The mask an `allowed_updates` value asks for, read as the official reads it: 0 means
 * "keep the current one" (absent, not JSON, not an array, or an array with a non-string);
 * an array naming no known type (e.g. `[]`) means the default.
 */
export function parseAllowedUpdates(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  let mask = 0;
  for (const name of value) {
    if (typeof name !== "string") return 0;
    const index = (UPDATE_TYPES as readonly string[]).indexOf(name.toLowerCase());
    if (index >= 0) mask |= 1 << index;
  }
  return mask === 0 ? DEFAULT_ALLOWED : mask;
}

/** The names in a mask, as getWebhookInfo lists them. */
export function allowedNames(mask: number): string[] {
  return UPDATE_TYPES.filter((type) => isAllowed(mask, type) && !INTERNAL.has(type));
}
