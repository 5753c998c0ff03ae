/** The gateway's GramJS packer: one container per event-loop turn, sends not chained. */
import { describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import { MessagePacker } from "telegram/extensions/MessagePacker";
import { Logger, LogLevel } from "telegram/extensions/Logger";
import { MTProtoState } from "telegram/network/MTProtoState";
import { RequestState } from "telegram/network/RequestState";
import { installTurnPacking } from "../../src/gramjs/turn-packing.ts";

installTurnPacking();

const INVOKE_AFTER_MSG = 0xcb9f372d;
const MSG_CONTAINER = 0x73f1f8dc;

function packer(): MessagePacker {
  const log = new Logger(LogLevel.NONE);
  return new MessagePacker(new MTProtoState(undefined, log), log);
}

const send = (n: number) =>
  new RequestState(new Api.messages.SendMessage({ peer: new Api.InputPeerUser({ userId: bigInt(n), accessHash: bigInt(0) }), message: `m${n}`, randomId: bigInt(n) }));

/** Whether `data` holds the 4-byte little-endian constructor id anywhere. */
const holds = (data: Buffer, id: number) => {
  const word = Buffer.alloc(4);
  word.writeUInt32LE(id);
  return data.includes(word);
};

describe("turn packing", () => {
  test("requests queued in one turn, one after another, leave in one container", async () => {
    const queue = packer();
    // The send loop: wait, then take what is queued.
    const taken = queue.wait().then(() => queue.get());
    // Each request reaches the packer many microtasks after the last, as HTTP requests do.
    for (let i = 1; i <= 5; i++) {
      for (let hop = 0; hop < 50; hop++) await Promise.resolve();
      queue.append(send(i));
    }
    const packed = await taken;
    expect(packed?.batch.length).toBe(5);
    expect(holds(packed!.data, MSG_CONTAINER)).toBe(true);
  });

  test("packed sends are not wrapped in invokeAfterMsg of each other", async () => {
    const queue = packer();
    queue.append(send(1));
    queue.append(send(2));
    await queue.wait();
    const packed = await queue.get();
    expect(packed?.batch.length).toBe(2);
    expect(packed!.batch.every((state) => state.after === undefined)).toBe(true);
    expect(holds(packed!.data, INVOKE_AFTER_MSG)).toBe(false);
  });

  test("a request queued while the loop is busy goes at once", async () => {
    const queue = packer();
    queue.append(send(1));
    let waited = false;
    await queue.wait().then(() => (waited = true));
    expect(waited).toBe(true);
    expect((await queue.get())?.batch.length).toBe(1);
  });
});
