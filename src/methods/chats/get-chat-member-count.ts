/** getChatMemberCount. https://core.telegram.org/bots/api#getchatmembercount */
import { Api } from "telegram";
import { toNumber } from "../../convert/long.ts";
import type { Handler } from "../types.ts";
import { chatTarget } from "./target.ts";

export const getChatMemberCount: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const target = await chatTarget(account, params.chat_id, "members");
  switch (target.kind) {
    case "private":
      // The bot and the user, or the bot alone in its chat with itself.
      return target.chatId === account.id ? 1 : 2;
    case "group": {
      const { chats } = await account.invoke(new Api.messages.GetChats({ id: [target.groupId] }), ctx.method);
      const chat = chats.find((c) => toNumber(c.id) === toNumber(target.groupId));
      return chat instanceof Api.Chat ? chat.participantsCount : 0;
    }
    case "channel": {
      const full = await account.invoke(new Api.channels.GetFullChannel({ channel: target.channel }), ctx.method);
      return full.fullChat instanceof Api.ChannelFull ? (full.fullChat.participantsCount ?? 0) : 0;
    }
  }
};
