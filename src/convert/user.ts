/** TL User → Bot API User. https://core.telegram.org/bots/api#user */
import type { User, UserFromGetMe } from "@grammyjs/types";
import type { Api } from "telegram";
import { toNumber } from "./long.ts";

/** A User, with getMe's capability flags when the caller asked for them. */
export type BotApiUser = User & Partial<Omit<UserFromGetMe, keyof User>>;

/**
 * `withBotInfo` adds the capability flags the official server shows only in getMe:
 * there they are always present, true or false.
 */
export function toBotUser(user: Api.User, withBotInfo = false): BotApiUser {
  const out: BotApiUser = {
    id: toNumber(user.id),
    is_bot: Boolean(user.bot),
    first_name: user.firstName ?? "",
  };
  if (user.lastName) out.last_name = user.lastName;
  const username = user.username ?? user.usernames?.find((u) => u.active)?.username;
  if (username) out.username = username;
  if (user.langCode) out.language_code = user.langCode;
  if (user.premium) out.is_premium = true;
  if (user.attachMenuEnabled) out.added_to_attachment_menu = true;
  if (withBotInfo && user.bot) {
    out.can_join_groups = !user.botNochats;
    out.can_read_all_group_messages = Boolean(user.botChatHistory);
    out.supports_inline_queries = user.botInlinePlaceholder !== undefined;
    out.can_connect_to_business = Boolean(user.botBusiness);
    out.has_main_web_app = Boolean(user.botHasMainApp);
    // Layer 198 carries no flag for these newer capabilities; the official prints them all.
    out.has_topics_enabled = false;
    out.allows_users_to_create_topics = false;
    out.can_manage_bots = false;
    out.supports_join_request_queries = false;
    out.supports_guest_queries = false;
  }
  return out;
}
