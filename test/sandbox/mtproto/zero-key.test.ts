/**
 * The zero-leading auth key fault, with stock GramJS. The server cannot choose the key
 * (it commits to g_a before it sees g_b), so it asks for retries (dh_gen_retry) until an
 * exchange yields a key starting with a zero byte, and accepts that one with dh_gen_ok.
 * GramJS strips the zero byte, so its new_nonce_hash1 check fails ("Step 3 invalid new
 * nonce hash"); its MTProtoSender then runs a fresh exchange, which succeeds. This takes
 * about 256 GramJS handshakes (a few seconds).
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { Api } from "telegram";
import { ConnectionTCPAbridged } from "telegram/network";
import { StringSession } from "telegram/sessions";
import { createSandboxClient } from "../../../src/telegram/sandbox-connection.ts";
import { startFixture, type Fixture } from "./fixture.ts";

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture(1);
});
afterAll(async () => {
  await fx.server.stop();
});

test("a forced zero-leading key makes GramJS reject it and make another", async () => {
  fx.server.faults.zeroLeadingAuthKey = true;
  const errors: string[] = [];
  const client = createSandboxClient(fx.config, new StringSession(""), {
    connection: ConnectionTCPAbridged,
    connectionRetries: Number.MAX_SAFE_INTEGER,
    retryDelay: 0,
  });
  (client as unknown as { _errorHandler: (e: Error) => Promise<void> })._errorHandler = async (e) => {
    errors.push(e.message);
  };
  await client.connect();
  expect(fx.server.faults.zeroLeadingAuthKey).toBe(false);
  expect(errors).toContain("Step 3 invalid new nonce hash");

  const stored = [...fx.authKeys.keys.entries()];
  expect(stored).toHaveLength(2);
  const zeroLeading = stored.find(([, k]) => k.key[0] === 0);
  expect(zeroLeading?.[1].key).toHaveLength(256);
  expect(await client.invoke(new Api.help.GetNearestDc())).toBeInstanceOf(Api.NearestDc);
  // The key GramJS uses is the second one.
  expect(fx.callers.at(-1)!.authKeyId).not.toBe(zeroLeading![0]);
  await client.destroy();
}, 180_000);
