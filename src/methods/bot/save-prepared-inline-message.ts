/**
 * savePreparedInlineMessage: stores a result one user may send from the bot's Mini App,
 * to the kinds of chats allowed, as messages.savePreparedInlineMessage.
 * https://core.telegram.org/bots/api#savepreparedinlinemessage
 */
import { Api } from "telegram";
import { badRequest, MARKUP } from "../../convert/errors.ts";
import { toInputInlineResult } from "../../convert/inline-result-input.ts";
import { BOT_SETTINGS } from "../errors.ts";
import type { Handler, Params } from "../types.ts";
import { inlineResultContext } from "./inline-context.ts";
import { toInputUser } from "./input-user.ts";

/** TDLib's targetChatTypes → TL peer types: groups cover basic groups and supergroups. */
function peerTypes(params: Params): Api.TypeInlineQueryPeerType[] {
  const allow = (name: string) => params[name] === true;
  const types: Api.TypeInlineQueryPeerType[] = [];
  if (allow("allow_user_chats")) types.push(new Api.InlineQueryPeerTypePM());
  if (allow("allow_bot_chats")) types.push(new Api.InlineQueryPeerTypeBotPM());
  if (allow("allow_group_chats")) types.push(new Api.InlineQueryPeerTypeChat(), new Api.InlineQueryPeerTypeMegagroup());
  if (allow("allow_channel_chats")) types.push(new Api.InlineQueryPeerTypeBroadcast());
  if (types.length === 0) throw badRequest(MARKUP.noChatTypes);
  return types;
}

export const savePreparedInlineMessage: Handler = async (ctx, params) => {
  const userId = typeof params.user_id === "number" ? params.user_id : 0;
  if (userId <= 0) throw badRequest(BOT_SETTINGS.invalidUserId);
  const account = await ctx.account();
  const result = toInputInlineResult(params.result, inlineResultContext(account));
  const types = peerTypes(params);
  const prepared = await account.invoke(
    new Api.messages.SavePreparedInlineMessage({ result, userId: toInputUser(account, userId), peerTypes: types }),
    ctx.method,
  );
  return { id: prepared.id, expiration_date: prepared.expireDate };
};
