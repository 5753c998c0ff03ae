import { expect, test } from "bun:test";
import { BotApiError, type CallContext } from "../../src/methods/types.ts";
import { Hooks } from "../../src/plugins/hooks.ts";
import { countRequests, serveStats, statsText } from "../../src/cli/stats.ts";

const ctx = (method: string) => ({ method }) as CallContext;

test("counts requests, results and errors per method from the hooks", async () => {
  const hooks = new Hooks();
  const stats = countRequests(hooks, 1_000);
  await hooks.request(new Request("http://x/"));
  await hooks.request(new Request("http://x/"));
  await hooks.run("afterCall", ctx("getMe"), {}, {});
  await hooks.run("onError", ctx("sendMessage"), new BotApiError(400, "Bad Request: chat_id is empty"));
  await hooks.run("afterCall", ctx("sendMessage"), {}, {});
  stats.accountCount = () => 3;
  expect(statsText(stats, 3_500, 4096).split("\n").slice(1)).toEqual([
    "uptime\t2.500",
    "rss\t4096",
    "account_count\t3",
    "request_count\t2",
    "ok_count\t2",
    "error_count\t1",
    "method.getMe\t1 ok, 0 errors",
    "method.sendMessage\t1 ok, 1 errors",
    "",
  ]);
});

test("the statistics port serves the page as plain text", async () => {
  const stats = countRequests(new Hooks());
  const server = serveStats(stats, 0, "127.0.0.1");
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toMatch(/^version\t.+\nuptime\t\d+\.\d{3}\n/);
  } finally {
    server.stop(true);
  }
});
