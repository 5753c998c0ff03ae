/**
 * Benchmark (not a test): updates per second from the sandbox to a bot, three ways, in
 * one run against one sandbox process:
 *   a GramJS client logged in as a bot, in its own process (the sandbox's own push
 *   rate: the ceiling)
 *   through the gateway, read with getUpdates (offset loop, limit 100, long poll)
 *   through the gateway, delivered to a webhook receiver on loopback (--local)
 * Each bot gets the same flood: MESSAGES private messages from USERS users writing at
 * once (the control API answers once the world has the message). A rate is messages
 * over the time from the first send to the last message received. The consumers each
 * run in their own process (gateway or direct client), so each path has the same
 * three processes: sandbox, consumer, and this one (flood and counting).
 * Run: bun bench/updates.ts [messages per flood, default 5000]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "telegram";
import { Raw } from "telegram/events";
import { StringSession } from "telegram/sessions";
import { createSandboxClient, type SandboxConfig } from "../src/telegram/sandbox-connection.ts";
import { controlCall, GatewayProcess, spawnSandbox } from "../test/chaos/processes.ts";

/** Runs this file as the direct client: `bun bench/updates.ts --direct-client <control url> <token>`. */
const DIRECT = "--direct-client";
const MESSAGES = Number(process.argv[2] ?? 5000);
const USERS = 64;
const ROUNDS = 3;
const MAX_CONNECTIONS = 40;

/** Counts the flood's texts (`f…`) as a consumer receives them, each once. */
class Tally {
  private readonly seen = new Set<string>();
  private target = Infinity;
  private resolve: (() => void) | undefined;

  add(text: unknown): void {
    if (typeof text !== "string" || !text.startsWith("f")) return;
    this.seen.add(text);
    if (this.seen.size >= this.target) this.resolve?.();
  }

  /** Resolves when `count` texts (counted from now on) have arrived. */
  expect(count: number): Promise<void> {
    this.seen.clear();
    this.target = count;
    return new Promise((resolve) => (this.resolve = resolve));
  }
}

const textOf = (update: Record<string, any>): unknown => (update.message ?? update.channel_post)?.text;

/** A bot's update stream via getUpdates, counted until stopped. */
function pollLoop(gatewayUrl: string, token: string, tally: Tally): () => void {
  let stopped = false;
  let offset = 0;
  void (async () => {
    while (!stopped) {
      const response = await fetch(`${gatewayUrl}/bot${token}/getUpdates`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ offset, limit: 100, timeout: 1 }),
      });
      const answer = (await response.json()) as { ok: boolean; result: Record<string, any>[]; description?: string };
      if (!answer.ok) throw new Error(`getUpdates: ${answer.description}`);
      for (const update of answer.result) {
        offset = update.update_id + 1;
        tally.add(textOf(update));
      }
    }
  })();
  return () => (stopped = true);
}

/** Sends `count` texts `<prefix><i>` to `botId`, USERS senders at once; resolves to the sending time in ms. */
async function flood(controlUrl: string, users: readonly number[], botId: number, prefix: string, count: number): Promise<number> {
  const start = performance.now();
  let next = 0;
  await Promise.all(
    users.map(async (from) => {
      for (let i = next++; i < count; i = next++) await controlCall(controlUrl, "/control/messages", { from, chat_id: botId, text: `${prefix}${i}` });
    }),
  );
  return performance.now() - start;
}

interface Path {
  readonly name: string;
  readonly botId: number;
  readonly tally: Tally;
}

interface Sample {
  /** Messages per second from the first send to the last message received. */
  readonly received: number;
  /** Messages per second the control API took them. */
  readonly sent: number;
  /** Milliseconds from the last send to the last message received. */
  readonly lagMs: number;
}

/** One measured flood to a path's bot. */
async function measure(controlUrl: string, users: readonly number[], path: Path, round: number): Promise<Sample> {
  const all = path.tally.expect(MESSAGES);
  const start = performance.now();
  const sendMs = await flood(controlUrl, users, path.botId, `f${round}-`, MESSAGES);
  await all;
  const totalMs = performance.now() - start;
  return { received: MESSAGES / (totalMs / 1000), sent: MESSAGES / (sendMs / 1000), lagMs: totalMs - sendMs };
}

