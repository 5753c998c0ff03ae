/**
 * One MTProto session (auth key + session_id): its seq_no counter, the client msg_ids it
 * has seen, pending acknowledgements both ways, and the outbox that packs what is ready at
 * the same moment into one msg_container.
 * https://core.telegram.org/mtproto/description#session
 */
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import { nextServerMsgId, type MsgIdKind } from "./msg-id.ts";
import { msgContainer, msgsAck, type ContainedMessage } from "./service.ts";

/** What a session needs from the connection it last heard from. */
export interface SessionLink {
  readonly closed: boolean;
  sendEncrypted(session: Session, message: ContainedMessage): void;
}

export interface Outgoing {
  body: Buffer;
  contentRelated: boolean;
  kind: MsgIdKind;
  /** An update push, counted until the client acknowledges it. */
  push?: boolean;
}

/** State of a received client msg_id, for msgs_state_info. */
export const Received = { Seen: 4, Answered: 4 + 32 + 64 } as const;
export type Received = (typeof Received)[keyof typeof Received];

const MAX_REMEMBERED = 4096;
const ACK_DELAY_MS = 200;
/** Containers stay well under Telegram's 1 MB limit and 1020 messages. */
const CONTAINER_BYTES = 512 * 1024;
const CONTAINER_COUNT = 100;
/**
 * A session with this many update pushes unacknowledged gets one updatesTooLong instead of
 * the next update, and nothing more until it acknowledges. Clients acknowledge alongside
 * their next outgoing message (GramJS at the latest with its ping every 9 s), so a live
 * client may owe acks for a burst; 256 lets a large burst through while bounding what a
 * stalled client costs, and getDifference catches it up in a few slices.
 */
export const MAX_UNACKED_PUSHES = 256;
const UPDATES_TOO_LONG = new Api.UpdatesTooLong().getBytes();

export class Session {
  announced = false;
  /** Receives pushes once it sends any call not wrapped in invokeWithoutUpdates. */
  subscribed = false;
  layer?: number;
  link?: SessionLink;
  readonly uniqueId = randomBytes(8).readBigInt64LE(0);
  readonly received = new Map<bigint, Received>();
  /** Completion of each RPC, for invokeAfterMsg. */
  readonly completions = new Map<bigint, Promise<void>>();
  private seq = 0;
  private pendingAcks = new Set<bigint>();
  private ackTimer?: ReturnType<typeof setTimeout>;
  private outbox: Outgoing[] = [];
  private flushScheduled = false;
  /** Pushes in the outbox, not given a msg_id yet. */
  private queuedPushes = 0;
  /** msg_ids of pushes sent and not acknowledged yet. */
  private readonly unackedPushes = new Set<bigint>();
  /** updatesTooLong went out: no pushes until the client acknowledges. */
  private behind = false;

  constructor(
    readonly authKeyId: bigint,
    readonly authKeyIdText: string,
    readonly authKey: Buffer,
    readonly sessionId: bigint,
  ) {}

  nextSeqNo(contentRelated: boolean): number {
    if (!contentRelated) return this.seq * 2;
    return this.seq++ * 2 + 1;
  }

  remember(msgId: bigint, state: Received): void {
    this.received.set(msgId, state);
    if (this.received.size > MAX_REMEMBERED) this.received.delete(this.received.keys().next().value!);
  }

  trackCompletion(msgId: bigint, done: Promise<void>): void {
    this.completions.set(msgId, done);
    if (this.completions.size > MAX_REMEMBERED) this.completions.delete(this.completions.keys().next().value!);
  }

  /** A content-related client message waits for an ack until its answer goes out. */
  expectAck(msgId: bigint): void {
    this.pendingAcks.add(msgId);
    if (this.ackTimer) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      if (this.pendingAcks.size === 0) return;
      const ids = [...this.pendingAcks];
      this.pendingAcks.clear();
      this.send({ body: msgsAck(ids), contentRelated: false, kind: 1 });
    }, ACK_DELAY_MS);
    this.ackTimer.unref?.();
  }

  /** Sends the answer to a client message (which also acknowledges it). */
  answer(reqMsgId: bigint, body: Buffer): void {
    this.pendingAcks.delete(reqMsgId);
    if (this.received.has(reqMsgId)) this.remember(reqMsgId, Received.Answered);
    this.send({ body, contentRelated: true, kind: 1 });
  }

  /** Pushes an Updates object, or updatesTooLong once the client is too far behind. */
  pushUpdates(body: Buffer): void {
    if (this.behind) return;
    if (this.owedPushes >= MAX_UNACKED_PUSHES) {
      this.behind = true;
      body = UPDATES_TOO_LONG;
    }
    this.queuedPushes++;
    this.send({ body, contentRelated: true, kind: 3, push: true });
  }

  /** msgs_ack from the client: pushes resume once it owes fewer than the limit. */
  acknowledge(msgIds: readonly bigint[]): void {
    for (const id of msgIds) this.unackedPushes.delete(id);
    if (this.owedPushes < MAX_UNACKED_PUSHES) this.behind = false;
  }

  private get owedPushes(): number {
    return this.queuedPushes + this.unackedPushes.size;
  }

  send(out: Outgoing): void {
    this.outbox.push(out);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => this.flush());
  }

  close(): void {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    this.outbox = [];
    this.link = undefined;
    this.queuedPushes = 0;
    this.unackedPushes.clear();
    this.behind = false;
  }

  private flush(): void {
    this.flushScheduled = false;
    const link = this.link;
    const outbox = this.outbox;
    this.outbox = [];
    this.queuedPushes = 0;
    if (!link || link.closed) return;
    let group: Outgoing[] = [];
    let size = 0;
    for (const out of outbox) {
      if (group.length && (size + out.body.length > CONTAINER_BYTES || group.length >= CONTAINER_COUNT)) {
        this.sendGroup(link, group);
        group = [];
        size = 0;
      }
      group.push(out);
      size += out.body.length + 16;
    }
    if (group.length) this.sendGroup(link, group);
  }

  private sendGroup(link: SessionLink, group: Outgoing[]): void {
    const messages = group.map((o) => {
      const msgId = nextServerMsgId(o.kind);
      if (o.push) this.unackedPushes.add(msgId);
      return { msgId, seqNo: this.nextSeqNo(o.contentRelated), body: o.body };
    });
    if (messages.length === 1) return link.sendEncrypted(this, messages[0]!);
    const kind = group.some((o) => o.kind === 1) ? 1 : 3;
    link.sendEncrypted(this, { msgId: nextServerMsgId(kind), seqNo: this.nextSeqNo(false), body: msgContainer(messages) });
  }
}
