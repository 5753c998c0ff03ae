/**
 * An unmodified GramJS client against the MTProto server, over each transport, through
 * the gateway's sandbox connection helper.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { Raw } from "telegram/events";
import { ConnectionTCPAbridged, ConnectionTCPFull, ConnectionTCPObfuscated } from "telegram/network";
import { StringSession } from "telegram/sessions";
import { RPCError } from "telegram/errors";
import { ConnectionTCPIntermediate } from "../../../src/telegram/gramjs-intermediate.ts";
import { createSandboxClient, type SandboxTelegramClient } from "../../../src/telegram/sandbox-connection.ts";
import { startFixture, type Fixture } from "./fixture.ts";

let fx: Fixture;
const clients: SandboxTelegramClient[] = [];

beforeAll(async () => {
  fx = await startFixture(2);
});

afterAll(async () => {
  for (const c of clients) await c.destroy().catch(() => {});
  await fx.server.stop();
});

async function connect(connection: unknown = ConnectionTCPFull, session = new StringSession("")) {
  const client = createSandboxClient(fx.config, session, { connection: connection as never, connectionRetries: 3, retryDelay: 10 });
  clients.push(client);
  await client.connect();
  return client;
}

describe("transports", () => {
  const transports: [string, unknown][] = [
    ["TCPFull", ConnectionTCPFull],
    ["TCPAbridged", ConnectionTCPAbridged],
    ["TCPIntermediate", ConnectionTCPIntermediate],
    ["TCPObfuscated (abridged)", ConnectionTCPObfuscated],
  ];
  test.each(transports)("%s: handshake, then help.getNearestDc", async (_name, connection) => {
    const client = await connect(connection);
    const nearest = await client.invoke(new Api.help.GetNearestDc());
    expect(nearest.thisDc).toBe(1);
    const caller = fx.callers.at(-1)!;
    expect(caller.dcId).toBe(1);
    expect(caller.layer).toBe(198);
    expect(fx.authKeys.get(caller.authKeyId)?.dcId).toBe(1);
    // GramJS's key id is what the server stored: the key crossed the wire intact.
    expect(BigInt.asUintN(64, BigInt(client.session.getAuthKey()!.keyId!.toString())).toString()).toBe(caller.authKeyId);
  });
});

describe("calls", () => {
  let client: SandboxTelegramClient;
  beforeAll(async () => {
    client = await connect(ConnectionTCPAbridged);
  });

  test("a result larger than 4 KB arrives gzip_packed and decodes", async () => {
    const big = "x".repeat(20000);
    const res = await client.invoke(new Api.langpack.GetLangPack({ langPack: big, langCode: "en" }));
    expect(res.strings[0]).toBeInstanceOf(Api.LangPackString);
    expect((res.strings[0] as Api.LangPackString).value).toBe(big);
  });

  test("a raw Buffer result (Bool) reaches the client", async () => {
    expect(await client.invoke(new Api.help.SaveAppLog({ events: [] }))).toBe(true);
  });

  test("RpcError becomes rpc_error; another exception becomes 500 INTERNAL", async () => {
    const err = await client.invoke(new Api.contacts.ResolveUsername({ username: "nobody" })).catch((e) => e);
    expect(err).toBeInstanceOf(RPCError);
    expect(err.errorMessage).toBe("USERNAME_NOT_OCCUPIED");
    expect(err.code).toBe(400);
    const logged = console.error;
    console.error = () => {};
    const internal = await client.invoke(new Api.help.GetCdnConfig()).catch((e) => e);
    console.error = logged;
    expect(internal.code).toBe(500);
    expect(internal.errorMessage).toBe("INTERNAL");
    // The connection survived both.
    expect((await client.invoke(new Api.help.GetNearestDc())).thisDc).toBe(1);
  });

  test("64 calls in flight all get their own answers", async () => {
    const codes = Array.from({ length: 64 }, (_, i) => `c${i}`);
    const answers = await Promise.all(codes.map((c) => client.invoke(new Api.langpack.GetLangPack({ langPack: c, langCode: c }))));
    expect(answers.map((a) => a.langCode)).toEqual(codes);
  });

  test("ping → pong", async () => {
    const pong = await client.invoke(new Api.Ping({ pingId: (await import("telegram/Helpers")).returnBigInt(777n) }));
    expect(pong.pingId.toString()).toBe("777");
  });

  test("hub.push reaches the bound account's client as an update", async () => {
    const caller = fx.callers.at(-1)!;
    fx.server.hub.bind(caller.authKeyId, 42);
    expect(fx.authKeys.get(caller.authKeyId)?.accountId).toBe(42);
    await client.invoke(new Api.help.GetNearestDc());
    expect(fx.callers.at(-1)!.accountId).toBe(42);
    const received = new Promise<unknown>((resolve) => client.addEventHandler(resolve, new Raw({ types: [Api.UpdateConfig] })));
    fx.server.hub.push(7, new Api.UpdateShort({ update: new Api.UpdateDcOptions({ dcOptions: [] }), date: 1 }));
    fx.server.hub.push(42, new Api.UpdateShort({ update: new Api.UpdateConfig(), date: Math.floor(Date.now() / 1000) }));
    expect(await received).toBeInstanceOf(Api.UpdateConfig);
    fx.server.hub.bind(caller.authKeyId, null);
    expect(fx.authKeys.get(caller.authKeyId)?.accountId).toBeUndefined();
  });
});

describe("DCs", () => {
  test("USER_MIGRATE_2 moves the client to DC 2 with a new auth key there", async () => {
    const client = await connect(ConnectionTCPFull);
    const err = await client.invoke(new Api.contacts.ResolveUsername({ username: "dc2" })).catch((e) => e);
    expect(err.errorMessage).toBe("USERNAME_NOT_OCCUPIED");
    expect(client.session.dcId).toBe(2);
    const caller = fx.callers.at(-1)!;
    expect(caller.dcId).toBe(2);
    expect(fx.authKeys.get(caller.authKeyId)?.dcId).toBe(2);
    expect((await client.invoke(new Api.help.GetNearestDc())).thisDc).toBe(2);
  });

  test("a saved session reconnects with its key, without a new handshake", async () => {
    const first = await connect(ConnectionTCPAbridged);
    await first.invoke(new Api.help.GetNearestDc());
    const saved = (first.session as StringSession).save();
    const keyId = fx.callers.at(-1)!.authKeyId;
    await first.disconnect();
    const keys = fx.authKeys.keys.size;
    const second = await connect(ConnectionTCPAbridged, new StringSession(saved));
    await second.invoke(new Api.help.GetNearestDc());
    expect(fx.callers.at(-1)!.authKeyId).toBe(keyId);
    expect(fx.authKeys.keys.size).toBe(keys);
  });
});

describe("faults", () => {
  test("dropConnections closes the socket and GramJS reconnects by itself", async () => {
    const client = await connect(ConnectionTCPFull);
    await client.invoke(new Api.help.GetNearestDc());
    fx.server.faults.dropConnections();
    expect((await client.invoke(new Api.help.GetNearestDc())).thisDc).toBe(1);
  });

  test("delayMs holds answers back without losing them", async () => {
    const client = await connect(ConnectionTCPFull);
    fx.server.faults.delayMs = 50;
    try {
      expect((await client.invoke(new Api.help.GetNearestDc())).thisDc).toBe(1);
    } finally {
      fx.server.faults.delayMs = 0;
    }
  });
});