/** A flood that warms a path up: peers learnt, connections open, code compiled. */
async function warmUp(controlUrl: string, users: readonly number[], path: Path): Promise<void> {
  const warm = path.tally.expect(USERS * 4);
  await flood(controlUrl, users, path.botId, "fw", USERS * 4);
  await warm;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The direct client's process: logs in as the bot and prints the text of every message
 * it gets, one a line, after a first line "ready". It does the least a client must: the
 * sandbox answers a session that owes it 256 acks with updatesTooLong
 * (GramJS acks only along with its next request, and ignores updatesTooLong), so the
 * client fetches the difference from the last pts it saw, as the gateway does.
 */
async function directClient(controlUrl: string, token: string): Promise<void> {
  const config = await controlCall<SandboxConfig>(controlUrl, "/control/config");
  const client = createSandboxClient(config, new StringSession(""));
  await client.connect();
  await client.invoke(new Api.auth.ImportBotAuthorization({ flags: 0, apiId: 1, apiHash: "sandbox", botAuthToken: token }));
  let state = await client.invoke(new Api.updates.GetState());
  const print = (text: unknown) => {
    if (typeof text === "string") process.stdout.write(`${text}\n`);
  };
  const catchUp = async () => {
    for (;;) {
      const { pts, qts, date } = state;
      const difference = await client.invoke(new Api.updates.GetDifference({ pts, qts, date }));
      if (difference instanceof Api.updates.DifferenceEmpty) return;
      if (difference instanceof Api.updates.DifferenceTooLong) {
        state = new Api.updates.State({ ...state, pts: difference.pts });
        continue;
      }
      for (const message of difference.newMessages) if (message instanceof Api.Message) print(message.message);
      if (difference instanceof Api.updates.Difference) return void (state = difference.state);
      state = difference.intermediateState;
    }
  };
  let catching = Promise.resolve();
  client.addEventHandler((update: any) => {
    if (update instanceof Api.UpdatesTooLong) {
      catching = catching.then(catchUp);
      return;
    }
    // updateShortMessage carries the text itself; updateNewMessage carries a Message.
    print(typeof update.message === "string" ? update.message : update.message?.message);
    if (typeof update.pts === "number") state = new Api.updates.State({ ...state, pts: Math.max(state.pts, update.pts) });
  }, new Raw({}));
  process.stdout.write("ready\n");
}

/** Starts the direct client's process, tallies the lines it prints; resolves to its stop. */
async function spawnDirectClient(controlUrl: string, token: string, tally: Tally): Promise<() => Promise<unknown>> {
  const child = Bun.spawn([process.execPath, import.meta.path, DIRECT, controlUrl, token], { stdout: "pipe", stderr: "inherit" });
  const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  void (async () => {
    let rest = "";
    for (;;) {
      const { value, done } = await lines.read();
      if (done) return;
      const parts = (rest + value).split("\n");
      rest = parts.pop()!;
      for (const line of parts) {
        if (line === "ready") ready();
        else tally.add(line);
      }
    }
  })();
  await isReady;
  return () => {
    child.kill();
    return child.exited;
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "tgrest-bench-updates-"));
  const cleanup: Array<() => unknown> = [];
  try {
    const sandbox = await spawnSandbox(join(dir, "world"));
    cleanup.push(() => sandbox.stop());
    const gateway = new GatewayProcess(sandbox.controlUrl, join(dir, "gateway"), ["--local"]);
    cleanup.push(() => gateway.stop());
    await gateway.start();
    const users: number[] = [];
    for (let i = 0; i < USERS; i++) users.push((await sandbox.control<{ id: number }>("/control/users", { first_name: `Sender ${i}` })).id);
    const newBot = (username: string) => sandbox.control<{ id: number; token: string }>("/control/bots", { username });

    const direct = await newBot("bench_direct_bot");
    const directTally = new Tally();
    cleanup.push(await spawnDirectClient(sandbox.controlUrl, direct.token, directTally));

    const polled = await newBot("bench_poll_bot");
    const pollTally = new Tally();
    // Opened (its update state read) before anything is sent to it.
    await fetch(`${gateway.url}/bot${polled.token}/getUpdates?timeout=0`);
    cleanup.push(pollLoop(gateway.url, polled.token, pollTally));

    const hooked = await newBot("bench_hook_bot");
    const hookTally = new Tally();
    const receiver = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      async fetch(request) {
        hookTally.add(textOf((await request.json()) as Record<string, any>));
        return new Response("");
      },
    });
    cleanup.push(() => receiver.stop(true));
    const setWebhook = await fetch(`${gateway.url}/bot${hooked.token}/setWebhook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: `http://127.0.0.1:${receiver.port}/hook`, max_connections: MAX_CONNECTIONS }),
    });
    if (!((await setWebhook.json()) as { ok: boolean }).ok) throw new Error("setWebhook failed");

    const paths: Path[] = [
      { name: "direct GramJS client (ceiling)", botId: direct.id, tally: directTally },
      { name: "gateway → getUpdates", botId: polled.id, tally: pollTally },
      { name: `gateway → webhook (max_connections ${MAX_CONNECTIONS})`, botId: hooked.id, tally: hookTally },
    ];
    for (const path of paths) await warmUp(sandbox.controlUrl, users, path);
    // Rounds take the paths in turn, so a slow moment of the machine does not land on one path only.
    const samples = paths.map(() => [] as Sample[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, path] of paths.entries()) samples[i]!.push(await measure(sandbox.controlUrl, users, path, round));
    }

    const rows = paths.map((path, i) => ({
      name: path.name,
      received: median(samples[i]!.map((s) => s.received)),
      sent: median(samples[i]!.map((s) => s.sent)),
      lagMs: median(samples[i]!.map((s) => s.lagMs)),
    }));
    const ceiling = rows[0]!.received;
    console.log(`${MESSAGES} private messages from ${USERS} users at once per flood; medians of ${ROUNDS} rounds`);
    console.log("| path | updates/s received | the flood's send rate, msg/s | last update after last send, ms | × ceiling |");
    console.log("| --- | --- | --- | --- | --- |");
    for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.received)} | ${Math.round(r.sent)} | ${Math.round(r.lagMs)} | ${(r.received / ceiling).toFixed(2)} |`);
  } finally {
    for (const step of cleanup.reverse()) await step();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === DIRECT) await directClient(process.argv[3]!, process.argv[4]!);
else {
  await main();
  process.exit(0);
}
