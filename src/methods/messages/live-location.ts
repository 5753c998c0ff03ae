import { Api } from "telegram";
import type { CallContext, Handler, Params } from "../types.ts";
import { applyEdit, editTarget } from "./edit.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { liveLocation } from "./places.ts";
import { readMarkup } from "./send-options.ts";

async function editLive(ctx: CallContext, params: Params, media: Api.InputMediaGeoLive) {
  const edit = await editTarget(ctx, params);
  const { current } = edit;
  // An inline message's content is Telegram's to check.
  if (current && !(current instanceof Api.Message && current.media instanceof Api.MessageMediaGeoLive)) throw MESSAGE_ERRORS.noLiveLocation();
  return applyEdit(ctx, edit, { media, replyMarkup: await readMarkup(edit.target, params.reply_markup, true) });
}

/**
 * Moves a live location (and may extend its period) until it expires or is stopped.
 * https://core.telegram.org/bots/api#editmessagelivelocation
 */
export const editMessageLiveLocation: Handler = (ctx, params) => {
  const period = Number(params.live_period ?? 0);
  return editLive(ctx, params, liveLocation(params, period > 0 ? period : undefined));
};

/**
 * Stops a live location before its period ends.
 * https://core.telegram.org/bots/api#stopmessagelivelocation
 */
export const stopMessageLiveLocation: Handler = (ctx, params) =>
  editLive(ctx, params, new Api.InputMediaGeoLive({ geoPoint: new Api.InputGeoPointEmpty(), stopped: true }));
