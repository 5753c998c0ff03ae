/** TL MessageFwdHeader → Bot API MessageOrigin. https://core.telegram.org/bots/api#messageorigin */
import type { MessageOrigin } from "@grammyjs/types";
import { Api } from "telegram";
import { chatOfPeer, userOf } from "./chat.ts";
import { toNumber } from "./long.ts";
import { peerRef, type PeerDirectory } from "./peers.ts";

export function toMessageOrigin(fwd: Api.MessageFwdHeader, peers: PeerDirectory): MessageOrigin {
  const date = fwd.date;
  const from = fwd.fromId;
  if (from instanceof Api.PeerUser) return { type: "user", date, sender_user: userOf(peers, toNumber(from.userId)) };
  if (!from) return { type: "hidden_user", date, sender_user_name: fwd.fromName ?? "" };
  const chat = chatOfPeer(peers, peerRef(from));
  const signature = fwd.postAuthor ? { author_signature: fwd.postAuthor } : {};
  if (chat.type === "channel" && fwd.channelPost) {
    return { type: "channel", date, chat, message_id: fwd.channelPost, ...signature };
  }
  return { type: "chat", date, sender_chat: chat, ...signature };
}
