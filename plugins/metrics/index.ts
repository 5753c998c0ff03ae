/**
 * Built-in plugin "metrics": Prometheus metrics at GET /metrics (by default): calls by
 * method and outcome, call latency, HTTP requests and updates seen, process gauges.
 * Written only against the public plugin API, as a user's plugin would be.
 */
import type { CallContext, Plugin, PluginApi } from "../../src/plugins/api.ts";
import { CONTENT_TYPE, formatFamilies, type Family } from "./exposition.ts";
import { Counter, Histogram } from "./registry.ts";

export interface MetricsOptions {
  /** Where the exposition is served (default "/metrics"). */
  path?: string;
  /** Upper bounds of the latency histogram, in seconds. */
  buckets?: number[];
}

export const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Names of methods that do not exist share one series, so clients cannot grow the label set. */
export const UNKNOWN_METHOD = "(unknown)";

/** Canonical method names, so "SENDMESSAGE" and "sendMessage" are one series. */
function canonicalNames(api: PluginApi): (name: string) => string {
  let names: Map<string, string> | undefined;
  return (name) => {
    // Built on first use: by then every plugin has added its methods.
    names ??= new Map(api.methods().map((m) => [m.name.toLowerCase(), m.name]));
    return names.get(name.toLowerCase()) ?? UNKNOWN_METHOD;
  };
}

const pathKind = (url: string) => /^\/(bot|user)/.exec(new URL(url).pathname)?.[1] ?? "other";

export default function metrics(options: MetricsOptions = {}): Plugin {
  const path = options.path ?? "/metrics";
  return {
    name: "metrics",
    version: "1.0.0",
    setup(api) {
      const startSeconds = Date.now() / 1000;
      const canonical = canonicalNames(api);
      const calls = new Counter("tgrest_calls_total", "Bot API method calls answered, by method, outcome and error code.");
      const latency = new Histogram(
        "tgrest_call_duration_seconds",
        "Time from the start of a method call (after parameter checks) to its answer.",
        options.buckets ?? DEFAULT_BUCKETS,
      );
      const requests = new Counter("tgrest_http_requests_total", "HTTP requests received, by path kind (bot, user, other).");
      const updates = new Counter("tgrest_updates_total", "Updates queued for accounts.");
      const started = new WeakMap<CallContext, number>();

      const finish = (ctx: CallContext, code: number) => {
        const method = canonical(ctx.method);
        calls.inc({ method, outcome: code === 200 ? "ok" : "error", code: String(code) });
        const start = started.get(ctx);
        if (start !== undefined) latency.observe({ method }, (performance.now() - start) / 1000);
      };

      api.on("onRequest", (request) => void requests.inc({ path: pathKind(request.url) }));
      api.on("beforeCall", (ctx) => void started.set(ctx, performance.now()));
      api.on("afterCall", (ctx) => finish(ctx, 200));
      api.on("onError", (ctx, error) => finish(ctx, error.code));
      api.on("onUpdate", () => updates.inc());

      api.route("GET", path, () => {
        const families: Family[] = [
          calls.family(),
          latency.family(),
          requests.family(),
          updates.family(),
          { name: "process_start_time_seconds", help: "Start time of the process since the Unix epoch, in seconds.", type: "gauge", samples: [{ labels: {}, value: startSeconds }] },
          { name: "process_resident_memory_bytes", help: "Resident memory size in bytes.", type: "gauge", samples: [{ labels: {}, value: process.memoryUsage().rss }] },
        ];
        return new Response(formatFamilies(families), { headers: { "content-type": CONTENT_TYPE } });
      });
    },
  };
}
