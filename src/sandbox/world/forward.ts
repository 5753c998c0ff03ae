/** messages.forwardMessages: copies of messages in another chat, with the original's header. */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { boxOf, sendMessage, type Target } from "./messages.ts";
import { decodeTl, peerOfChat, peerUser } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

/** Who the forward header names: the author, or the channel for channel posts. */
function originalHeader(message: Api.Message, viewer: Account, source: Target): Api.MessageFwdHeader {
  if (message.fwdFrom) return message.fwdFrom;
  if (source.kind === "chat" && source.chat.kind === "channel") {
    return new Api.MessageFwdHeader({ fromId: peerOfChat(source.chat), date: message.date, channelPost: message.id });
  }
  const author =
    message.fromId ?? (source.kind === "user" ? peerUser(message.out ? viewer.id : source.account.id) : undefined);
  return new Api.MessageFwdHeader({ fromId: author, date: message.date });
}

export interface ForwardOptions {
  /** Copy without the header (Bot API copyMessage). */
  dropAuthor: boolean;
  /** Copies of media messages go without their captions. */
  dropCaptions?: boolean;
  /** The copies are protected (no forwarding or saving). */
  noforwards?: boolean;
  silent?: boolean;
  echo: boolean;
}

/** Forwards `ids` (the sender's numbering in `source`) to `target`; returns the sender's events. */
export function forwardMessages(
  world: World,
  sender: Account,
  source: Target,
  ids: number[],
  target: Target,
  options: ForwardOptions,
): Array<Api.UpdateNewMessage | Api.UpdateNewChannelMessage> {
  const { box, peer } = boxOf(sender, source);
  const originals = ids.map((id) => {
    const row = world.store.getMessage(box, id);
    const message = row && row.peer === peer ? decodeTl<Api.TypeMessage>(row.data) : undefined;
    if (!(message instanceof Api.Message)) throw rpcError("MESSAGE_ID_INVALID");
    return message;
  });
  return originals.map((message) => {
    const sent = sendMessage(
      world,
      sender,
      target,
      {
        text: options.dropCaptions && message.media ? "" : message.message,
        entities: options.dropCaptions && message.media ? undefined : message.entities,
        media: message.media,
        noforwards: options.noforwards,
        silent: options.silent,
        fwdFrom: options.dropAuthor ? undefined : originalHeader(message, sender, source),
      },
      options.echo,
    );
    return sent.senderUpdate;
  });
}

