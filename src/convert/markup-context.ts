/** What the keyboard builders need to know about the chat and the peers they name. */
import type { Api } from "telegram";

export interface MarkupContext {
  /** Request buttons and Web App reply buttons are allowed in private chats only. */
  readonly isPrivate: boolean;
  /** Switch-inline buttons are refused in channels. */
  readonly isChannel: boolean;
  /** The InputUser for a `tg://user?id=…` button (InputUserEmpty when the user is unknown). */
  inputUser(userId: number): Api.TypeInputUser;
  /**
   * The bot a login_url button names (without "@"), or the bot itself for none; undefined
   * when no such bot is known. Usernames are resolved before the build: see loginUrlBots.
   */
  loginBot(username: string | undefined): Api.TypeInputUser | undefined;
}
