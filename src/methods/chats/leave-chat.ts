/** leaveChat. https://core.telegram.org/bots/api#leavechat */
import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { chatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

export const leaveChat: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const target = await chatTarget(account, params.chat_id);
  switch (target.kind) {
    case "private":
      throw chatError("leavePrivate");
    case "group":
      await account.invoke(
        new Api.messages.DeleteChatUser({ chatId: target.groupId, userId: new Api.InputUserSelf() }),
        ctx.method,
      );
      return true;
    case "channel":
      await account.invoke(new Api.channels.LeaveChannel({ channel: target.channel }), ctx.method);
      return true;
  }
};
