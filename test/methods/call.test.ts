import { expect, test } from "bun:test";
import type { Config } from "../../src/cli/config.ts";
import { callMethod } from "../../src/methods/call.ts";
import { createMethodTable } from "../../src/methods/table.ts";
import { BotApiError, type RawParams } from "../../src/methods/types.ts";
import { Hooks } from "../../src/plugins/hooks.ts";

const config = { local: false, allowUsers: true, tempDir: "/tmp", dir: "/tmp" } as Config;
const request = (method: string, params: Record<string, string> = {}, kind: "bot" | "user" = "bot") => ({
  method,
  kind,
  token: "1:x",
  testEnv: false,
  raw: new Map(Object.entries(params)) as RawParams,
});
const failure = (outcome: Awaited<ReturnType<typeof callMethod>>) =>
  outcome.ok ? undefined : [outcome.error.code, outcome.error.description];

test("unknown, bot-only for users, unimplemented", async () => {
  const deps = { table: createMethodTable(), hooks: new Hooks(), config };
  expect(failure(await callMethod(deps, request("nope")))).toEqual([404, "Not Found: method not found"]);
  expect(failure(await callMethod(deps, request("answerCallbackQuery", { callback_query_id: "1" }, "user")))).toEqual(
    [404, "Not Found: method not found"],
  );
  expect(failure(await callMethod(deps, request("getme")))).toEqual([501, "Not Implemented: getMe is not implemented yet"]);
  expect(failure(await callMethod(deps, request("sendMessage", { chat_id: "1" })))).toEqual([
    400,
    "Bad Request: message text is empty",
  ]);
});

test("hooks run around the handler; errors become envelopes", async () => {
  const table = createMethodTable();
  const hooks = new Hooks();
  const seen: string[] = [];
  table.implement("sendMessage", (ctx, params) => {
    seen.push(`handler ${ctx.method} ${params.text}`);
    if (params.text === "boom") throw new Error("kaput");
    if (params.text === "no") throw new BotApiError(403, "Forbidden: bot was blocked by the user");
    return { message_id: 1 };
  });
  hooks.add("beforeCall", (ctx) => void seen.push(`before ${ctx.method}`));
  hooks.add("afterCall", (_ctx, _params, result) => void seen.push(`after ${JSON.stringify(result)}`));
  hooks.add("onError", (_ctx, error) => void seen.push(`error ${error.code}`));
  const deps = { table, hooks, config };

  expect(await callMethod(deps, request("SENDMESSAGE", { chat_id: "1", text: "hi" }))).toEqual({
    ok: true,
    result: { message_id: 1 },
  });
  expect(failure(await callMethod(deps, request("sendMessage", { chat_id: "1", text: "boom" })))).toEqual([
    500,
    "Internal Server Error: kaput",
  ]);
  expect(failure(await callMethod(deps, request("sendMessage", { chat_id: "1", text: "no" })))).toEqual([
    403,
    "Forbidden: bot was blocked by the user",
  ]);
  expect(seen).toEqual([
    "before sendMessage",
    "handler sendMessage hi",
    'after {"message_id":1}',
    "before sendMessage",
    "handler sendMessage boom",
    "error 500",
    "before sendMessage",
    "handler sendMessage no",
    "error 403",
  ]);
});

test("a beforeCall hook can refuse a call", async () => {
  const table = createMethodTable();
  table.implement("getMe", () => ({ id: 1 }));
  const hooks = new Hooks();
  hooks.add("beforeCall", () => {
    throw new BotApiError(429, "Too Many Requests: retry after 5", { retry_after: 5 });
  });
  const outcome = await callMethod({ table, hooks, config }, request("getMe"));
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.error.parameters).toEqual({ retry_after: 5 });
});
