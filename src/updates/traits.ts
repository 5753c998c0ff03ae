/**
 * What the queue needs to know of one Bot API update besides its JSON: its type, how
 * long it stays deliverable and which updates it must stay ordered with on a webhook.
 * Both follow the official server (its add_update calls: lifetime and webhook queue id).
 */
import { isUpdateType, type UpdateType } from "./update-types.ts";
import { updateErrors } from "./messages.ts";

/** An Update without its update_id: exactly one field, named by its type. */
export type BotApiUpdateWithoutId = { readonly [type: string]: unknown };

export interface UpdateTraits {
  readonly type: UpdateType;
  readonly payload: Record<string, unknown>;
  /** Updates with the same key reach a webhook one at a time, in order; undefined: unordered. */
  readonly orderKey?: string;
  /** Unix seconds after which the update is no longer delivered. */
  readonly expiresAt: number;
}

const DAY = 86400;

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (typeof value === "object" && value !== null ? (value as Obj) : {});
const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
const chatId = (payload: Obj) => num(obj(payload.chat).id);
const fromId = (payload: Obj) => num(obj(payload.from).id);
const keyed = (group: string, id: unknown) => (id === undefined ? undefined : `${group}:${id}`);

/** Seconds an update stays deliverable, and from when; the official's timeouts per type. */
function lifetime(type: UpdateType, payload: Obj, now: number): number {
  switch (type) {
    case "message":
    case "edited_message":
    case "channel_post":
    case "edited_channel_post":
    case "business_message":
    case "edited_business_message":
    case "guest_message": {
      // An edit lives from its edit date, a new message from its date.
      const date = num(payload.edit_date) ?? num(payload.date) ?? now;
      return date + DAY - now;
    }
    case "my_chat_member":
    case "chat_member":
    case "chat_join_request":
    case "message_reaction":
    case "message_reaction_count":
      return (num(payload.date) ?? now) + DAY - now;
    case "chat_boost":
      return (num(obj(payload.boost).add_date) ?? now) + DAY - now;
    case "removed_chat_boost":
      return (num(payload.remove_date) ?? now) + DAY - now;
    case "inline_query":
      return 30;
    case "chosen_inline_result":
    case "custom_event":
      return 600;
    case "callback_query":
    case "shipping_query":
    case "pre_checkout_query":
      return 150;
    default:
      return DAY;
  }
}

/** The official's webhook queue ids, as strings: same key, same sequence. */
function orderKey(type: UpdateType, payload: Obj): string | undefined {
  switch (type) {
    case "message":
    case "edited_message":
    case "channel_post":
    case "edited_channel_post":
    case "guest_message":
      return keyed("chat", chatId(payload));
    case "business_message":
    case "edited_business_message":
    case "deleted_business_messages":
      return keyed("business", chatId(payload));
    case "business_connection":
      return keyed("business_connection", num(obj(payload.user).id));
    case "inline_query":
      return keyed("inline_query", fromId(payload));
    case "chosen_inline_result":
      return keyed("chosen_inline_result", fromId(payload));
    case "callback_query":
      return keyed("callback_query", fromId(payload));
    case "shipping_query":
    case "pre_checkout_query":
    case "purchased_paid_media":
      return keyed(type, fromId(payload));
    case "poll":
      return keyed("poll", payload.id);
    case "poll_answer":
      return keyed("poll", payload.poll_id);
    case "my_chat_member":
      return keyed("my_chat_member", chatId(payload));
    // A member's changes and join requests share the user's sequence, as in the official.
    case "chat_member":
      return keyed("chat_member", num(obj(obj(payload.new_chat_member).user).id));
    case "chat_join_request":
      return keyed("chat_member", fromId(payload));
    case "chat_boost":
    case "removed_chat_boost":
      return keyed("chat_boost", chatId(payload));
    case "message_reaction":
    case "message_reaction_count":
      return keyed(type, chatId(payload));
    default:
      return undefined;
  }
}

/** Reads an update; one that is not `{<known type>: {...}}` is a programming error. */
export function traitsOf(update: BotApiUpdateWithoutId, now: number): UpdateTraits {
  const keys = Object.keys(update);
  const type = keys[0];
  if (keys.length !== 1 || type === undefined || !isUpdateType(type)) throw new Error(updateErrors.badUpdate(keys));
  const payload = obj(update[type]);
  return { type, payload, orderKey: orderKey(type, payload), expiresAt: now + lifetime(type, payload, now) };
}
