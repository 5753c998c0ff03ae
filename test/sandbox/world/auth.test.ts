import { describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "telegram";
import { computeCheck } from "telegram/Password";
import { World } from "../../../src/sandbox/world/world.ts";
import { makeWorld } from "./harness.ts";

const sendCode = (phone: string) =>
  new Api.auth.SendCode({ phoneNumber: phone, apiId: 1, apiHash: "x", settings: new Api.CodeSettings({}) });

describe("accounts", () => {
  test("test phones migrate to their DC and sign in with code XXXXX", async () => {
    const { world, hub, call } = makeWorld();
    const user = world.createUser({ phone: "9996621234", firstName: "Dee" });
    await expect(call({ dcId: 1 }, sendCode(user.phone!))).rejects.toMatchObject({ code: 303, errorMessage: "PHONE_MIGRATE_2" });
    const key = { dcId: 2, authKeyId: "key2" };
    const sent = await call<Api.auth.SentCode>(key, sendCode(user.phone!));
    expect(world.codes.get(user.phone!)!.code).toBe("22222");
    await expect(
      call(key, new Api.auth.SignIn({ phoneNumber: user.phone!, phoneCodeHash: sent.phoneCodeHash, phoneCode: "11111" })),
    ).rejects.toMatchObject({ errorMessage: "PHONE_CODE_INVALID" });
    const auth = await call<Api.auth.Authorization>(
      key,
      new Api.auth.SignIn({ phoneNumber: user.phone!, phoneCodeHash: sent.phoneCodeHash, phoneCode: "22222" }),
    );
    expect(auth.user.id.toJSNumber()).toBe(user.id);
    expect(hub.bound.get("key2")).toBe(user.id);
  });

  test("2FA: SESSION_PASSWORD_NEEDED, then GramJS's SRP proof is accepted and a wrong one refused", async () => {
    const { world, call } = makeWorld();
    const user = world.createUser({ phone: "9996611111", firstName: "Eve", password: "hunter2" });
    const key = { dcId: 1, authKeyId: "k" };
    const sent = await call<Api.auth.SentCode>(key, sendCode(user.phone!));
    const signIn = new Api.auth.SignIn({ phoneNumber: user.phone!, phoneCodeHash: sent.phoneCodeHash, phoneCode: "11111" });
    await expect(call(key, signIn)).rejects.toMatchObject({ code: 401, errorMessage: "SESSION_PASSWORD_NEEDED" });
    const wrong = await call<Api.account.Password>(key, new Api.account.GetPassword());
    await expect(
      call(key, new Api.auth.CheckPassword({ password: await computeCheck(wrong, "hunter3") })),
    ).rejects.toMatchObject({ errorMessage: "PASSWORD_HASH_INVALID" });
    const right = await call<Api.account.Password>(key, new Api.account.GetPassword());
    const auth = await call<Api.auth.Authorization>(key, new Api.auth.CheckPassword({ password: await computeCheck(right, "hunter2") }));
    expect(auth.user.id.toJSNumber()).toBe(user.id);
  });

  test("bot tokens, unknown tokens and USER_MIGRATE for a bot homed elsewhere", async () => {
    const { world, call } = makeWorld();
    const bot = world.createBot({ username: "far_bot", dcId: 2 });
    expect(bot.botToken).toMatch(/^\d+:[A-Za-z0-9_-]{35}$/);
    const importBot = (token: string) => new Api.auth.ImportBotAuthorization({ flags: 0, apiId: 1, apiHash: "x", botAuthToken: token });
    await expect(call({ dcId: 1 }, importBot(`${bot.id}:nope`))).rejects.toMatchObject({ errorMessage: "ACCESS_TOKEN_INVALID" });
    await expect(call({ dcId: 1 }, importBot(bot.botToken!))).rejects.toMatchObject({ errorMessage: "USER_MIGRATE_2" });
    const auth = await call<Api.auth.Authorization>({ dcId: 2 }, importBot(bot.botToken!));
    expect((auth.user as Api.User).bot).toBe(true);
    await expect(call({ ...bot, dcId: 1 } as never, new Api.updates.GetState())).rejects.toMatchObject({ errorMessage: "USER_MIGRATE_2" });
  });

  test("unknown methods answer METHOD_NOT_IMPLEMENTED", async () => {
    const { world, call } = makeWorld();
    const user = world.createUser({ firstName: "U" });
    await expect(call(user, new Api.messages.GetDialogFilters())).rejects.toMatchObject({ code: 400, errorMessage: "METHOD_NOT_IMPLEMENTED" });
  });

  test("a world in a directory survives a restart", () => {
    const dir = mkdtempSync(join(tmpdir(), "world-"));
    try {
      const first = new World({ dir, dcCount: 2 });
      const bot = first.createBot({ username: "kept_bot" });
      first.close();
      const second = new World({ dir, dcCount: 2 });
      expect(second.byToken(bot.botToken!)?.username).toBe("kept_bot");
      expect(second.createUser({ firstName: "N" }).id).toBe(bot.id + 1);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
