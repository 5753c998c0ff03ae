/** getUserChatBoosts. https://core.telegram.org/bots/api#getuserchatboosts */
import type { ChatBoost } from "@grammyjs/types";
import { Api } from "telegram";
import { toChatBoost } from "../../convert/boost.ts";
import { peerDirectory } from "../../convert/peers.ts";
import type { Handler } from "../types.ts";
import { chatTarget, userInput } from "./target.ts";

export const getUserChatBoosts: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const userId = userInput(account, params.user_id);
  const target = await chatTarget(account, params.chat_id);
  const result = await account.invoke(new Api.premium.GetUserBoosts({ peer: target.peer, userId }), ctx.method);
  const peers = peerDirectory(result.users);
  const boosts = result.boosts
    .map((b) => (b instanceof Api.Boost ? toChatBoost(b, peers) : undefined))
    .filter((b): b is ChatBoost => b !== undefined);
  return { boosts };
};
