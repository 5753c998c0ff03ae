/**
 * No update lost under chaos (issue 4's acceptance): the sandbox floods two bots from 20
 * users in 5 chats while the gateway process is killed with SIGKILL and restarted and
 * the sandbox drops the MTProto connections. One bot reads with getUpdates (every message
 * exactly once, in order within its chat, update_ids strictly increasing), the other
 * through a webhook (every message, in order within its chat, a repeat only under the
 * update_id of its first delivery, at most max_connections per kill).
 *   CHAOS_MESSAGES  messages each bot must receive (default 10000)
 *   CHAOS_SEED      the seed of the fault moments (printed by every run)
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runFaults, schedule, seeded } from "./chaos.ts";
import { type Consumer, pollUpdates, webhookReceiver } from "./consumers.ts";
import { Flood } from "./flood.ts";
import { type Bot, buildWorld, expectedFor, parseText } from "./plan.ts";
import { GatewayProcess, type SandboxProcess, spawnSandbox } from "./processes.ts";
import { checkPolling, checkWebhook, type Expected } from "./verdict.ts";

const TOTAL = Number(process.env.CHAOS_MESSAGES ?? 10_000);
const SEED = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KILLS = 5;
const DROPS = 5;
/** Fewer than the chats, so the limit on parallel requests (and on repeats per kill) is what bounds them. */
const MAX_CONNECTIONS = 3;
/** With nothing new delivered for this long the run is judged as it stands (it lists what is missing). */
const STALL_MS = 60_000;

const dir = mkdtempSync(join(tmpdir(), "tgrest-chaos-"));
const cleanup: Array<() => Promise<unknown> | unknown> = [];
const log = (line: string) => console.log(`[chaos] ${line}`);

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  rmSync(dir, { recursive: true, force: true });
});

async function call(gateway: GatewayProcess, bot: Bot, method: string, params: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${gateway.url}/bot${bot.token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  const answer = (await response.json()) as { ok: boolean; result?: unknown; description?: string };
  if (!answer.ok) throw new Error(`${method}: ${answer.description}`);
  return answer.result;
}

/** Planned messages among the deliveries, counted once each. */
function receivedCount(consumer: Consumer, expected: ReadonlyMap<string, Expected>): number {
  const seen = new Set<string>();
  for (const d of consumer.deliveries) if (d.text !== undefined && expected.has(d.text)) seen.add(d.text);
  return seen.size;
}

/** Waits until both bots have every planned message, or until nothing new arrived for STALL_MS. */
async function settle(pairs: ReadonlyArray<[Consumer, ReadonlyMap<string, Expected>]>): Promise<void> {
  let lastLength = -1;
  let lastChange = performance.now();
  for (;;) {
    if (pairs.every(([consumer, expected]) => receivedCount(consumer, expected) === expected.size)) return;
    const length = pairs.reduce((sum, [consumer]) => sum + consumer.deliveries.length, 0);
    if (length !== lastLength) [lastLength, lastChange] = [length, performance.now()];
    else if (performance.now() - lastChange > STALL_MS) return log(`nothing new for ${STALL_MS / 1000} s: judging as it stands`);
    await Bun.sleep(50);
  }
}

test(
  `${TOTAL} messages to a getUpdates bot and a webhook bot through ${KILLS} gateway kills and ${DROPS} dropped connections`,
  async () => {
    log(`seed ${SEED}, ${TOTAL} messages per bot, max_connections ${MAX_CONNECTIONS}`);
    const random = seeded(SEED);
    const sandbox: SandboxProcess = await spawnSandbox(join(dir, "world"));
    cleanup.push(() => sandbox.stop());
    const gateway = new GatewayProcess(sandbox.controlUrl, join(dir, "gateway"), ["--local"]);
    cleanup.push(() => gateway.stop());
    await gateway.start();

    const pollBot: Bot = await sandbox.control("/control/bots", { username: "chaos_poll_bot" });
    const hookBot: Bot = await sandbox.control("/control/bots", { username: "chaos_hook_bot" });
    const hook = webhookReceiver();
    cleanup.push(() => hook.stop());
    // Both bots are open (their update managers hold a state) before anything is sent to them.
    await call(gateway, pollBot, "getUpdates", { timeout: 0 });
    await call(gateway, hookBot, "setWebhook", { url: hook.url, max_connections: MAX_CONNECTIONS });
    const bots = [pollBot, hookBot];
    const { users, chats } = await buildWorld(sandbox, bots, TOTAL);
    const poll = pollUpdates(gateway.url, pollBot.token);
    cleanup.push(() => poll.stop());

    const flood = new Flood(sandbox, bots, users, chats);
    const faults = schedule(random, TOTAL - chats.length, KILLS, DROPS);
    /** When each kill happened: the repeats it causes come after it. */
    const kills: number[] = [];
    const chaos = runFaults(faults, () => flood.sent, {
      async kill() {
        await gateway.kill();
        kills.push(performance.now());
        await Bun.sleep(Math.floor(random() * 500));
        await gateway.start();
      },
      async drop() {
        await sandbox.control("/control/faults", { drop_connections: true });
      },
    }, log);
    flood.barrier = chaos.barrier;
    const started = performance.now();
    // The last message of each chat waits until the chaos is over, so it closes every chat's stream.
    await flood.send(() => 0, (chat) => chat.count - 1);
    await chaos.done;
    const floodSeconds = (performance.now() - started) / 1000;
    await flood.send((chat) => chat.count - 1, (chat) => chat.count);

    const pollExpected = expectedFor(pollBot, chats, users);
    const hookExpected = expectedFor(hookBot, chats, users);
    await settle([[poll, pollExpected], [hook, hookExpected]]);
    await poll.stop();
    const seconds = (performance.now() - started) / 1000;

    const polled = checkPolling(poll.deliveries, pollExpected);
    const hooked = checkWebhook(hook.deliveries, hookExpected, kills, MAX_CONNECTIONS);
    const others = (c: Consumer) => c.deliveries.filter((d) => !parseText(d.text)).length;
    log(`flood ${floodSeconds.toFixed(1)} s, all delivered after ${seconds.toFixed(1)} s; ${kills.length} kills, ${DROPS} drops`);
    log(`getUpdates: ${polled.received}/${pollExpected.size} messages, ${polled.repeats} repeats, ${others(poll)} other updates, ${poll.deliveries.length} deliveries; failed requests ${JSON.stringify(Object.fromEntries(poll.failures))}`);
    log(`webhook:    ${hooked.received}/${hookExpected.size} messages, ${hooked.repeats} repeats (after each kill: ${hooked.repeatsPerKill!.join(", ")}; at most ${MAX_CONNECTIONS} each), ${others(hook)} other updates, ${hook.deliveries.length} deliveries`);
    expect(polled.problems).toEqual([]);
    expect(hooked.problems).toEqual([]);
    expect(kills.length).toBe(KILLS);
  },
  5 * 60_000,
);
