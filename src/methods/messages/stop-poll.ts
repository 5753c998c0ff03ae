import { Api } from "telegram";
import { toPoll } from "../../convert/media/poll.ts";
import type { Handler } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { directoryFor } from "./known-peers.ts";
import { readMarkup } from "./send-options.ts";
import { editedMessage } from "./sent.ts";
import { messageToEdit } from "./edit.ts";

/**
 * Closes a poll the bot sent; answers the final Poll.
 * https://core.telegram.org/bots/api#stoppoll
 */
export const stopPoll: Handler = async (ctx, params) => {
  const { target, current } = await messageToEdit(ctx, params, "message with poll to stop", MESSAGE_ERRORS.pollCantBeStopped);
  if (!(current instanceof Api.Message && current.media instanceof Api.MessageMediaPoll)) throw MESSAGE_ERRORS.notAPoll();
  const { poll } = current.media;
  if (poll.closed) throw MESSAGE_ERRORS.pollClosed();
  const closed = new Api.Poll({ ...poll, closed: true });
  const result = await target.account.invoke(
    new Api.messages.EditMessage({
      peer: target.input,
      id: current.id,
      media: new Api.InputMediaPoll({ poll: closed }),
      replyMarkup: await readMarkup(target, params.reply_markup, true),
    }),
    ctx.method,
  );
  const edited = editedMessage(result);
  const media = edited instanceof Api.Message && edited.media instanceof Api.MessageMediaPoll ? edited.media : current.media;
  return toPoll(media.poll, media.results, await directoryFor(target.account, [], result));
};
