/**
 * The update manager of one account: Telegram's pts / qts / seq / channel pts rules,
 * applied one container at a time, in arrival order. An update that applies is converted
 * and handed to `deliver` together with the state it advances (one SQLite transaction),
 * so an update is never both past our pts and missing from the queue. Gaps wait briefly
 * for the missing updates, then getDifference / getChannelDifference fill them; start-up
 * and every reconnect fetch the difference too (GramJS has no gap recovery of its own).
 * https://core.telegram.org/api/updates
 */
import type { Database } from "bun:sqlite";
import { Api } from "telegram";
import type { MediaContext } from "../convert/media/file-location.ts";
import type { PeerDirectory } from "../convert/peers.ts";
import type { Account } from "../telegram/account.ts";
import { type Box, boxKey, CHANNEL_PREFIX, boxOf, startOf, verdict } from "./boxes.ts";
import { type FetchedMessage, MessageLookup, repliedId } from "./query-message.ts";
import { toBotUpdates } from "./convert-update.ts";
import { CHANNEL_LIMIT, readChannelDifference, readDifference, type Batch } from "./difference.ts";
import { isUpdates, type Pushed, tapUpdates } from "./gramjs-feed.ts";
import { SeenPeers } from "./seen-peers.ts";
import { expandShort } from "./short.ts";
import { type CommonState, StateRepo } from "./state.ts";
import type { BotApiUpdateWithoutId } from "./traits.ts";

export interface ManagerOptions {
  readonly account: Account;
  readonly db: Database;
  readonly media: MediaContext;
  /** Queues the updates and runs `stateWrite`, in one transaction. */
  readonly deliver: (updates: BotApiUpdateWithoutId[], stateWrite: () => void) => void | Promise<void>;
  /** How long a gap may wait for the missing updates before the difference is fetched. */
  readonly gapWaitMs?: number;
  readonly log?: (line: string) => void;
  /** Telegram could not be asked for the difference (getWebhookInfo's last_synchronization_error_date). */
  readonly onSyncError?: (date: number) => void;
}

/** Timer keys besides the boxes': a seq gap, and a catch-up that failed and is retried. */
const SEQ = "seq";
const CATCH_UP = "catch-up";
const RETRY_MS = 2000;

/** An update waiting for the ones before it. */
interface Held {
  readonly update: Api.TypeUpdate;
  readonly box: Box;
  readonly peers: PeerDirectory;
}

