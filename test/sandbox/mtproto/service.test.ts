/**
 * Service messages of the MTProto server, driven by a bare client: salts, new sessions,
 * msg_id rules, duplicates, containers, gzip, acks, state requests, session destruction,
 * future salts, ping_delay_disconnect, unknown auth keys.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { gzipSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import { returnBigInt } from "telegram/Helpers";
import { RawClient, sessionIdOf } from "./raw-client.ts";
import { startFixture, type Fixture } from "./fixture.ts";
import { registerSandboxKey } from "../../../src/telegram/sandbox-connection.ts";

let fx: Fixture;
let client: RawClient;
const ping = (id: bigint) => new Api.Ping({ pingId: returnBigInt(id) });
const getNearestDc = () => new Api.InvokeWithLayer({ layer: 198, query: new Api.help.GetNearestDc() });
const now = () => BigInt(Math.floor(Date.now() / 1000));

beforeAll(async () => {
  fx = await startFixture(1);
  registerSandboxKey(fx.config.rsa_public_key);
});
afterAll(async () => {
  await fx.server.stop();
});
beforeEach(async () => {
  client = await RawClient.open(fx.server.dcs[0]!);
  await client.handshake();
});

describe("salts and sessions", () => {
  test("a wrong salt gets bad_server_salt; with the new salt the session starts with new_session_created", async () => {
    const first = await client.send(ping(1n));
    const bad = await client.recvClass("BadServerSalt");
    expect(BigInt(bad.obj.badMsgId.toString())).toBe(first);
    expect(bad.obj.errorCode).toBe(48);
    expect(bad.msgId % 4n).toBe(1n);
    client.salt = BigInt(bad.obj.newServerSalt.toString());
    const second = await client.send(ping(2n));
    const created = await client.recvClass("NewSessionCreated");
    expect(BigInt(created.obj.firstMsgId.toString())).toBe(second);
    expect(created.obj.serverSalt.toString()).toBe(bad.obj.newServerSalt.toString());
    const pong = await client.recvClass("Pong");
    expect(pong.obj.pingId.toString()).toBe("2");
    expect(pong.seqNo % 2).toBe(1);
    await client.close();
  });

  test("get_future_salts starts with the current salt", async () => {
    // GramJS cannot read future_salts (its bare vector of bare future_salt), so this one is
    // read by hand: req_msg_id:long now:int count:int (valid_since:int valid_until:int salt:long)*.
    await client.ready();
    const req = await client.send(new Api.GetFutureSalts({ num: 3 }));
    let body: Buffer | undefined;
    while (!body) body = (await client.recvBodies()).find((b) => b.readUInt32LE(0) === 0xae500895);
    expect(body.readBigInt64LE(4)).toBe(req);
    expect(body.readInt32LE(16)).toBe(3);
    expect(body.readBigInt64LE(28)).toBe(client.salt);
    expect(body.readInt32LE(36)).toBeGreaterThan(body.readInt32LE(20));
    expect(body.length).toBe(20 + 3 * 16);
    await client.close();
  });

  test("destroy_session ends another session of the key, then knows none", async () => {
    await client.ready();
    const other = client.newSession();
    other.salt = client.state.salt;
    await client.send(ping(5n), { state: other });
    const otherId = sessionIdOf(other);
    await client.send(new Api.DestroySession({ sessionId: returnBigInt(otherId) }));
    const ok = await client.recvClass("DestroySessionOk");
    expect(BigInt(ok.obj.sessionId.toString())).toBe(otherId);
    await client.send(new Api.DestroySession({ sessionId: returnBigInt(otherId) }));
    expect((await client.recvClass("DestroySessionNone")).obj.sessionId.toString()).toBe(otherId.toString());
    await client.close();
  });
});

describe("msg_id rules", () => {
  test.each([
    ["not divisible by 4", (now() << 32n) | 2n, 18],
    ["more than 300 s old", (now() - 400n) << 32n, 16],
    ["more than 30 s ahead", (now() + 60n) << 32n, 17],
  ])("a msg_id %s gets bad_msg_notification", async (_what, msgId, code) => {
    await client.ready();
    await client.send(ping(9n), { msgId });
    const bad = await client.recvClass("BadMsgNotification");
    expect(bad.obj.errorCode).toBe(code);
    expect(BigInt(bad.obj.badMsgId.toString())).toBe(msgId);
    await client.close();
  });

  test("a repeated msg_id is ignored", async () => {
    await client.ready();
    const id = client.newMsgId();
    await client.send(ping(10n), { msgId: id });
    expect((await client.recvClass("Pong")).obj.pingId.toString()).toBe("10");
    await client.send(ping(11n), { msgId: id });
    await client.send(ping(12n));
    expect((await client.recvClass("Pong")).obj.pingId.toString()).toBe("12");
    await client.close();
  });
});

describe("message forms", () => {
  test("a msg_container with two pings gets both pongs", async () => {
    await client.ready();
    const inner = [ping(21n), ping(22n)].map((p) => {
      const body = p.getBytes();
      const head = Buffer.alloc(16);
      head.writeBigInt64LE(client.newMsgId(), 0);
      head.writeInt32LE(client.state._getSeqNo(true), 8);
      head.writeInt32LE(body.length, 12);
      return Buffer.concat([head, body]);
    });
    const count = Buffer.alloc(8);
    count.writeUInt32LE(0x73f1f8dc, 0);
    count.writeInt32LE(2, 4);
    await client.send(Buffer.concat([count, ...inner]), { contentRelated: false });
    const ids = [(await client.recvClass("Pong")).obj.pingId.toString(), (await client.recvClass("Pong")).obj.pingId.toString()];
    expect(ids.sort()).toEqual(["21", "22"]);
    await client.close();
  });

  test("a gzip_packed call is unpacked and answered in rpc_result", async () => {
    await client.ready();
    const packed = gzipSync(getNearestDc().getBytes());
    const head = Buffer.alloc(4);
    head.writeUInt32LE(0x3072cfa1);
    const len = Buffer.from([packed.length]);
    const pad = Buffer.alloc((4 - ((1 + packed.length) % 4)) % 4);
    expect(packed.length).toBeLessThan(254);
    const req = await client.send(Buffer.concat([head, len, packed, pad]));
    const result = await client.recvClass("RPCResult");
    expect(BigInt(result.obj.reqMsgId.toString())).toBe(req);
    expect(result.msgId % 4n).toBe(1n);
    await client.close();
  });

  test("a call GramJS's schema does not know gets 400 INPUT_METHOD_INVALID", async () => {
    await client.ready();
    await client.send(Buffer.from([0x01, 0x02, 0x03, 0x04, 0, 0, 0, 0]));
    const result = await client.recvClass("RPCResult");
    expect(result.obj.error.errorMessage).toBe("INPUT_METHOD_INVALID");
    await client.close();
  });

  test("msgs_state_req describes received, unknown and too old msg_ids", async () => {
    await client.ready();
    const answered = await client.send(getNearestDc());
    await client.recvClass("RPCResult");
    const unknown = client.newMsgId() + 400n;
    const old = (now() - 1000n) << 32n;
    const req = await client.send(new Api.MsgsStateReq({ msgIds: [answered, unknown, old].map((v) => returnBigInt(v)) }));
    const info = await client.recvClass("MsgsStateInfo");
    expect(BigInt(info.obj.reqMsgId.toString())).toBe(req);
    expect([...Buffer.from(info.obj.info, "latin1")]).toEqual([4 + 32 + 64, 3, 1]);
    await client.close();
  });

  test("a slow call is acknowledged with msgs_ack before its result", async () => {
    await client.ready();
    fx.server.faults.delayMs = 600;
    try {
      const req = await client.send(getNearestDc());
      let ack = await client.recv();
      while (ack.obj.className === "NewSessionCreated") ack = await client.recv();
      expect(ack.obj.className).toBe("MsgsAck");
      expect(ack.obj.msgIds.map(String)).toContain(req.toString());
      expect((await client.recvClass("RPCResult")).obj.reqMsgId.toString()).toBe(req.toString());
    } finally {
      fx.server.faults.delayMs = 0;
    }
    await client.close();
  });
});

describe("pushes", () => {
  const update = () => new Api.UpdateShort({ update: new Api.UpdateConfig(), date: 1 });

  test("hub.push sends Updates with a server msg_id ≡ 3 (mod 4) and an odd seq_no", async () => {
    await client.ready();
    await client.send(getNearestDc());
    await client.recvClass("RPCResult");
    fx.server.hub.bind(fx.callers.at(-1)!.authKeyId, 7);
    fx.server.hub.push(7, update());
    const pushed = await client.recvClass("UpdateShort");
    expect(pushed.msgId % 4n).toBe(3n);
    expect(pushed.seqNo % 2).toBe(1);
    await client.close();
  });

  test("a session that only used invokeWithoutUpdates gets no pushes", async () => {
    await client.ready();
    await client.send(new Api.InvokeWithoutUpdates({ query: new Api.help.GetNearestDc() }));
    await client.recvClass("RPCResult");
    fx.server.hub.bind(fx.callers.at(-1)!.authKeyId, 8);
    fx.server.hub.push(8, update());
    // A push would be on the wire before the answer to this later ping.
    await client.send(ping(41n));
    let next = await client.recv();
    while (next.obj.className === "MsgsAck") next = await client.recv();
    expect(next.obj.className).toBe("Pong");
    await client.close();
  });
});

describe("connection ends", () => {
  test("ping_delay_disconnect answers pong, then closes the connection after the delay", async () => {
    await client.ready();
    await client.send(new Api.PingDelayDisconnect({ pingId: returnBigInt(31n), disconnectDelay: 1 }));
    expect((await client.recvClass("Pong")).obj.pingId.toString()).toBe("31");
    await expect(client.recv()).rejects.toThrow();
  });

  test("an unknown auth key gets transport error -404 and a closed connection", async () => {
    const packet = Buffer.concat([randomBytes(8), randomBytes(16), randomBytes(64)]);
    await client.conn.send(packet);
    const body = await client.conn.recv();
    expect(body.length).toBe(4);
    expect(body.readInt32LE(0)).toBe(-404);
    await expect(client.conn.recv()).rejects.toThrow();
  });
});
