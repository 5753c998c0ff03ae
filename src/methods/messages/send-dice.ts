import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { sendContent } from "./send.ts";

/** TDLib sends the classic die when no emoji is given. */
const DEFAULT_DICE = "🎲";

/**
 * An animated emoji with a random value that Telegram rolls.
 * https://core.telegram.org/bots/api#senddice
 */
export const sendDice: Handler = (ctx, params) => {
  const media = new Api.InputMediaDice({ emoticon: String(params.emoji ?? "") || DEFAULT_DICE });
  return sendContent(ctx, params, () => ({ text: "", entities: [], media }));
};
