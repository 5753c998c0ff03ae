/** Channels and DCs with stock GramJS clients: channel pushes, a channel gap, bots homed on DC 2. */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { Api } from "telegram";
import { Raw } from "telegram/events";
import { big } from "../../../src/sandbox/world/tl.ts";
import { Harness } from "./helpers.ts";

let h: Harness;

beforeAll(async () => {
  h = await Harness.start();
});

afterAll(async () => {
  await h.stop();
});

test("a bot homed on DC 2 logs in through USER_MIGRATE_2", async () => {
  const bot = await h.ok("POST", "/control/bots", { username: "far_away_bot", dc_id: 2 });
  const client = await h.bot(bot.token);
  expect(client.session.dcId).toBe(2);
  expect(((await client.getMe()) as Api.User).id.toJSNumber()).toBe(bot.id);
});

test("a channel member gets posts pushed and fills a gap with getChannelDifference", async () => {
  const owner = await h.ok("POST", "/control/users", { first_name: "Owner", phone: "9996610042" });
  const bot = await h.ok("POST", "/control/bots", { username: "reader_bot" });
  const { chat_id } = await h.ok("POST", "/control/chats", { type: "channel", title: "News", creator: owner.id, admins: [bot.id] });
  const client = await h.bot(bot.token);
  const channelId = -chat_id - 1_000_000_000_000;

  const pushed = new Promise<Api.UpdateNewChannelMessage>((resolve) => {
    client.addEventHandler((update: unknown) => {
      if (update instanceof Api.UpdateNewChannelMessage) resolve(update);
    }, new Raw({}));
  });
  await h.ok("POST", "/control/messages", { from: owner.id, chat_id, text: "first post" });
  const first = await pushed;
  expect((first.message as Api.Message).message).toBe("first post");
  expect((first.message as Api.Message).post).toBe(true);

  await client.disconnect();
  for (let i = 0; i < 5; i++) await h.ok("POST", "/control/messages", { from: owner.id, chat_id, text: `missed ${i}` });
  await client.connect();
  const full = await client.invoke(
    new Api.channels.GetChannels({ id: [new Api.InputChannel({ channelId: big(channelId), accessHash: big(0) })] }),
  ).catch((e: Error) => e);
  // Channels need their real access_hash, even for bots.
  expect(String(full)).toContain("CHANNEL_INVALID");
  // GramJS learned the access_hash from the chats of the pushed update.
  const channel = (await client.getEntity(new Api.PeerChannel({ channelId: big(channelId) }))) as Api.Channel;
  const input = new Api.InputChannel({ channelId: big(channelId), accessHash: channel.accessHash! });
  const difference = await client.invoke(
    new Api.updates.GetChannelDifference({ channel: input, filter: new Api.ChannelMessagesFilterEmpty(), pts: first.pts, limit: 100 }),
  );
  expect(difference).toBeInstanceOf(Api.updates.ChannelDifference);
  const got = (difference as Api.updates.ChannelDifference).newMessages.map((m) => (m as Api.Message).message);
  expect(got).toEqual(["missed 0", "missed 1", "missed 2", "missed 3", "missed 4"]);
  expect((difference as Api.updates.ChannelDifference).final).toBe(true);
  expect((difference as Api.updates.ChannelDifference).pts).toBe(first.pts + 5);
});
