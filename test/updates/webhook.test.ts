import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Store } from "../../src/store/store.ts";
import { UpdatesService, type UpdatesOptions } from "../../src/updates/service.ts";
import { api } from "./api.ts";
import { eventually, freePort, message, openStore, receiver, tempDir, textOf } from "./helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let updates: UpdatesService;
let call: ReturnType<typeof api>;
const stops: Array<() => void> = [];
let bot = 7000;

function start(options: Partial<UpdatesOptions> = {}) {
  updates = new UpdatesService({ store, config: { local: true }, ...options });
  updates.start();
  call = api(updates, { local: options.config?.local ?? true });
}

/** Stops the gateway's update service and brings it back on the same directory. */
function restart(options: Partial<UpdatesOptions> = {}) {
  updates.close();
  store.close();
  store = openStore(tmp.dir);
  start(options);
}

beforeEach(() => {
  tmp = tempDir();
  store = openStore(tmp.dir);
  bot++;
  store.bindToken(`${bot}:x`, bot, "bot");
  start();
});
afterEach(() => {
  updates.close();
  store.close();
  for (const stop of stops.splice(0)) stop();
  tmp.remove();
});

function listen(...args: Parameters<typeof receiver>) {
  const hook = receiver(...args);
  stops.push(hook.stop);
  return hook;
}

const bodyText = (body: Record<string, unknown>) => textOf(body);