export class UpdateManager {
  private readonly repo: StateRepo;
  private readonly seen = new SeenPeers();
  private state: CommonState = { pts: 0, qts: 0, seq: 0, date: 0 };
  private channels = new Map<number, number>();
  private readonly held = new Map<string, Held[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private tail: Promise<void> = Promise.resolve();
  private untap?: () => void;
  private stopped = false;
  private readonly messages: MessageLookup;

  constructor(private readonly options: ManagerOptions) {
    this.repo = new StateRepo(options.db);
    this.messages = new MessageLookup(options.account, (users, chats) => this.remember(users, chats));
    // The bot itself is the sender of the messages its users reply to.
    this.seen.add([options.account.me]);
  }

  private get account() {
    return this.options.account;
  }

  /**
   * Listens to the client, reads the state and catches up. Without a stored state it asks
   * updates.getState; if that fails the manager cannot know where to start, so it throws.
   */
  async start(): Promise<void> {
    this.untap = tapUpdates(this.account.client, (pushed) => this.onPushed(pushed));
    let failure: unknown;
    await this.run(async () => {
      const stored = this.repo.common();
      if (stored) {
        this.state = stored;
        this.channels = this.repo.channels();
        return this.catchUp();
      }
      try {
        const s = await this.account.invoke(new Api.updates.GetState());
        this.state = { pts: s.pts, qts: s.qts, seq: s.seq, date: s.date };
        this.repo.saveCommon(this.state);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) {
      this.stop();
      throw failure;
    }
  }

  /** Stops listening; a task under way finishes on its own (its write is still atomic). */
  stop(): void {
    this.stopped = true;
    this.untap?.();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.held.clear();
  }

  /** An RPC result of the account's own calls: its Updates advance the state like pushes. */
  feedResult(result: unknown): void {
    if (this.stopped) return;
    if (isUpdates(result)) this.run(() => this.container(result));
  }

  private onPushed(pushed: Pushed): void {
    if (this.stopped) return;
    if (pushed.kind === "updates") this.run(() => this.container(pushed.updates));
    else if (pushed.kind === "connected") this.run(() => this.catchUp());
  }

  /** Runs tasks one after another; a failed task is logged and the next one runs. */
  private run(task: () => Promise<void>): Promise<void> {
    const next = this.tail.then(() => (this.stopped ? undefined : task())).catch((error) => this.fail(error));
    this.tail = next;
    return next;
  }

  private fail(error: unknown): void {
    this.options.log?.(`updates of account ${this.account.id}: ${error instanceof Error ? error.message : String(error)}`);
  }

  private async catchUp(): Promise<void> {
    try {
      await this.difference();
      for (const channelId of [...this.channels.keys()]) await this.channelDifference(channelId);
    } catch (error) {
      // Lost connection or a Telegram error: try again, nothing was applied past the failure.
      this.fail(error);
      this.options.onSyncError?.(Math.floor(Date.now() / 1000));
      this.arm(CATCH_UP, RETRY_MS);
    }
  }

  private async container(c: Api.TypeUpdates): Promise<void> {
    if (c instanceof Api.UpdatesTooLong) return this.difference();
    if (c instanceof Api.UpdateShortMessage || c instanceof Api.UpdateShortChatMessage) {
      const { update, needs } = expandShort(c, this.account.id);
      const peers = this.seen.directory();
      // A sender we cannot name: the difference brings the message with its peers.
      if (!SeenPeers.knows(peers, needs) && verdict(this.state.pts, c.pts, c.ptsCount) !== "duplicate") return this.difference();
      return this.apply([update], peers);
    }
    if (c instanceof Api.UpdateShortSentMessage) {
      const filler = new Api.UpdateDeleteMessages({ messages: [], pts: c.pts, ptsCount: c.ptsCount });
      return this.apply([filler], this.seen.directory());
    }
    if (c instanceof Api.UpdateShort) return this.apply([c.update], this.seen.directory());
    this.remember(c.users, c.chats);
    const peers = this.seen.directory(c.users, c.chats);
    const seqStart = c instanceof Api.UpdatesCombined ? c.seqStart : c.seq;
    if (c.seq !== 0 && this.state.seq !== 0) {
      const seq = verdict(this.state.seq, seqStart, 1);
      if (seq === "duplicate") return;
      if (seq === "gap") this.arm(SEQ);
    }
    await this.apply(c.updates, peers);
    if (c.seq !== 0) this.state = { ...this.state, seq: Math.max(this.state.seq, c.seq), date: Math.max(this.state.date, c.date) };
  }

  private remember(users: Api.TypeUser[], chats: Api.TypeChat[]): void {
    this.seen.add([...users, ...chats]);
    this.account.rememberPeers({ users, chats });
  }

  /** Applies updates in order; those after a gap wait in their box. */
  private async apply(updates: readonly Api.TypeUpdate[], peers: PeerDirectory): Promise<void> {
    for (const update of updates) {
      if (update instanceof Api.UpdateChannelTooLong) {
        await this.channelDifference(Number(update.channelId.toString()));
        continue;
      }
      const box = boxOf(update);
      const held = { update, box, peers };
      const outcome = this.check(box);
      if (outcome === "apply") {
        await this.commit(held);
        await this.drain(boxKey(box));
      } else if (outcome === "gap") {
        this.hold(held);
      }
    }
  }

  private check(box: Box) {
    switch (box.kind) {
      case "none":
        return "apply";
      case "common":
        return verdict(this.state.pts, box.pts, box.count);
      case "qts":
        return verdict(this.state.qts, box.qts, 1);
      case "channel": {
        const local = this.channels.get(box.channelId);
        // A channel seen for the first time starts at its update.
        return local === undefined ? "apply" : verdict(local, box.pts, box.count);
      }
    }
  }

  /** Converts one update and stores it with the counter it advances. */
  private async commit({ update, box, peers }: Held): Promise<void> {
    const converted = await this.convert(update, peers);
    switch (box.kind) {
      case "common":
      case "qts": {
        const next = box.kind === "common" ? { ...this.state, pts: box.pts } : { ...this.state, qts: box.qts };
        await this.options.deliver(converted, () => this.repo.saveCommon(next));
        this.state = next;
        return;
      }
      case "channel":
        await this.options.deliver(converted, () => this.repo.saveChannel(box.channelId, box.pts));
        this.channels.set(box.channelId, box.pts);
        return;
      case "none":
        if (converted.length > 0) await this.options.deliver(converted, () => undefined);
    }
  }

  private async convert(update: Api.TypeUpdate, peers: PeerDirectory): Promise<BotApiUpdateWithoutId[]> {
    const fetched = await this.namedMessage(update);
    const directory = fetched ? this.seen.directory(fetched.users, fetched.chats) : peers;
    const named = fetched?.message;
    return toBotUpdates(update, {
      peers: directory,
      selfId: this.account.id,
      media: this.options.media,
      ...(update instanceof Api.UpdateBotCallbackQuery ? { queryMessage: named } : { replyTo: named }),
    });
  }

  /** The message an update names by id only: a callback query's, or the one a new message replies to. */
  private async namedMessage(update: Api.TypeUpdate): Promise<FetchedMessage | undefined> {
    if (update instanceof Api.UpdateBotCallbackQuery) return this.messages.get(update.peer, update.msgId);
    const carriesMessage =
      update instanceof Api.UpdateNewMessage ||
      update instanceof Api.UpdateNewChannelMessage ||
      update instanceof Api.UpdateEditMessage ||
      update instanceof Api.UpdateEditChannelMessage;
    if (!carriesMessage) return undefined;
    const message = update.message;
    if (message instanceof Api.MessageEmpty) return undefined;
    this.messages.keep(message);
    const replied = repliedId(message);
    return replied === undefined ? undefined : this.messages.get(message.peerId, replied);
  }

  private hold(held: Held): void {
    const key = boxKey(held.box);
    const list = this.held.get(key) ?? [];
    list.push(held);
    list.sort((a, b) => startOf(a.box) - startOf(b.box));
    this.held.set(key, list);
    this.arm(key);
  }

  /** After the wait, a gap still open is filled from the difference. */
  private arm(key: string, delay = this.options.gapWaitMs ?? 500): void {
    if (this.timers.has(key) || this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.run(() => this.resolveGap(key));
    }, delay);
    this.timers.set(key, timer);
  }

  private async resolveGap(key: string): Promise<void> {
    if (key === CATCH_UP) return this.catchUp();
    if (key !== SEQ && !this.held.get(key)?.length) return;
    try {
      if (key.startsWith(CHANNEL_PREFIX)) await this.channelDifference(Number(key.slice(CHANNEL_PREFIX.length)));
      else await this.difference();
    } catch (error) {
      this.fail(error);
      this.options.onSyncError?.(Math.floor(Date.now() / 1000));
    }
    await this.drain(key);
    if (key !== SEQ && this.held.get(key)?.length) this.arm(key, RETRY_MS);
  }

  /** Applies the waiting updates that now fit, drops the ones already applied. */
  private async drain(key: string): Promise<void> {
    const list = this.held.get(key);
    while (list && list.length > 0) {
      const outcome = this.check(list[0]!.box);
      if (outcome === "gap") return;
      const first = list.shift()!;
      if (outcome === "apply") await this.commit(first);
    }
    this.held.delete(key);
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  /** updates.getDifference until Telegram has nothing more; each slice is one transaction. */
  private async difference(): Promise<void> {
    for (;;) {
      const { pts, qts, date } = this.state;
      const step = readDifference(await this.account.invoke(new Api.updates.GetDifference({ pts, qts, date })), this.state);
      if (step.kind === "empty") {
        const next = { ...this.state, date: step.date, seq: step.seq };
        this.repo.saveCommon(next);
        this.state = next;
        return;
      }
      if (step.kind === "too-long") {
        const next = { ...this.state, pts: step.pts };
        this.options.db.transaction(() => {
          this.repo.noteLoss("common", this.state.pts, step.pts);
          this.repo.saveCommon(next);
        })();
        this.state = next;
        continue;
      }
      const channelUpdates = await this.deliverBatch(step.batch, (next) => this.repo.saveCommon(next), step.state);
      this.state = step.state;
      await this.apply(channelUpdates, this.seen.directory(step.batch.users, step.batch.chats));
      if (!step.more) return;
    }
  }

  /**
   * Converts and delivers a difference's updates with its state write; the channel
   * updates a common difference may carry go back through their own boxes (returned).
   */
  private async deliverBatch<S>(batch: Batch, save: (state: S) => void, state: S, channelId?: number): Promise<Api.TypeUpdate[]> {
    this.remember(batch.users, batch.chats);
    const peers = this.seen.directory(batch.users, batch.chats);
    const converted: BotApiUpdateWithoutId[] = [];
    const rest: Api.TypeUpdate[] = [];
    for (const update of batch.updates) {
      const deferred = channelId === undefined && (update instanceof Api.UpdateChannelTooLong || boxOf(update).kind === "channel");
      if (deferred) rest.push(update);
      else converted.push(...(await this.convert(update, peers)));
    }
    await this.options.deliver(converted, () => save(state));
    return rest;
  }

  /** updates.getChannelDifference from the channel's stored pts until it is final. */
  private async channelDifference(channelId: number): Promise<void> {
    let input: Api.InputChannel;
    try {
      const peer = this.account.peers.inputPeerOf({ kind: "channel", id: channelId }) as Api.InputPeerChannel;
      input = new Api.InputChannel({ channelId: peer.channelId, accessHash: peer.accessHash });
    } catch {
      return; // never seen with an access hash: nothing to ask with
    }
    for (;;) {
      const pts = this.channels.get(channelId);
      if (pts === undefined) return;
      const request = new Api.updates.GetChannelDifference({ channel: input, filter: new Api.ChannelMessagesFilterEmpty(), pts, limit: CHANNEL_LIMIT });
      const step = readChannelDifference(await this.account.invoke(request));
      if (step.kind === "batch") {
        await this.deliverBatch(step.batch, (next: number) => this.repo.saveChannel(channelId, next), step.pts, channelId);
      } else {
        this.options.db.transaction(() => {
          if (step.kind === "too-long") this.repo.noteLoss(`c${channelId}`, pts, step.pts);
          this.repo.saveChannel(channelId, step.pts);
        })();
      }
      this.channels.set(channelId, step.pts);
      if (step.kind === "empty" || step.final) return;
    }
  }
}
