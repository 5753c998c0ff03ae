/**
 * The message under a pressed inline button. updateBotCallbackQuery names it only by id,
 * while the Bot API's callback_query carries it whole, so it is fetched as the official
 * server does; a message the bot cannot get any more is left out (shown as inaccessible).
 */
import { Api } from "telegram";
import { toNumber } from "../convert/long.ts";
import type { RawMessage } from "../convert/message.ts";
import type { Account } from "../telegram/account.ts";

export interface QueryMessage {
  readonly message: RawMessage;
  readonly users: Api.TypeUser[];
  readonly chats: Api.TypeChat[];
}

export async function fetchQueryMessage(
  account: Account,
  update: Api.UpdateBotCallbackQuery,
  remember: (users: Api.TypeUser[], chats: Api.TypeChat[]) => void,
): Promise<QueryMessage | undefined> {
  const id = [new Api.InputMessageID({ id: update.msgId })];
  let result: Api.messages.TypeMessages;
  try {
    if (update.peer instanceof Api.PeerChannel) {
      const peer = account.peers.inputPeerOf({ kind: "channel", id: toNumber(update.peer.channelId) }) as Api.InputPeerChannel;
      const channel = new Api.InputChannel({ channelId: peer.channelId, accessHash: peer.accessHash });
      result = await account.invoke(new Api.channels.GetMessages({ channel, id }));
    } else {
      result = await account.invoke(new Api.messages.GetMessages({ id }));
    }
  } catch {
    return undefined;
  }
  if (result instanceof Api.messages.MessagesNotModified) return undefined;
  remember(result.users, result.chats);
  const message = result.messages.find((m) => m.id === update.msgId);
  if (!(message instanceof Api.Message || message instanceof Api.MessageService)) return undefined;
  return { message, users: result.users, chats: result.chats };
}
