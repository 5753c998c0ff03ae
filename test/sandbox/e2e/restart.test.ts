/** A sandbox with a directory keeps accounts, messages and auth keys across a restart. */
import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "telegram";
import { Harness } from "./helpers.ts";

test("a logged-in client carries on after the sandbox restarts", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sandbox-restart-"));
  try {
    const first = await Harness.start({ dir });
    const user = await first.ok("POST", "/control/users", { first_name: "Kim", phone: "9996610777" });
    const bot = await first.ok("POST", "/control/bots", { username: "keeper_bot" });
    const client = await first.user(user.phone);
    await client.sendMessage(bot.username, { message: "remember me" });
    const session = client.session.save() as unknown as string;
    const pts = (await client.invoke(new Api.updates.GetState())).pts;
    await first.stop();

    const second = await Harness.start({ dir });
    try {
      const again = second.client(session);
      await again.connect();
      expect(((await again.getMe()) as Api.User).id.toJSNumber()).toBe(user.id);
      expect((await again.invoke(new Api.updates.GetState())).pts).toBe(pts);
      const seen = await second.ok("GET", `/control/chats/${user.id}/messages?as=${bot.id}`);
      expect(seen.messages.map((m: { text: string }) => m.text)).toEqual(["remember me"]);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("after a reset, a connected client gets AUTH_KEY_UNREGISTERED", async () => {
  const h = await Harness.start();
  try {
    const bot = await h.ok("POST", "/control/bots", { username: "doomed_bot" });
    const client = await h.bot(bot.token);
    await h.ok("POST", "/control/reset");
    await expect(client.invoke(new Api.updates.GetState())).rejects.toThrow(/AUTH_KEY_UNREGISTERED/);
  } finally {
    await h.stop();
  }
});
