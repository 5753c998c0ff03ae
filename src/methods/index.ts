/**
 * Attaches the handlers of the implemented Bot API methods to the table. The server and
 * `bun run coverage` both call this, so coverage counts exactly what is served.
 */
import { close } from "./account/close.ts";
import { getMe } from "./account/get-me.ts";
import { logOut } from "./account/log-out.ts";
import { botHandlers } from "./bot/index.ts";
import { chatsHandlers } from "./chats/index.ts";
import { messagesHandlers } from "./messages/index.ts";
import type { Handler, MethodTable } from "./types.ts";
import { updateHandlers } from "./updates/index.ts";

const HANDLERS: Record<string, Handler> = {
  getMe,
  logOut,
  close,
  ...updateHandlers,
  ...messagesHandlers,
  ...chatsHandlers,
  ...botHandlers,
};

export function registerHandlers(table: MethodTable): void {
  for (const [name, handler] of Object.entries(HANDLERS)) table.implement(name, handler);
}
