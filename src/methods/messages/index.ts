/** The handlers of the messages area, by Bot API method name. */
import type { Handler } from "../types.ts";

export const messagesHandlers: Record<string, Handler> = {};