describe("webhook delivery", () => {
  test("posts each update as JSON with the secret token, then forgets it", async () => {
    const hook = listen();
    expect(await call(bot, "setWebhook", { url: hook.url, secret_token: "s3cr-et_" })).toEqual({ ok: true, result: true });
    const ids = updates.enqueue(bot, [message(1, "a"), message(1, "b")]);
    await hook.until(2);
    expect(hook.received.map((r) => r.body)).toEqual(
      ids.map((id, i) => ({ update_id: id, message: expect.objectContaining({ text: "ab"[i] }) })),
    );
    expect(hook.received[0]!.headers.get("x-telegram-bot-api-secret-token")).toBe("s3cr-et_");
    expect(hook.received[0]!.headers.get("content-type")).toBe("application/json");
    await eventually(() => updates.webhookInfo(bot).pending_update_count === 0);
    expect(await call(bot, "getWebhookInfo")).toEqual({
      ok: true,
      result: { url: hook.url, has_custom_certificate: false, pending_update_count: 0, max_connections: 100, ip_address: "127.0.0.1" },
    });
  });

  test("keeps each chat's order, with at most max_connections requests at once", async () => {
    let current = 0;
    let most = 0;
    let overlaps = 0;
    const perChat = new Map<number, number>();
    let opened!: () => void;
    const gate = new Promise<void>((resolve) => (opened = resolve));
    const hook = listen(async ({ body }) => {
      const chat = (body.message as { chat: { id: number } }).chat.id;
      current++;
      most = Math.max(most, current);
      perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
      if (perChat.get(chat)! > 1) overlaps++;
      if (current === 3) opened();
      await gate;
      await Bun.sleep(1);
      perChat.set(chat, perChat.get(chat)! - 1);
      current--;
      return new Response("ok");
    });
    const chats = [1, 2, 3, 4, 5];
    updates.enqueue(bot, [0, 1, 2, 3].flatMap((n) => chats.map((chat) => message(chat, `${chat}:${n}`))));
    expect(await call(bot, "setWebhook", { url: hook.url, max_connections: "3" })).toEqual({ ok: true, result: true });
    await hook.until(20);
    expect(most).toBe(3);
    expect(overlaps).toBe(0);
    for (const chat of chats) {
      const seen = hook.received.map((r) => bodyText(r.body)).filter((text) => text.startsWith(`${chat}:`));
      expect(seen).toEqual([0, 1, 2, 3].map((n) => `${chat}:${n}`));
    }
    const ids = hook.received.map((r) => r.body.update_id as number);
    expect(new Set(ids).size).toBe(20);
  });

  test("retries after a 500 with the same update_id and reports the error", async () => {
    let failures = 1;
    const hook = listen(() => (failures-- > 0 ? new Response("no", { status: 500 }) : new Response("ok")));
    await call(bot, "setWebhook", { url: hook.url });
    const [id] = updates.enqueue(bot, [message(1, "again")]);
    await hook.until(2);
    expect(hook.received.map((r) => r.body.update_id)).toEqual([id, id]);
    await eventually(() => updates.webhookInfo(bot).pending_update_count === 0);
    const info = updates.webhookInfo(bot);
    expect(info.last_error_message).toBe("Wrong response from the webhook: 500 Internal Server Error");
    expect(info.last_error_date).toBeNumber();
  });

  test("honours the receiver's Retry-After", async () => {
    const arrivals: number[] = [];
    const hook = listen(() => {
      arrivals.push(performance.now());
      return arrivals.length === 1 ? new Response("slow down", { status: 429, headers: { "retry-after": "1" } }) : new Response("ok");
    });
    await call(bot, "setWebhook", { url: hook.url });
    updates.enqueue(bot, [message(1, "later")]);
    await hook.until(2);
    // Without Retry-After the first retry would be immediate.
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
  });

  test("retries after a refused connection, with back-off", async () => {
    restart({ secondMs: 5 });
    const port = freePort();
    await call(bot, "setWebhook", { url: `http://127.0.0.1:${port}/hook` });
    const [id] = updates.enqueue(bot, [message(1, "patient")]);
    await eventually(() => updates.webhookInfo(bot).last_error_message === "Connection refused");
    const hook = listen(undefined, port);
    await hook.until(1);
    expect(hook.received.map((r) => r.body.update_id)).toEqual([id]);
  });

  test("a restart resumes delivery of what was queued before it", async () => {
    restart({ secondMs: 5 });
    const port = freePort();
    const url = `http://127.0.0.1:${port}/hook`;
    expect(await call(bot, "setWebhook", { url })).toEqual({ ok: true, result: true });
    updates.enqueue(bot, [message(1, "first"), message(2, "second")]);
    await eventually(() => updates.webhookInfo(bot).last_error_message === "Connection refused");

    restart({ secondMs: 5 });
    expect(updates.webhookInfo(bot).url).toBe(url);
    const hook = listen(undefined, port);
    await hook.until(2);
    expect(hook.received.map((r) => bodyText(r.body)).sort()).toEqual(["first", "second"]);
    await eventually(() => updates.webhookInfo(bot).pending_update_count === 0);
  });

  test("runs a method returned in the response, but never a get* or webhook method", async () => {
    const ran: Array<[number, string, Record<string, string>]> = [];
    restart({ runMethod: async (accountId, method, params) => void ran.push([accountId, method, params]) });
    const replies = [
      { method: "getMe" },
      { method: "deleteWebhook" },
      { method: "sendMessage", chat_id: 1, text: "hi", reply_markup: { inline_keyboard: [] } },
    ];
    const hook = listen(() => Response.json(replies.shift()));
    await call(bot, "setWebhook", { url: hook.url, max_connections: "1" });
    updates.enqueue(bot, [message(1, "a"), message(1, "b"), message(1, "c")]);
    await hook.until(3);
    await eventually(() => ran.length === 1);
    expect(ran).toEqual([[bot, "sendMessage", { chat_id: "1", text: "hi", reply_markup: '{"inline_keyboard":[]}' }]]);
  });
});

