import { afterAll, describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync, deflateSync } from "node:zlib";
import { Elysia } from "elysia";
import { BotApiError, type Params, type UploadedFile } from "../../src/methods/types.ts";
import { BASE, json, TOKEN, testApp } from "./helpers.ts";

/** A fresh table whose sendMessage echoes what it received. */
const echo = testApp();
echo.table.implement("sendMessage", (ctx, params) => ({ method: ctx.method, kind: ctx.kind, testEnv: ctx.testEnv, params }));
const files: { path: string; content: string; size: number; filename: string }[] = [];
echo.table.implement("sendDocument", (_ctx, params) => {
  const document = params.document as UploadedFile;
  files.push({ ...document, content: readFileSync(document.path, "utf8") });
  return { size: document.size };
});
afterAll(() => echo.cleanup());

const call = (url: string, init?: RequestInit) => echo.app.handle(new Request(url, init)).then(json);
const expected: Params = { chat_id: -100123, text: "héllo & bye", disable_notification: true, reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "b" }]] } };
const markup = JSON.stringify(expected.reply_markup);

describe("the same parameters from every encoding", () => {
  const form = new URLSearchParams({ chat_id: "-100123", text: "héllo & bye", disable_notification: "true", reply_markup: markup });

  test("GET query string", async () => {
    const { status, body } = await call(`${BASE}/sendMessage?${form}`);
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, result: { method: "sendMessage", kind: "bot", testEnv: false, params: expected } });
  });

  test("urlencoded body", async () => {
    const { body } = await call(`${BASE}/sendMessage`, { method: "POST", body: form });
    expect((body.result as { params: Params }).params).toEqual(expected);
  });

  test("JSON body, non-string values kept as JSON text", async () => {
    const payload = { chat_id: -100123, text: "héllo & bye", disable_notification: true, reply_markup: expected.reply_markup };
    const { body } = await call(`${BASE}/sendMessage`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    expect((body.result as { params: Params }).params).toEqual(expected);
  });

  test("JSON body with the markup JSON-serialized as a string", async () => {
    const payload = { chat_id: "-100123", text: "héllo & bye", disable_notification: "true", reply_markup: markup };
    const { body } = await call(`${BASE}/sendMessage`, { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify(payload) });
    expect((body.result as { params: Params }).params).toEqual(expected);
  });

  test("multipart/form-data", async () => {
    const data = new FormData();
    for (const [k, v] of form) data.append(k, v);
    const { body } = await call(`${BASE}/sendMessage`, { method: "POST", body: data });
    expect((body.result as { params: Params }).params).toEqual(expected);
  });

  test("gzip and deflate bodies", async () => {
    for (const [encoding, pack] of [["gzip", gzipSync], ["deflate", deflateSync]] as const) {
      const { body } = await call(`${BASE}/sendMessage`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "content-encoding": encoding },
        body: pack(Buffer.from(form.toString())),
      });
      expect((body.result as { params: Params }).params).toEqual(expected);
    }
  });
});

test("query-string values win over body values", async () => {
  const { body } = await call(`${BASE}/sendMessage?text=from-query`, { method: "POST", body: new URLSearchParams({ chat_id: "1", text: "from-body" }) });
  expect((body.result as { params: Params }).params).toEqual({ chat_id: 1, text: "from-query" });
});

test("method names ignore case; the method may come as a parameter; test environment", async () => {
  for (const url of [`${BASE}/SENDmessage?chat_id=1&text=x`, `${BASE}/?method=sendMessage&chat_id=1&text=x`, `http://gateway/bot${TOKEN}/test/sendmessage?chat_id=1&text=x`]) {
    const { status, body } = await call(url);
    expect(status).toBe(200);
    expect((body.result as { method: string }).method).toBe("sendMessage");
  }
  const { body } = await call(`http://gateway/bot${TOKEN}/test/sendMessage?chat_id=1&text=x`);
  expect((body.result as { testEnv: boolean }).testEnv).toBe(true);
  const posted = await call(`${BASE}/`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"method":"sendMessage","chat_id":1,"text":"x"}' });
  expect(posted.status).toBe(200);
});

