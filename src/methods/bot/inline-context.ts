/**
 * What the inline result converter needs of the bot's account: InputUsers for mentions and
 * user buttons, and the bot itself for login buttons. Inline keyboards of results go to any
 * chat, so neither private-only nor channel rules apply when they are built.
 */
import { Api } from "telegram";
import type { InlineResultContext } from "../../convert/inline-result-input.ts";
import type { Account } from "../../telegram/account.ts";
import { toInputUser } from "./input-user.ts";

export function inlineResultContext(account: Account): InlineResultContext {
  const inputUser = (id: number) => toInputUser(account, id);
  const self = account.me.username?.toLowerCase();
  return {
    inputUser,
    markup: {
      isPrivate: false,
      isChannel: false,
      inputUser,
      // Only the bot itself is known here: other bots of login buttons are not resolved.
      loginBot: (username) => (username === undefined || username.toLowerCase() === self ? new Api.InputUserSelf() : undefined),
    },
  };
}
