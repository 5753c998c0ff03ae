/**
 * The Updates objects Telegram pushes for world events: short forms for plain text in
 * private chats and basic groups, `updates` (with the users and chats the client needs
 * for access hashes) otherwise, `updateShort` for events that name no peer.
 */
import { Api } from "telegram";
import type { SendResult, Target } from "./messages.ts";
import { big, collectMessage, decodeTl, entitiesFor, newPeerIds } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

const now = () => Math.floor(Date.now() / 1000);

/** `updates` carrying the users and chats the given updates' messages mention. */
export function updatesFor(world: World, viewerId: number, updates: Api.TypeUpdate[]): Api.Updates {
  const ids = newPeerIds();
  for (const update of updates) {
    if ("message" in update && (update.message instanceof Api.Message || update.message instanceof Api.MessageService)) {
      collectMessage(ids, update.message);
    }
  }
  const { users, chats } = entitiesFor(world, ids, viewerId);
  return new Api.Updates({ updates, users, chats, date: now(), seq: 0 });
}

export function updateShort(update: Api.TypeUpdate): Api.UpdateShort {
  return new Api.UpdateShort({ update, date: now() });
}

function isPlain(message: Api.Message): boolean {
  return !message.media && !message.replyMarkup && !message.fwdFrom;
}

/** The short form a recipient gets for a plain private or basic-group message, if any. */
function shortForm(from: Account, update: Api.UpdateNewMessage): Api.TypeUpdates | undefined {
  const message = update.message;
  if (!(message instanceof Api.Message) || !isPlain(message)) return undefined;
  const common = {
    out: message.out,
    silent: message.silent,
    id: message.id,
    message: message.message,
    pts: update.pts,
    ptsCount: update.ptsCount,
    date: message.date,
    entities: message.entities,
    replyTo: message.replyTo,
  };
  if (message.peerId instanceof Api.PeerUser) return new Api.UpdateShortMessage({ ...common, userId: message.peerId.userId });
  if (message.peerId instanceof Api.PeerChat) {
    return new Api.UpdateShortChatMessage({ ...common, fromId: big(from.id), chatId: message.peerId.chatId });
  }
  return undefined;
}

/**
 * Pushes a new message to every account that received it. The sender's own sessions get
 * it only with `echo` (an action from the control API); an RPC caller has it in its result.
 */
export function pushNewMessage(world: World, from: Account, target: Target, sent: SendResult, echo: boolean): void {
  const channel = target.kind === "chat" && target.chat.kind !== "group";
  for (const accountId of sent.ids.keys()) {
    if (accountId === from.id && !echo) continue;
    if (channel) {
      const own = decodeTl<Api.UpdateNewChannelMessage>(sent.senderUpdate.getBytes());
      const message = own.message as Api.Message | Api.MessageService;
      message.out = accountId === from.id && !message.post;
      world.push(accountId, updatesFor(world, accountId, [own]));
      continue;
    }
    const update = sent.updates.get(accountId)!;
    const short = accountId === from.id ? undefined : shortForm(from, update);
    world.push(accountId, short ?? updatesFor(world, accountId, [update]));
  }
}
