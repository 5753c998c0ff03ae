import type { Handler } from "../types.ts";
import { pollInput } from "./poll-input.ts";
import { sendContent } from "./send.ts";

/**
 * A regular poll or a quiz.
 * https://core.telegram.org/bots/api#sendpoll
 */
export const sendPoll: Handler = (ctx, params) =>
  sendContent(ctx, params, (target) => ({ text: "", entities: [], media: pollInput(ctx, params, target.account) }));
