/**
 * Telegram's update boxes: each account's common pts (private chats and basic groups),
 * its qts, and each channel's own pts. Every pts event is logged as TL bytes so that
 * updates.getDifference / getChannelDifference return exactly what a client missed.
 */
import { Api } from "telegram";
import { collectMessage, collectPeer, decodeTl, entitiesFor, newPeerIds, type PeerIds } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import type { World } from "./world.ts";

const now = () => Math.floor(Date.now() / 1000);

/** Appends one pts event to an account's common box: `make(pts, ptsCount)` builds it. */
export function addAccountEvent<T extends Api.TypeUpdate>(
  world: World,
  account: Account,
  count: number,
  make: (pts: number, ptsCount: number) => T,
): T {
  account.state.pts += count;
  account.state.date = Math.max(account.state.date, now());
  const update = make(account.state.pts, count);
  world.store.addEvent(`u${account.id}`, { pts: account.state.pts, count, date: account.state.date, data: update.getBytes() });
  world.saveAccount(account);
  return update;
}

/** Appends one qts event (bots' participant and similar events) to an account. */
export function addQtsEvent<T extends Api.TypeUpdate>(world: World, account: Account, make: (qts: number) => T): T {
  account.state.qts += 1;
  account.state.date = Math.max(account.state.date, now());
  const update = make(account.state.qts);
  world.store.addEvent(`q${account.id}`, { pts: account.state.qts, count: 1, date: account.state.date, data: update.getBytes() });
  world.saveAccount(account);
  return update;
}

/** Appends one pts event to a channel's box. */
export function addChannelEvent<T extends Api.TypeUpdate>(
  world: World,
  chat: Chat,
  count: number,
  make: (pts: number, ptsCount: number) => T,
): T {
  chat.pts += count;
  const update = make(chat.pts, count);
  world.store.addEvent(`c${chat.id}`, { pts: chat.pts, count, date: now(), data: update.getBytes() });
  world.saveChat(chat);
  return update;
}

export function stateTl(account: Account): Api.updates.State {
  const { pts, qts, seq, date } = account.state;
  return new Api.updates.State({ pts, qts, seq, date, unreadCount: 0 });
}

function splitEvents(updates: Api.TypeUpdate[], ids: PeerIds) {
  const newMessages: Api.TypeMessage[] = [];
  const otherUpdates: Api.TypeUpdate[] = [];
  for (const update of updates) {
    if (update instanceof Api.UpdateNewMessage || update instanceof Api.UpdateNewChannelMessage) {
      newMessages.push(update.message);
      collectMessage(ids, update.message);
    } else {
      otherUpdates.push(update);
      if (update instanceof Api.UpdateEditMessage || update instanceof Api.UpdateEditChannelMessage) {
        collectMessage(ids, update.message);
      } else if (update instanceof Api.UpdateDeleteChannelMessages) {
        collectPeer(ids, new Api.PeerChannel({ channelId: update.channelId }));
      }
    }
  }
  return { newMessages, otherUpdates };
}

export interface DifferenceRequest {
  pts: number;
  qts: number;
  date: number;
  ptsTotalLimit?: number;
}

/** updates.getDifference for one account. */
export function accountDifference(world: World, account: Account, request: DifferenceRequest): Api.updates.TypeDifference {
  const { state } = account;
  const gap = state.pts - request.pts;
  const limit = request.ptsTotalLimit ?? world.tooLongGap;
  if (gap > limit) return new Api.updates.DifferenceTooLong({ pts: state.pts });
  if (gap === 0 && request.qts >= state.qts) return new Api.updates.DifferenceEmpty({ date: state.date, seq: state.seq });
  const ptsEvents = gap > 0 ? world.store.eventsAfter(`u${account.id}`, request.pts, world.sliceSize + 1) : [];
  const qtsEvents = request.qts < state.qts ? world.store.eventsAfter(`q${account.id}`, request.qts, world.sliceSize + 1) : [];
  const sliced = ptsEvents.length > world.sliceSize || qtsEvents.length > world.sliceSize;
  const ptsTaken = ptsEvents.slice(0, world.sliceSize);
  const qtsTaken = qtsEvents.slice(0, world.sliceSize);
  const ids = newPeerIds();
  const { newMessages, otherUpdates } = splitEvents(
    [...ptsTaken, ...qtsTaken].map((event) => decodeTl<Api.TypeUpdate>(event.data)),
    ids,
  );
  const { users, chats } = entitiesFor(world, ids, account.id);
  const reached = new Api.updates.State({
    pts: sliced ? (ptsTaken.at(-1)?.pts ?? Math.max(request.pts, 0)) : state.pts,
    qts: sliced ? (qtsTaken.at(-1)?.pts ?? request.qts) : state.qts,
    date: sliced ? (ptsTaken.at(-1)?.date ?? request.date) : state.date,
    seq: state.seq,
    unreadCount: 0,
  });
  const body = { newMessages, newEncryptedMessages: [], otherUpdates, chats, users };
  return sliced
    ? new Api.updates.DifferenceSlice({ ...body, intermediateState: reached })
    : new Api.updates.Difference({ ...body, state: reached });
}

/** updates.getChannelDifference for one channel as `viewerId` sees it. */
export function channelDifference(
  world: World,
  chat: Chat,
  viewerId: number,
  pts: number,
  limit: number,
  topMessage: () => Api.TypeMessage[],
): Api.updates.TypeChannelDifference {
  const gap = chat.pts - pts;
  if (gap <= 0) return new Api.updates.ChannelDifferenceEmpty({ final: true, pts: chat.pts, timeout: 30 });
  const ids = newPeerIds();
  ids.chats.add(chat.id);
  if (gap > world.tooLongGap) {
    const messages = topMessage();
    for (const message of messages) collectMessage(ids, message);
    const { users, chats } = entitiesFor(world, ids, viewerId);
    return new Api.updates.ChannelDifferenceTooLong({
      final: true,
      timeout: 30,
      dialog: new Api.Dialog({
        peer: new Api.PeerChannel({ channelId: chats[0]!.id }),
        topMessage: chat.lastMessageId,
        readInboxMaxId: chat.lastMessageId,
        readOutboxMaxId: chat.lastMessageId,
        unreadCount: 0,
        unreadMentionsCount: 0,
        unreadReactionsCount: 0,
        notifySettings: new Api.PeerNotifySettings({}),
        pts: chat.pts,
      }),
      messages,
      chats,
      users,
    });
  }
  const size = Math.max(1, Math.min(limit, world.sliceSize));
  const events = world.store.eventsAfter(`c${chat.id}`, pts, size + 1);
  const taken = events.slice(0, size);
  const { newMessages, otherUpdates } = splitEvents(
    taken.map((event) => decodeTl<Api.TypeUpdate>(event.data)),
    ids,
  );
  const { users, chats } = entitiesFor(world, ids, viewerId);
  return new Api.updates.ChannelDifference({
    final: events.length <= size,
    pts: events.length <= size ? chat.pts : taken.at(-1)!.pts,
    timeout: 30,
    newMessages,
    otherUpdates,
    chats,
    users,
  });
}
