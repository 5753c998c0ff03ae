/**
 * Benchmark (not a test): sendMessage through the gateway against the same
 * messages.sendMessage from a direct GramJS client, both to one sandbox, in one run.
 * The sandbox and the gateway run as their own processes (as a user would run them);
 * this process drives both the HTTP load and the direct client.
 *   throughput at 64 in flight (target: gateway ≥ 0.8× direct)
 *   latency at 1 in flight (target: gateway adds < 1 ms at p50), with p99
 * Run: bun bench/gateway.ts [seconds per throughput run, default 5]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import bigInt from "big-integer";
import { Api } from "telegram";
import { StringSession } from "telegram/sessions";
import { createSandboxClient, type SandboxConfig } from "../src/telegram/sandbox-connection.ts";

const seconds = Number(process.argv[2] ?? 5);
const IN_FLIGHT = 64;
const LATENCY_SAMPLES = 400;
const root = join(import.meta.dir, "..");
const dir = mkdtempSync(join(tmpdir(), "tgrest-bench-"));
const children: Bun.Subprocess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function startSandbox(): Promise<{ controlUrl: string }> {
  const child = Bun.spawn(
    [process.execPath, "src/main.ts", "sandbox", "--no-gateway", "--dcs", "1", "--control-port", "0", "--mtproto-port", "0", "--dir", join(dir, "world")],
    { cwd: root, stdout: "pipe", stderr: "inherit" },
  );
  children.push(child);
  const reader = child.stdout.getReader();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error("the sandbox exited before it was ready");
    text += new TextDecoder().decode(value);
    const line = text.split("\n").find((l) => l.startsWith('{"ready":true'));
    if (line) return { controlUrl: `http://127.0.0.1:${JSON.parse(line).control}` };
  }
}

async function startGateway(controlUrl: string): Promise<string> {
  const port = await freePort();
  const child = Bun.spawn(
    [process.execPath, "src/main.ts", "serve", "--sandbox-control", controlUrl, "--http-ip-address", "127.0.0.1", "-p", String(port), "--dir", join(dir, "gateway")],
    { cwd: root, stdout: "ignore", stderr: "inherit" },
  );
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${url}/docs/json`).then((r) => r.ok, () => false)) return url;
    await Bun.sleep(50);
  }
  throw new Error("the gateway did not start");
}

async function control<T>(controlUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, controlUrl), {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

type Send = (userIndex: number, text: string) => Promise<void>;

async function throughput(send: Send): Promise<number> {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, worker) => {
      while (performance.now() < until) {
        await send(worker, `t${done}`);
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

async function latency(send: Send): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const start = performance.now();
    await send(0, `l${i}`);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

try {
  const { controlUrl } = await startSandbox();
  const config = await control<SandboxConfig>(controlUrl, "/control/config");
  const gatewayUrl = await startGateway(controlUrl);
  const viaGateway = await control<{ token: string }>(controlUrl, "/control/bots", { username: "bench_gateway_bot" });
  const direct = await control<{ token: string }>(controlUrl, "/control/bots", { username: "bench_direct_bot" });
  const users = await Promise.all(
    Array.from({ length: IN_FLIGHT }, (_, i) => control<{ id: number }>(controlUrl, "/control/users", { first_name: `Reader ${i}` })),
  );

  const client = createSandboxClient(config, new StringSession(""));
  await client.connect();
  await client.invoke(new Api.auth.ImportBotAuthorization({ flags: 0, apiId: 1, apiHash: "sandbox", botAuthToken: direct.token }));
  const peers = users.map((u) => new Api.InputPeerUser({ userId: bigInt(u.id), accessHash: bigInt(0) }));
  const directSend: Send = async (i, text) => {
    await client.invoke(new Api.messages.SendMessage({ peer: peers[i]!, message: text, randomId: bigInt.randBetween("-1e18", "1e18") }));
  };
  const gatewaySend: Send = async (i, text) => {
    const response = await fetch(`${gatewayUrl}/bot${viaGateway.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: users[i]!.id, text }),
    });
    const answer = (await response.json()) as { ok: boolean; description?: string };
    if (!answer.ok) throw new Error(`sendMessage: ${answer.description}`);
  };

  for (const send of [directSend, gatewaySend]) for (let i = 0; i < 200; i++) await send(i % IN_FLIGHT, "warm-up");

  const directRate = await throughput(directSend);
  const gatewayRate = await throughput(gatewaySend);
  const directLatency = await latency(directSend);
  const gatewayLatency = await latency(gatewaySend);
  await client.destroy();

  const ms = (x: number) => x.toFixed(2);
  console.log(`| path | ${IN_FLIGHT} in flight, messages/s | 1 in flight p50 ms | 1 in flight p99 ms |`);
  console.log("| --- | --- | --- | --- |");
  console.log(`| direct GramJS client | ${Math.round(directRate)} | ${ms(directLatency.p50)} | ${ms(directLatency.p99)} |`);
  console.log(`| through the gateway | ${Math.round(gatewayRate)} | ${ms(gatewayLatency.p50)} | ${ms(gatewayLatency.p99)} |`);
  console.log(
    `gateway/direct throughput: ${(gatewayRate / directRate).toFixed(2)}× (target ≥ 0.8×); ` +
      `latency added at p50: ${ms(gatewayLatency.p50 - directLatency.p50)} ms (target < 1 ms)`,
  );
} finally {
  for (const child of children) child.kill();
  await Promise.all(children.map((c) => c.exited));
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
