/** The handlers of the chats area, by Bot API method name. */
import type { Handler } from "../types.ts";

export const chatsHandlers: Record<string, Handler> = {};
