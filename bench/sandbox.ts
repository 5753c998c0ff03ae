/**
 * Benchmark (not a test): requests per second the sandbox answers to a stock GramJS
 * client for a cheap RPC (help.getNearestDc), with 1 and 64 requests in flight on one
 * connection; once with the MTProto server alone (the small dispatcher of its tests) and
 * once with the whole sandbox (the world's dispatcher).
 * Run: bun bench/sandbox.ts [seconds per run, default 3]
 */
import { Api } from "telegram";
import { ConnectionTCPAbridged } from "telegram/network";
import { StringSession } from "telegram/sessions";
import { startSandbox } from "../src/sandbox/index.ts";
import { createSandboxClient, type SandboxConfig } from "../src/telegram/sandbox-connection.ts";
import { startFixture } from "../test/sandbox/mtproto/fixture.ts";

const seconds = Number(process.argv[2] ?? 3);

async function measure(config: SandboxConfig, inFlight: number): Promise<number> {
  const client = createSandboxClient(config, new StringSession(""), { connection: ConnectionTCPAbridged });
  await client.connect();
  for (let i = 0; i < 200; i++) await client.invoke(new Api.help.GetNearestDc()); // warm-up
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      await client.invoke(new Api.help.GetNearestDc());
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const rps = done / ((performance.now() - start) / 1000);
  await client.destroy();
  return rps;
}

async function report(label: string, config: SandboxConfig): Promise<void> {
  for (const inFlight of [1, 64]) {
    const rps = await measure(config, inFlight);
    console.log(`${label.padEnd(34)} ${String(inFlight).padStart(2)} in flight: ${Math.round(rps)} requests/s`);
  }
}

const fixture = await startFixture(1);
await report("MTProto server, test dispatcher", fixture.config);
await fixture.server.stop();

const sandbox = await startSandbox({ dcs: 1 });
await report("whole sandbox (world dispatcher)", sandbox.config);
await sandbox.stop();
process.exit(0);
