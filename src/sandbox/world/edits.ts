/** Editing and deleting messages, with the pts events and pushes Telegram sends for them. */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { editedMedia } from "./message-media.ts";
import { boxOf, type Target } from "./messages.ts";
import { announcePollEdit } from "./polls.ts";
import { updateShort, updatesFor } from "./push.ts";
import { big, decodeTl } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import { addAccountEvent, addChannelEvent } from "./updates.ts";
import type { World } from "./world.ts";

export interface MessageChange {
  text?: string;
  entities?: Api.TypeMessageEntity[];
  replyMarkup?: Api.TypeReplyMarkup;
  /** Bots restate their keyboard with every edit: an edit without one removes it. */
  replaceMarkup?: boolean;
  /** An InputMedia that changes the media in place (a live location, a poll's close). */
  media?: unknown;
}

const now = () => Math.floor(Date.now() / 1000);

function sameBytes(a: { getBytes(): Buffer } | undefined, b: { getBytes(): Buffer } | undefined): boolean {
  // Absent TL fields decode as null or undefined: both mean none.
  if (!a || !b) return !a && !b;
  return a.getBytes().equals(b.getBytes());
}

function entitiesEqual(a: Api.TypeMessageEntity[] | undefined, b: Api.TypeMessageEntity[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((e, i) => sameBytes(e, y[i]));
}

function canModerate(world: World, chat: Chat, accountId: number, right: "editMessages" | "deleteMessages"): boolean {
  const member = world.member(chat, accountId);
  return member?.status === "creator" || member?.adminRights?.[right] === true;
}

/**
 * Edits a message as `editor` (id in the editor's numbering). Returns the editor's
 * `updates`; every other holder of a copy gets its own edit event.
 */
export function editMessage(world: World, editor: Account, target: Target, id: number, change: MessageChange): Api.Updates {
  const { box, peer } = boxOf(editor, target);
  const row = world.store.getMessage(box, id);
  if (!row || row.peer !== peer) throw rpcError("MESSAGE_ID_INVALID");
  const current = decodeTl<Api.Message>(row.data);
  if (!(current instanceof Api.Message)) throw rpcError("MESSAGE_ID_INVALID");
  const own = box.startsWith("u")
    ? current.out
    : current.fromId instanceof Api.PeerUser
      ? current.fromId.userId.eq(big(editor.id))
      : canModerate(world, (target as { chat: Chat }).chat, editor.id, "editMessages");
  if (!own) throw rpcError("MESSAGE_AUTHOR_REQUIRED");
  const text = change.text ?? current.message;
  const entities = change.text !== undefined ? change.entities : (change.entities ?? current.entities);
  const markup = change.replaceMarkup ? change.replyMarkup : (change.replyMarkup ?? current.replyMarkup);
  const media = change.media === undefined ? current.media : editedMedia(current.media, change.media);
  if (
    text === current.message && entitiesEqual(entities, current.entities) && sameBytes(markup, current.replyMarkup) &&
    sameBytes(media, current.media)
  ) {
    throw rpcError("MESSAGE_NOT_MODIFIED");
  }
  if (!text && !current.media) throw rpcError("MESSAGE_EMPTY");
  const editDate = now();
  const apply = (data: Uint8Array): Api.Message => {
    const message = decodeTl<Api.Message>(data);
    message.message = text;
    message.entities = entities?.length ? entities : undefined;
    message.replyMarkup = markup;
    message.media = media;
    message.editDate = editDate;
    return message;
  };
  const pushes: Array<[number, Api.TypeUpdate]> = [];
  let result!: Api.TypeUpdate;
  world.store.transaction(() => {
    if (box.startsWith("c")) {
      const chat = (target as { chat: Chat }).chat;
      const message = apply(row.data);
      world.store.putMessage({ ...row, data: message.getBytes() });
      result = addChannelEvent(world, chat, 1, (pts, ptsCount) => new Api.UpdateEditChannelMessage({ message, pts, ptsCount }));
      for (const member of world.memberIds(chat)) if (member !== editor.id) pushes.push([member, result]);
      return;
    }
    for (const copy of world.store.messagesByLink(row.link)) {
      const message = apply(copy.data);
      world.store.putMessage({ ...copy, data: message.getBytes() });
      const owner = world.account(Number(copy.box.slice(1)))!;
      const update = addAccountEvent(world, owner, 1, (pts, ptsCount) => new Api.UpdateEditMessage({ message, pts, ptsCount }));
      if (owner.id === editor.id) result = update;
      else pushes.push([owner.id, update]);
    }
  });
  for (const [accountId, update] of pushes) world.push(accountId, updatesFor(world, accountId, [update]));
  if (change.media !== undefined) announcePollEdit(world, editor, media);
  return updatesFor(world, editor.id, [result]);
}

/**
 * messages.deleteMessages in the common box: removes the actor's copies, and with
 * `revoke` every other copy too (private chats; basic groups for authors and admins).
 */
export function deleteMessages(world: World, actor: Account, ids: number[], revoke: boolean): Api.messages.AffectedMessages {
  const byOwner = new Map<number, number[]>();
  const add = (owner: number, id: number) => byOwner.set(owner, [...(byOwner.get(owner) ?? []), id]);
  let result: Api.UpdateDeleteMessages | undefined;
  const pushes: Array<[number, Api.UpdateDeleteMessages]> = [];
  world.store.transaction(() => {
    for (const id of ids) {
      const row = world.store.getMessage(`u${actor.id}`, id);
      if (!row) continue;
      add(actor.id, id);
      const message = decodeTl<Api.Message>(row.data);
      const group = row.peer.startsWith("g") ? world.chat(Number(row.peer.slice(1))) : undefined;
      const mayRevoke = actor.kind === "bot" || revoke;
      const allowed = !group || message.out || (group !== undefined && canModerate(world, group, actor.id, "deleteMessages"));
      if (!mayRevoke || !allowed) continue;
      for (const copy of world.store.messagesByLink(row.link)) {
        if (copy.box !== `u${actor.id}`) add(Number(copy.box.slice(1)), copy.id);
      }
    }
    for (const [ownerId, messages] of byOwner) {
      const owner = world.account(ownerId)!;
      for (const id of messages) world.store.deleteMessage(`u${ownerId}`, id);
      const update = addAccountEvent(world, owner, messages.length, (pts, ptsCount) => new Api.UpdateDeleteMessages({ messages, pts, ptsCount }));
      if (ownerId === actor.id) result = update;
      else pushes.push([ownerId, update]);
    }
  });
  for (const [accountId, update] of pushes) world.push(accountId, updateShort(update));
  return new Api.messages.AffectedMessages({ pts: result?.pts ?? actor.state.pts, ptsCount: result?.ptsCount ?? 0 });
}

/** channels.deleteMessages: one channel event, pushed to every member. */
export function deleteChannelMessages(world: World, actor: Account, chat: Chat, ids: number[]): Api.messages.AffectedMessages {
  const found = ids.filter((id) => world.store.getMessage(`c${chat.id}`, id));
  const moderator = canModerate(world, chat, actor.id, "deleteMessages");
  for (const id of found) {
    const message = decodeTl<Api.Message>(world.store.getMessage(`c${chat.id}`, id)!.data);
    const author = message.fromId instanceof Api.PeerUser && message.fromId.userId.eq(big(actor.id));
    if (!author && !moderator) throw rpcError("MESSAGE_DELETE_FORBIDDEN");
  }
  if (found.length === 0) return new Api.messages.AffectedMessages({ pts: chat.pts, ptsCount: 0 });
  const update = world.store.transaction(() => {
    for (const id of found) world.store.deleteMessage(`c${chat.id}`, id);
    return addChannelEvent(world, chat, found.length, (pts, ptsCount) =>
      new Api.UpdateDeleteChannelMessages({ channelId: big(chat.id), messages: found, pts, ptsCount }),
    );
  });
  for (const member of world.memberIds(chat)) {
    if (member !== actor.id) world.push(member, updatesFor(world, member, [update]));
  }
  return new Api.messages.AffectedMessages({ pts: update.pts, ptsCount: update.ptsCount });
}