describe("setWebhook, deleteWebhook, getWebhookInfo", () => {
  test("outside --local: HTTPS on the allowed ports, public IPv4 only, official texts", async () => {
    restart({ config: { local: false } });
    const refusals: Array<[Record<string, string>, string]> = [
      [{ url: "http://8.8.8.8/hook" }, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"],
      [{ url: "https://8.8.8.8:8080/hook" }, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"],
      [{ url: "https://127.0.0.1/hook" }, "Bad Request: bad webhook: IP address 127.0.0.1 is reserved"],
      [{ url: "https://example.com/hook", ip_address: "192.168.1.1" }, "Bad Request: bad webhook: IP address 192.168.1.1 is reserved"],
      [{ url: "https://example.com/hook", ip_address: "::1" }, "Bad Request: bad webhook: IPv6-only addresses are not allowed"],
      [{ url: "https://example.com/hook", ip_address: "nope" }, "Bad Request: bad webhook: Invalid IP address specified"],
      [{ url: "gopher://example.com" }, "Bad Request: invalid webhook URL specified"],
      [{ url: "https://8.8.8.8/", secret_token: "a b" }, "Bad Request: secret token contains unallowed characters"],
      [{ url: "https://8.8.8.8/", secret_token: "x".repeat(257) }, "Bad Request: secret token is too long"],
    ];
    for (const [params, description] of refusals) {
      // A bot may set a webhook once a second: each case uses its own bot.
      expect(await call(++bot, "setWebhook", params)).toEqual({ ok: false, code: 400, description });
      expect(updates.webhookInfo(bot).url).toBe("");
    }
    expect(await call(++bot, "setWebhook", { url: "https://8.8.8.8:8443/hook", max_connections: "1000" })).toEqual({ ok: true, result: true });
    expect(await call(bot, "setWebhook", { url: "https://8.8.4.4/hook" })).toEqual({
      ok: false,
      code: 429,
      description: "Too Many Requests: retry after 1",
    });
    expect(updates.webhookInfo(bot)).toEqual({
      url: "https://8.8.8.8:8443/hook",
      has_custom_certificate: false,
      pending_update_count: 0,
      max_connections: 100,
      ip_address: "8.8.8.8",
    });
  });

  test("a certificate is kept and reported; allowed_updates and drop_pending_updates", async () => {
    const hook = listen(() => new Response("no", { status: 503 }));
    const certificate = join(tmp.dir, "cert.pem");
    writeFileSync(certificate, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    const file = { kind: "file" as const, path: certificate, filename: "cert.pem", size: 60 };
    updates.enqueue(bot, [message(1, "dropped")]);
    expect(
      await call(bot, "setWebhook", {
        url: hook.url,
        certificate: file,
        allowed_updates: '["message", "chat_member"]',
        drop_pending_updates: "true",
        max_connections: "7",
      }),
    ).toEqual({ ok: true, result: true });
    expect(updates.webhookInfo(bot)).toMatchObject({
      has_custom_certificate: true,
      pending_update_count: 0,
      max_connections: 7,
      allowed_updates: ["message", "chat_member"],
    });

    updates.enqueue(bot, [message(1, "pending")]);
    await eventually(() => updates.webhookInfo(bot).last_error_message !== undefined);
    expect(updates.webhookInfo(bot)).toMatchObject({ pending_update_count: 1, last_error_message: "Wrong response from the webhook: 503 Service Unavailable" });
    expect(await call(bot, "deleteWebhook", { drop_pending_updates: "true" })).toEqual({ ok: true, result: true });
    expect(await call(bot, "getWebhookInfo")).toEqual({
      ok: true,
      result: { url: "", has_custom_certificate: false, pending_update_count: 0, allowed_updates: ["message", "chat_member"] },
    });
    expect(await call(bot, "deleteWebhook")).toEqual({ ok: true, result: true });
  });

  test("setting the same webhook again changes only allowed_updates", async () => {
    const hook = listen();
    await call(bot, "setWebhook", { url: hook.url });
    await Bun.sleep(1001);
    expect(await call(bot, "setWebhook", { url: hook.url, allowed_updates: '["poll"]' }, true)).toEqual({
      ok: true,
      result: true,
      description: "Webhook is already set",
    });
    expect(updates.webhookInfo(bot)).toMatchObject({ url: hook.url, allowed_updates: ["poll"] });
  });

  test("answers carry the official descriptions", async () => {
    const hook = listen();
    const described = (description: string) => ({ ok: true as const, result: true, description });
    expect(await call(bot, "deleteWebhook", {}, true)).toEqual(described("Webhook is already deleted"));
    expect(await call(bot, "setWebhook", { url: hook.url }, true)).toEqual(described("Webhook was set"));
    expect(await call(bot, "deleteWebhook", {}, true)).toEqual(described("Webhook was deleted"));
  });
});
