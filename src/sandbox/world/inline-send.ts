/**
 * messages.sendInlineBotResult: a user sends one of the results a bot answered their
 * inline query with. The message is the user's, "via" the bot; the bot is told with
 * updateBotInlineSend (BotFather's inline feedback, which every sandbox bot has on), with
 * the message's inline id when the result has an inline keyboard.
 */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { inlineMessageId } from "./inline-messages.ts";
import { fileFromInput, mediaTl } from "./media.ts";
import { contentMedia } from "./message-media.ts";
import { type MessageInput, type SendResult, sendMessage, type Target } from "./messages.ts";
import { big, userTl } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

const now = () => Math.floor(Date.now() / 1000);

/** The media of a result sent with its own media (a cached photo or document). */
function resultMedia(world: World, bot: Account, result: Api.TypeInputBotInlineResult): Api.TypeMessageMedia {
  if (result instanceof Api.InputBotInlineResultPhoto) return mediaTl(fileFromInput(world, bot, new Api.InputMediaPhoto({ id: result.photo })));
  if (result instanceof Api.InputBotInlineResultDocument) return mediaTl(fileFromInput(world, bot, new Api.InputMediaDocument({ id: result.document })));
  throw rpcError("RESULT_TYPE_INVALID");
}

/** What the chosen result's send_message puts in the chat (text, a cached file with a caption, or a location). */
function contentOf(world: World, bot: Account, result: Api.TypeInputBotInlineResult): Omit<MessageInput, "viaBotId"> {
  const send = result.sendMessage;
  if (send instanceof Api.InputBotInlineMessageText) {
    return { text: send.message, entities: send.entities ?? undefined, replyMarkup: send.replyMarkup ?? undefined };
  }
  if (send instanceof Api.InputBotInlineMessageMediaAuto) {
    return { text: send.message, entities: send.entities ?? undefined, replyMarkup: send.replyMarkup ?? undefined, media: resultMedia(world, bot, result) };
  }
  if (send instanceof Api.InputBotInlineMessageMediaGeo) {
    // Absent flag fields decode as null; a period makes the point a live location.
    const geoPoint = send.geoPoint;
    const media = send.period
      ? new Api.InputMediaGeoLive({
        geoPoint,
        period: send.period,
        heading: send.heading ?? undefined,
        proximityNotificationRadius: send.proximityNotificationRadius ?? undefined,
      })
      : new Api.InputMediaGeoPoint({ geoPoint });
    return { text: "", replyMarkup: send.replyMarkup ?? undefined, media: contentMedia(world, media) };
  }
  throw rpcError("RESULT_TYPE_INVALID");
}

export interface InlineSendOptions {
  silent?: boolean;
  replyToId?: number;
}

export function sendInlineResult(
  world: World,
  user: Account,
  target: Target,
  queryId: string,
  resultId: string,
  options: InlineSendOptions,
  echo: boolean,
): SendResult {
  const query = world.queries.inline.get(queryId);
  if (!query || query.userId !== user.id || !query.answer) throw rpcError("QUERY_ID_INVALID");
  const result = query.answer.results.find((r) => r.id === resultId);
  if (!result) throw rpcError("RESULT_ID_INVALID");
  const bot = world.account(query.botId)!;
  const content = contentOf(world, bot, result);
  const sent = sendMessage(world, user, target, { ...content, ...options, viaBotId: bot.id }, echo);
  // Telegram names the sent message only when the bot can still edit it: it has an inline keyboard.
  const msgId = content.replyMarkup ? inlineMessageId(world, bot, user, target, sent) : undefined;
  const chosen = new Api.UpdateBotInlineSend({ userId: big(user.id), query: query.query ?? "", id: resultId, msgId });
  world.push(bot.id, new Api.Updates({ updates: [chosen], users: [userTl(user, bot.id)], chats: [], date: now(), seq: 0 }));
  return sent;
}
