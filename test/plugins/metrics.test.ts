import { describe, expect, test } from "bun:test";
import { BotApiError } from "../../src/methods/types.ts";
import metrics from "../../plugins/metrics/index.ts";
import { escapeLabelValue, formatFamilies, formatValue } from "../../plugins/metrics/exposition.ts";
import { Histogram } from "../../plugins/metrics/registry.ts";
import { callContext, load } from "./fixtures.ts";

describe("exposition format", () => {
  test.each([
    [1, "1"],
    [0.25, "0.25"],
    [Infinity, "+Inf"],
    [-Infinity, "-Inf"],
    [NaN, "NaN"],
  ])("formatValue(%p) = %s", (value, text) => expect(formatValue(value)).toBe(text));

  test.each([
    ["plain", "plain"],
    ['say "hi"', 'say \\"hi\\"'],
    ["a\\b", "a\\\\b"],
    ["two\nlines", "two\\nlines"],
  ])("escapeLabelValue(%p)", (value, text) => expect(escapeLabelValue(value)).toBe(text));

  test("families become HELP, TYPE and sample lines", () => {
    const text = formatFamilies([
      { name: "a_total", help: "As.\nMore", type: "counter", samples: [{ labels: { m: "x" }, value: 2 }, { labels: {}, value: 1 }] },
      { name: "g", help: "G.", type: "gauge", samples: [] },
    ]);
    expect(text).toBe('# HELP a_total As.\\nMore\n# TYPE a_total counter\na_total{m="x"} 2\na_total 1\n# HELP g G.\n# TYPE g gauge\n');
  });

  test("histogram buckets are cumulative and end with +Inf, _sum and _count", () => {
    const h = new Histogram("d", "D.", [1, 0.1]);
    for (const v of [0.05, 0.5, 5]) h.observe({ m: "x" }, v);
    expect(h.family().samples.map((s) => `${s.suffix}${JSON.stringify(s.labels)} ${s.value}`)).toEqual([
      '_bucket{"m":"x","le":"0.1"} 1',
      '_bucket{"m":"x","le":"1"} 2',
      '_bucket{"m":"x","le":"+Inf"} 3',
      '_sum{"m":"x"} 5.55',
      '_count{"m":"x"} 3',
    ]);
  });
});

/** Drives the hooks the way the HTTP layer does and returns the /metrics text. */
async function scrape() {
  const { hooks, routes } = await load({ metrics: () => metrics() }, { names: ["metrics"] });
  await hooks.request(new Request("http://127.0.0.1/bot1:a/sendmessage"));
  await hooks.request(new Request("http://127.0.0.1/docs"));
  const ok = callContext("SENDMESSAGE");
  await hooks.run("beforeCall", ok, {});
  await hooks.run("afterCall", ok, {}, true);
  const failed = callContext("getMe");
  await hooks.run("beforeCall", failed, {});
  await hooks.run("onError", failed, new BotApiError(401, "Unauthorized"));
  await hooks.run("onError", callContext("noSuchMethod"), new BotApiError(404, "Not Found: method not found"));
  await hooks.run("onUpdate", 1, { update_id: 1 });
  const route = routes.find((r) => r.path === "/metrics")!;
  const response = await route.handler(new Request("http://127.0.0.1/metrics"));
  return { response, text: await response.text() };
}

test("the metrics plugin counts calls by canonical method and outcome, and times them", async () => {
  const { response, text } = await scrape();
  expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  expect(text).toContain('tgrest_calls_total{method="sendMessage",outcome="ok",code="200"} 1');
  expect(text).toContain('tgrest_calls_total{method="getMe",outcome="error",code="401"} 1');
  expect(text).toContain('tgrest_calls_total{method="(unknown)",outcome="error",code="404"} 1');
  expect(text).toContain('tgrest_call_duration_seconds_count{method="sendMessage"} 1');
  expect(text).toContain('tgrest_call_duration_seconds_bucket{method="getMe",le="+Inf"} 1');
  expect(text).toContain('tgrest_http_requests_total{path="bot"} 1');
  expect(text).toContain('tgrest_http_requests_total{path="other"} 1');
  expect(text).toContain("tgrest_updates_total 1");
  expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
});

const promtool = Bun.which("promtool");
test.skipIf(!promtool)("promtool accepts the exposition", async () => {
  const { text } = await scrape();
  const proc = Bun.spawn([promtool!, "check", "metrics"], { stdin: new Blob([text]), stdout: "pipe", stderr: "pipe" });
  const output = (await new Response(proc.stdout).text()) + (await new Response(proc.stderr).text());
  expect({ code: await proc.exited, output }).toEqual({ code: 0, output: "" });
});