test("user accounts are served at /user<token>/ but not bot-only methods", async () => {
  const { body } = await call(`http://gateway/user${TOKEN}/sendMessage?chat_id=1&text=x`);
  expect((body.result as { kind: string }).kind).toBe("user");
  expect(await call(`http://gateway/user${TOKEN}/answerCallbackQuery?callback_query_id=1`)).toEqual({ status: 404, body: { ok: false, error_code: 404, description: "Not Found: method not found" } });
});

describe("official status and text", () => {
  const error = (status: number, description: string) => ({ status, body: { ok: false, error_code: status, description } });
  test.each([
    ["missing parameter", `${BASE}/sendMessage?chat_id=1`, error(400, "Bad Request: message text is empty")],
    ["missing chat_id", `${BASE}/sendMessage?text=1`, error(400, "Bad Request: chat_id is empty")],
    ["generic missing parameter", `${BASE}/setWebhook`, error(400, 'Bad Request: parameter "url" is required')],
    ["unusable JSON-serialized parameter", `${BASE}/sendMessage?chat_id=1&text=x&reply_markup={oops`, error(400, "Bad Request: can't parse reply keyboard markup JSON object")],
    ["unknown method", `${BASE}/sendMessages`, error(404, "Not Found: method not found")],
    ["no method at all", `${BASE}/`, error(404, "Not Found: method not found")],
    ["unknown path", "http://gateway/foo/bar", error(404, "Not Found")],
    ["root", "http://gateway/", error(404, "Not Found")],
    ["token without slash after it", `http://gateway/bot${TOKEN}`, error(404, "Not Found")],
    ["malformed token", "http://gateway/botnotatoken/getMe", error(401, "Unauthorized: invalid token specified")],
    ["token with leading zero", "http://gateway/bot0123:abc/getMe", error(401, "Unauthorized: invalid token specified")],
    ["non-numeric bot id", "http://gateway/botabc:def/getMe", error(421, "Misdirected Request: unallowed token specified")],
    ["unimplemented method", `${BASE}/getMe`, error(501, "Not Implemented: getMe is not implemented yet")],
    ["userLogin", "http://gateway/userLogin?phone_number=1", error(501, "Not Implemented: userLogin is not implemented yet")],
  ])("%s", async (_name, url, answer) => {
    const response = await echo.app.handle(new Request(url));
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await json(response)).toEqual(answer);
  });

  test.each(["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])("%s gets 501", async (method) => {
    const response = await echo.app.handle(new Request(`${BASE}/getMe`, { method }));
    expect(response.status).toBe(501);
    if (method !== "HEAD") expect(await response.json()).toEqual({ ok: false, error_code: 501, description: "Not Implemented" });
  });

  test("--filter gives 421 to other bots", async () => {
    const filtered = testApp({ config: { ...echo.config, filter: { rem: 1, mod: 2 } } });
    expect((await filtered.app.handle(new Request(`${BASE}/getMe`))).status).toBe(421);
    expect((await filtered.app.handle(new Request("http://gateway/bot123457:x/getMe"))).status).toBe(501);
  });

  test("unsupported content encoding", async () => {
    const { status, body } = await call(`${BASE}/getMe`, { method: "POST", headers: { "content-encoding": "br", "content-type": "application/json" }, body: "{}" });
    expect(status).toBe(415);
    expect(body.description).toBe("Unsupported Media Type: unsupported content-encoding");
  });

  test("parameters over 1 MiB", async () => {
    const { status, body } = await call(`${BASE}/sendMessage`, { method: "POST", body: new URLSearchParams({ chat_id: "1", text: "x".repeat(1 << 20) }) });
    expect(status).toBe(413);
    expect(body.description).toBe("Request Entity Too Large: too many parameters");
  });

  test("more than 50 files", async () => {
    const data = new FormData();
    for (let i = 0; i < 51; i++) data.append(`f${i}`, new Blob(["x"]), `f${i}.txt`);
    const { status, body } = await call(`${BASE}/sendDocument`, { method: "POST", body: data });
    expect(status).toBe(413);
    expect(body.description).toBe("Request Entity Too Large: too many files attached");
    expect(echo.leftovers()).toEqual([]);
  });

  test("a file over the mode's upload limit", async () => {
    const small = testApp({ config: { ...echo.config, local: false } });
    const data = new FormData();
    data.append("chat_id", "1");
    data.append("document", new Blob([new Uint8Array(50 * 1024 * 1024 + 1)]), "big.bin");
    const { status, body } = await small.app.handle(new Request(`${BASE}/sendDocument`, { method: "POST", body: data })).then(json);
    expect(status).toBe(413);
    expect(body.description).toMatch(/^Request Entity Too Large: file of size \d+ is too big to be uploaded$/);
    expect(small.leftovers()).toEqual([]);
  });
});

