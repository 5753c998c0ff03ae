/** The handlers of the bot area, by Bot API method name. */
import type { Handler } from "../types.ts";

export const botHandlers: Record<string, Handler> = {};
