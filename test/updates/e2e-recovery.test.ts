/**
 * No update lost, none repeated: across dropped connections, gateway restarts and
 * messages sent while no gateway runs. The sandbox slices differences at 20 events so
 * differenceSlice is walked too.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startTestWorld, type TestWorld } from "../support/gateway.ts";
import { type BotUpdate, expectIncreasing, reader, sendTexts, textOf } from "./e2e-support.ts";

let world: TestWorld;

beforeAll(async () => {
  world = await startTestWorld({}, { differenceSliceSize: 20 });
});
afterAll(() => world.stop());

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
    await world.stopGateway();
    await world.startGateway();
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
    await world.stopGateway();
    await sendTexts(world, ann.id, bot.id, texts("m", 100));
    await sendTexts(world, ann.id, channel.chat_id, texts("post", 30).slice(1));
    await world.startGateway();
    await sendTexts(world, ann.id, bot.id, ["end"]);
    const got = await read.until((r) => r.some((u) => textOf(u) === "end") && r.filter((u) => u.channel_post).length >= 29);
    expectIncreasing(read.all);
    const privateTexts = got.filter((u) => u.message).map(textOf);
    expect(privateTexts).toEqual([...texts("m", 100), "end"]);
    expect(got.filter((u) => u.channel_post).map(textOf)).toEqual(texts("post", 30).slice(1));
  });
});
