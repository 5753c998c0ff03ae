/**
 * `--http-stat-port`: a plain-text page in the official's `name<TAB>value` style with the
 * uptime and what the gateway has answered so far. Counts come from the core hooks.
 */
import type { Hooks } from "../plugins/hooks.ts";
import { VERSION } from "../version.ts";

export interface Stats {
  readonly startedAt: number;
  /** Accounts the store knows (the official's bot_count); set once the store is open. */
  accountCount?: () => number;
  requests: number;
  calls: number;
  errors: number;
  readonly byMethod: Map<string, { calls: number; errors: number }>;
}

/** Registers counting hooks; call before plugins load so rejected requests are counted too. */
export function countRequests(hooks: Hooks, now = Date.now()): Stats {
  const stats: Stats = { startedAt: now, requests: 0, calls: 0, errors: 0, byMethod: new Map() };
  const method = (name: string) => {
    let entry = stats.byMethod.get(name);
    if (!entry) stats.byMethod.set(name, (entry = { calls: 0, errors: 0 }));
    return entry;
  };
  hooks.add("onRequest", () => void stats.requests++);
  hooks.add("afterCall", (ctx) => {
    stats.calls++;
    method(ctx.method).calls++;
  });
  hooks.add("onError", (ctx) => {
    stats.errors++;
    method(ctx.method).errors++;
  });
  return stats;
}

export function statsText(stats: Stats, now = Date.now(), rss = process.memoryUsage.rss()): string {
  const lines = [
    ["version", VERSION],
    ["uptime", ((now - stats.startedAt) / 1000).toFixed(3)],
    ["rss", String(rss)],
    ...(stats.accountCount ? [["account_count", String(stats.accountCount())]] : []),
    ["request_count", String(stats.requests)],
    ["ok_count", String(stats.calls)],
    ["error_count", String(stats.errors)],
  ];
  const methods = [...stats.byMethod].sort(([a], [b]) => a.localeCompare(b));
  for (const [name, entry] of methods) lines.push([`method.${name}`, `${entry.calls} ok, ${entry.errors} errors`]);
  return lines.map(([name, value]) => `${name}\t${value}\n`).join("");
}

/** Serves the page on every path of the statistics port, like the official. */
export function serveStats(stats: Stats, port: number, hostname = "0.0.0.0") {
  return Bun.serve({
    port,
    hostname,
    fetch: () => new Response(statsText(stats), { headers: { "content-type": "text/plain; charset=utf-8" } }),
  });
}