test("a multipart file lands in the temp dir and is removed after the answer", async () => {
  const data = new FormData();
  data.append("chat_id", "1");
  data.append("document", new Blob(["file body ".repeat(1000)], { type: "text/plain" }), "notes.txt");
  const { status, body } = await call(`${BASE}/sendDocument`, { method: "POST", body: data });
  expect(status).toBe(200);
  expect(body.result).toEqual({ size: 10000 });
  const file = files.at(-1)!;
  expect(file.path.startsWith(echo.config.tempDir)).toBe(true);
  expect(file.filename).toBe("notes.txt");
  expect(file.content).toBe("file body ".repeat(1000));
  expect(existsSync(file.path)).toBe(false);
  expect(echo.leftovers()).toEqual([]);
});

test("a raw body of another type becomes the file parameter \"file\"", async () => {
  const seen: Params[] = [];
  const local = testApp({ config: echo.config });
  local.table.add({ name: "takeFile", description: "", params: [], returns: [], botOnly: false, handler: (_c, p) => void seen.push(p) });
  const { body } = await local.app.handle(new Request(`${BASE}/takeFile`, { method: "POST", headers: { "content-type": "image/png" }, body: "PNGDATA" })).then(json);
  expect(body).toEqual({ ok: true, result: true });
  expect(seen[0]!.file).toMatchObject({ kind: "file", size: 7, mimeType: "image/png" });
});

test("plugin routes, extra Elysia plugins and onRequest hooks", async () => {
  const local = testApp({
    config: echo.config,
    routes: [{ method: "GET", path: "/metrics", handler: () => new Response("m 1") }],
    plugins: [new Elysia().get("/docs", () => "docs page")],
  });
  local.hooks.add("onRequest", (request) => (request.headers.get("x-limit") ? new Response("limited", { status: 429 }) : undefined));
  expect(await (await local.app.handle(new Request("http://gateway/metrics"))).text()).toBe("m 1");
  expect(await (await local.app.handle(new Request("http://gateway/docs"))).text()).toBe("docs page");
  expect((await local.app.handle(new Request(`${BASE}/getMe`, { headers: { "x-limit": "1" } }))).status).toBe(429);
  expect((await local.app.handle(new Request("http://gateway/docs/nothing"))).status).toBe(404);
});

test("retry_after becomes parameters and a Retry-After header", async () => {
  const local = testApp({ config: echo.config });
  local.table.implement("getMe", () => {
    throw new BotApiError(429, "Too Many Requests: retry after 3", { retry_after: 3 });
  });
  const response = await local.app.handle(new Request(`${BASE}/getMe`));
  expect(response.headers.get("retry-after")).toBe("3");
  expect(await response.text()).toBe('{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}');
});

test("an onRequest hook that throws still gets an envelope", async () => {
  const local = testApp({ config: echo.config });
  local.hooks.add("onRequest", () => {
    throw new BotApiError(403, "Forbidden: not today");
  });
  expect(await local.app.handle(new Request(`${BASE}/getMe`)).then(json)).toEqual({
    status: 403,
    body: { ok: false, error_code: 403, description: "Forbidden: not today" },
  });
});
