/**
 * The gateway's GramJS clients send the requests of one event-loop turn in one
 * container. Stock GramJS wakes its send loop as soon as one request is queued, and each
 * HTTP request reaches `invoke` in its own chain of microtasks, so under load every
 * request was encrypted, written and (on the other side) decrypted alone; waiting one
 * macrotask after the wake-up lets the turn's other requests join it.
 *
 * The packed requests are also sent independently: stock GramJS wraps a send in
 * invokeAfterMsg of the previous send still queued, and Telegram fails the later one
 * (MSG_WAIT_FAILED) when the earlier fails. For the gateway those are sends to other
 * chats (chat-queue.ts sends to one chat only after the previous answer), so one chat's
 * error must not become another's.
 */

/** The parts of GramJS's MessagePacker this changes. */
interface Packer {
  _queue: ({ after?: unknown } | undefined)[];
  _ready: Promise<unknown>;
  setReady: (value: boolean) => void;
  wait(): Promise<void>;
  get(): Promise<unknown>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function wait(this: Packer): Promise<void> {
  if (this._queue.length) return;
  this._ready = new Promise((resolve) => {
    this.setReady = resolve;
  });
  await this._ready;
  await nextTurn();
}

let stockGet: Packer["get"] | undefined;

function get(this: Packer): Promise<unknown> {
  for (const state of this._queue) if (state) state.after = undefined;
  return stockGet!.call(this);
}

/** Puts `wait` and `get` on GramJS's MessagePacker, for every client of the process. */
export function installTurnPacking(): void {
  const { MessagePacker } = require("telegram/extensions/MessagePacker") as { MessagePacker: { prototype: Packer } };
  if (MessagePacker.prototype.get === get) return;
  stockGet = MessagePacker.prototype.get;
  MessagePacker.prototype.wait = wait;
  MessagePacker.prototype.get = get;
}
