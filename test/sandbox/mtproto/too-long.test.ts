/**
 * A session that stops acknowledging pushes gets updatesTooLong instead of further updates,
 * and normal pushes again once it acknowledges. Driven by the bare client, which acks only
 * when told to.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { Api } from "telegram";
import { returnBigInt } from "telegram/Helpers";
import { MAX_UNACKED_PUSHES } from "../../../src/sandbox/mtproto/session.ts";
import { registerSandboxKey } from "../../../src/telegram/sandbox-connection.ts";
import { startFixture, type Fixture } from "./fixture.ts";
import { RawClient, type Received } from "./raw-client.ts";

const ACCOUNT = 11;
let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture(1);
  registerSandboxKey(fx.config.rsa_public_key);
});
afterAll(async () => {
  await fx.server.stop();
});

/** Updates numbered through their date, to check order. */
const update = (n: number) => new Api.UpdateShort({ update: new Api.UpdateConfig(), date: n });

/** Sends a ping and returns everything that arrives before its pong (server acks skipped). */
async function untilPong(client: RawClient, pingId: bigint): Promise<Received[]> {
  await client.send(new Api.Ping({ pingId: returnBigInt(pingId) }));
  const before: Received[] = [];
  for (;;) {
    const m = await client.recv();
    if (m.obj.className === "Pong" && m.obj.pingId.toString() === pingId.toString()) return before;
    if (m.obj.className !== "MsgsAck") before.push(m);
  }
}

test("a session that does not ack gets `limit` updates, one updatesTooLong, then nothing until it acks", async () => {
  const client = await RawClient.open(fx.server.dcs[0]!);
  await client.handshake();
  await client.ready();
  await client.send(new Api.InvokeWithLayer({ layer: 198, query: new Api.help.GetNearestDc() }));
  await client.recvClass("RPCResult");
  fx.server.hub.bind(fx.callers.at(-1)!.authKeyId, ACCOUNT);

  for (let n = 1; n <= MAX_UNACKED_PUSHES + 10; n++) fx.server.hub.push(ACCOUNT, update(n));
  const first = await untilPong(client, 1n);
  expect(first.map((m) => m.obj.className)).toEqual([...Array(MAX_UNACKED_PUSHES).fill("UpdateShort"), "UpdatesTooLong"]);
  expect(first.slice(0, -1).map((m) => m.obj.date)).toEqual(Array.from({ length: MAX_UNACKED_PUSHES }, (_, i) => i + 1));

  // Still behind: further pushes are dropped, not even a second updatesTooLong.
  fx.server.hub.push(ACCOUNT, update(1000));
  expect(await untilPong(client, 2n)).toEqual([]);

  await client.send(new Api.MsgsAck({ msgIds: first.map((m) => returnBigInt(m.msgId)) }), { contentRelated: false });
  // The ack is read before this ping, so the push after its pong finds the session caught up.
  await untilPong(client, 3n);
  fx.server.hub.push(ACCOUNT, update(2000));
  const after = await untilPong(client, 4n);
  expect(after.map((m) => [m.obj.className, m.obj.date])).toEqual([["UpdateShort", 2000]]);
  await client.close();
});
