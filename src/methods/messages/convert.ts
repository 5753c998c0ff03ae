/** TL messages a method got back → Bot API Messages, with the peers they name. */
import type { Message } from "@grammyjs/types";
import { type RawMessage, toBotMessage } from "../../convert/message.ts";
import { peerRef } from "../../convert/peers.ts";
import { fileIdsOf } from "../../files/file-ids.ts";
import type { Account } from "../../telegram/account.ts";
import { internalError } from "../errors.ts";
import { directoryFor } from "./known-peers.ts";

/**
 * `results` are the TL answers the message came with (their users and chats describe
 * it); `replied` is the message it replies to, when the caller has it.
 */
export async function toMessage(account: Account, raw: RawMessage, results: unknown[], replied?: RawMessage): Promise<Message> {
  const peers = await directoryFor(account, [peerRef(raw.peerId)], ...results);
  const message = toBotMessage(raw, peers, { fileIds: fileIdsOf, selfId: account.id, replyTo: replied });
  if (!message) throw internalError("the sent message has no Bot API form");
  return message;
}
