/**
 * One Bot API KeyboardButton (a string or an object, as sent) → TL KeyboardButton, in the
 * two steps of inline-button-input.ts: the official server's parse, then TDLib's checks.
 * https://core.telegram.org/bots/api#keyboardbutton
 */
import { Api } from "telegram";
import { badRequest, MARKUP } from "./errors.ts";
import { checkedUrl, readButtonBase, type ParsedButton } from "./inline-button-input.ts";
import { FieldError, isObject, optBool, optInt, optObject, optString, reqInt, reqObject, reqString, type JsonObject } from "./json-fields.ts";
import type { MarkupContext } from "./markup-context.ts";
import { toAdminRights } from "./admin-rights.ts";

type Build = (ctx: MarkupContext) => Api.TypeKeyboardButton;

export function parseKeyboardButton(value: unknown): ParsedButton {
  if (typeof value === "string") return value === "" ? {} : { build: () => new Api.KeyboardButton({ text: value }) };
  if (!isObject(value)) throw new FieldError(MARKUP.buttonNotStringOrObject);
  const { text, hasIcon } = readButtonBase(value);
  const build = readKind(value, text);
  return text === "" && !hasIcon ? {} : { build };
}

function privateOnly(error: string, make: () => Api.TypeKeyboardButton): Build {
  return (ctx) => {
    if (!ctx.isPrivate) throw badRequest(error);
    return make();
  };
}

function readKind(o: JsonObject, text: string): Build {
  const only = MARKUP.privateOnly;
  if (optBool(o, "request_phone_number") || optBool(o, "request_contact")) {
    return privateOnly(only.contact, () => new Api.KeyboardButtonRequestPhone({ text }));
  }
  if (optBool(o, "request_location")) {
    return privateOnly(only.location, () => new Api.KeyboardButtonRequestGeoLocation({ text }));
  }
  if ("request_poll" in o) {
    const type = optString(reqObject(o, "request_poll"), "type");
    const quiz = type === "quiz" ? true : type === "regular" ? false : undefined;
    return privateOnly(only.poll, () => new Api.KeyboardButtonRequestPoll({ text, quiz }));
  }
  if ("web_app" in o) {
    const url = reqString(reqObject(o, "web_app"), "url");
    return (ctx) => {
      if (!ctx.isPrivate) throw badRequest(only.webApp);
      return new Api.KeyboardButtonSimpleWebView({
        text, url: checkedUrl(url, MARKUP.url.keyboardWebApp, true, MARKUP.userLinkInWebApp),
      });
    };
  }
  if ("request_user" in o || "request_users" in o) {
    const r = reqObject(o, "request_users" in o ? "request_users" : "request_user");
    const buttonId = reqInt(r, "request_id");
    const peerType = new Api.RequestPeerTypeUser({
      bot: "user_is_bot" in r ? optBool(r, "user_is_bot") : undefined,
      premium: "user_is_premium" in r ? optBool(r, "user_is_premium") : undefined,
    });
    const maxQuantity = optInt(r, "max_quantity", 1);
    const flags = requestedFields(r, "request_name");
    return privateOnly(only.users, () =>
      new Api.InputKeyboardButtonRequestPeer({ text, buttonId, peerType, maxQuantity, ...flags }));
  }
  if ("request_chat" in o) {
    const r = reqObject(o, "request_chat");
    const buttonId = reqInt(r, "request_id");
    const isChannel = optBool(r, "chat_is_channel");
    const forum = "chat_is_forum" in r ? optBool(r, "chat_is_forum") : undefined;
    const hasUsername = "chat_has_username" in r ? optBool(r, "chat_has_username") : undefined;
    const creator = optBool(r, "chat_is_created") || undefined;
    const userAdminRights = readRights(r, "user_administrator_rights");
    const botAdminRights = readRights(r, "bot_administrator_rights");
    const botParticipant = optBool(r, "bot_is_member") || undefined;
    const flags = requestedFields(r, "request_title");
    const peerType = isChannel
      ? new Api.RequestPeerTypeBroadcast({ creator, hasUsername, userAdminRights, botAdminRights })
      : new Api.RequestPeerTypeChat({ creator, hasUsername, forum, userAdminRights, botAdminRights, botParticipant });
    return privateOnly(only.chat, () =>
      new Api.InputKeyboardButtonRequestPeer({ text, buttonId, peerType, maxQuantity: 1, ...flags }));
  }
  return () => new Api.KeyboardButton({ text });
}

function requestedFields(r: JsonObject, nameField: "request_name" | "request_title") {
  return {
    nameRequested: optBool(r, nameField) || undefined,
    usernameRequested: optBool(r, "request_username") || undefined,
    photoRequested: optBool(r, "request_photo") || undefined,
  };
}

const RIGHT_NAMES = [
  "is_anonymous", "can_manage_chat", "can_change_info", "can_post_messages", "can_edit_messages",
  "can_delete_messages", "can_invite_users", "can_restrict_members", "can_pin_messages", "can_manage_topics",
  "can_promote_members", "can_manage_video_chats", "can_post_stories", "can_edit_stories", "can_delete_stories",
] as const;

function readRights(r: JsonObject, name: string): Api.ChatAdminRights | undefined {
  const o = optObject(r, name);
  if (!o) return undefined;
  const rights: Partial<Record<(typeof RIGHT_NAMES)[number], boolean>> = {};
  for (const right of RIGHT_NAMES) rights[right] = optBool(o, right);
  return toAdminRights(rights);
}
