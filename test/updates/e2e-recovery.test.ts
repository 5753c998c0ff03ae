/**
 * No update lost, none repeated: across dropped connections, gateway restarts and
 * messages sent while no gateway runs. The sandbox slices differences at 20 events so
 * differenceSlice is walked too.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "../../src/cli/config.ts";
import { type Gateway, startGateway } from "../../src/cli/gateway.ts";
import { type Sandbox, startSandbox } from "../../src/sandbox/index.ts";
import type { TestWorld } from "../support/gateway.ts";
import { type BotUpdate, expectIncreasing, reader, sendTexts, textOf } from "./e2e-support.ts";

let sandbox: Sandbox;
let gateway: Gateway | undefined;
let dir: string;
let config: Config;
let world: TestWorld;
let botCounter = 0;

async function startGw(): Promise<void> {
  const started = await startGateway({ ...config, httpPort: gateway ? 0 : config.httpPort });
  if ("error" in started) throw new Error(started.error);
  gateway = started;
  world.baseUrl = `http://127.0.0.1:${started.port}`;
}

async function stopGw(): Promise<void> {
  await gateway?.stop();
}

beforeAll(async () => {
  sandbox = await startSandbox({ dcs: 2, differenceSliceSize: 20 });
  dir = mkdtempSync(join(tmpdir(), "tgrest-recovery-"));
  config = {
    local: true, httpPort: 0, httpIpAddress: "127.0.0.1", dir: join(dir, "gateway"), tempDir: join(dir, "temp"),
    verbosity: 0, allowUsers: false, allowUsersRegistration: false, plugins: [], sandboxControl: sandbox.controlUrl,
  };
  world = makeWorld();
  await startGw();
});

afterAll(async () => {
  await stopGw();
  await sandbox.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The parts of TestWorld the readers use, over this file's own gateway. */
function makeWorld(): TestWorld {
  const control = async (path: string, body?: unknown) => {
    const response = await fetch(new URL(path, sandbox.controlUrl), {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as any;
    if (!response.ok) throw new Error(`control ${path}: ${response.status} ${json?.error}`);
    return json;
  };
  const call = async (token: string, method: string, params: Record<string, unknown> = {}) => {
    const response = await fetch(`${self.baseUrl}/bot${token}/${method}`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(params),
    });
    return (await response.json()) as any;
  };
  const self = {
    sandbox, baseUrl: "", dir, control, call,
    createBot: () => control("/control/bots", { username: `recovery${++botCounter}_${Date.now() % 100000}_bot` }),
    createUser: (firstName = "Test") => control("/control/users", { first_name: firstName }),
    async ok(token: string, method: string, params?: Record<string, unknown>) {
      const answer = await call(token, method, params);
      if (!answer.ok) throw new Error(`${method} failed: ${answer.error_code} ${answer.description}`);
      return answer.result;
    },
    restartGateway: async () => undefined,
    stop: async () => undefined,
  };
  return self as unknown as TestWorld;
}

const texts = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** Reads until the sentinel text, then checks the texts before it are exactly `expected`, in order. */
async function expectExactly(read: ReturnType<typeof reader>, sentinel: string, expected: string[]): Promise<BotUpdate[]> {
  const got = await read.until((r) => r.some((u) => textOf(u) === sentinel));
  expectIncreasing(read.all);
  expect(read.all.map(textOf).filter((t) => t !== undefined && t !== sentinel)).toEqual(expected);
  return got;
}

async function openBot() {
  const bot = await world.createBot();
  const ann = await world.createUser("Ann");
  await world.ok(bot.token, "getUpdates", { timeout: 0 });
  return { bot, ann, read: reader(world, bot.token) };
}

describe("recovery", () => {
  test("dropped connections while messages arrive: all arrive, each once", async () => {
    const { bot, ann, read } = await openBot();
    const expected: string[] = [];
    for (let round = 0; round < 3; round++) {
      const batch = texts(`r${round}-`, 5);
      await sendTexts(world, ann.id, bot.id, batch.slice(0, 2));
      await world.control("/control/faults", { drop_connections: true });
      await sendTexts(world, ann.id, bot.id, batch.slice(2));
      expected.push(...batch);
    }
    await sendTexts(world, ann.id, bot.id, ["end"]);
    await expectExactly(read, "end", expected);
  });

  test("a restart between messages loses and repeats none", async () => {
    const { bot, ann, read } = await openBot();
    await sendTexts(world, ann.id, bot.id, texts("before", 3));
    await read.take(3);
    await sendTexts(world, ann.id, bot.id, texts("unread", 3));
    await stopGw();
    await startGw();
    await sendTexts(world, ann.id, bot.id, texts("after", 3));
    await sendTexts(world, ann.id, bot.id, ["end"]);
    await expectExactly(read, "end", [...texts("before", 3), ...texts("unread", 3), ...texts("after", 3)]);
  });

  test("messages sent while the gateway is stopped arrive after the restart, exactly those", async () => {
    const { bot, ann, read } = await openBot();
    const channel = await world.control("/control/chats", { type: "channel", title: "News", creator: ann.id, members: [bot.id], admins: [bot.id] });
    await sendTexts(world, ann.id, channel.chat_id, ["post0"]);
    await read.until((r) => r.some((u) => textOf(u) === "post0"));
    // The webhook-less bot is opened again by its first request after the restart.
    await stopGw();
    await sendTexts(world, ann.id, bot.id, texts("m", 100));
    await sendTexts(world, ann.id, channel.chat_id, texts("post", 30).slice(1));
    await startGw();
    await sendTexts(world, ann.id, bot.id, ["end"]);
    const got = await read.until((r) => r.some((u) => textOf(u) === "end") && r.filter((u) => u.channel_post).length >= 29);
    expectIncreasing(read.all);
    const privateTexts = got.filter((u) => u.message).map(textOf);
    expect(privateTexts).toEqual([...texts("m", 100), "end"]);
    expect(got.filter((u) => u.channel_post).map(textOf)).toEqual(texts("post", 30).slice(1));
  });
});
