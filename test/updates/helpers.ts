/** Shared pieces of the update tests: a throw-away store, updates, a webhook receiver. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "../../src/store/store.ts";

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "tgrest-updates-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const openStore = (dir: string) => Store.open(dir);

let nextMessageId = 1;

/** A `message` update in chat `chatId`, sent now unless `date` says otherwise. */
export function message(chatId: number, text: string, date = Math.floor(Date.now() / 1000)) {
  return {
    message: {
      message_id: nextMessageId++,
      date,
      chat: { id: chatId, type: chatId > 0 ? "private" : "group" },
      text,
    },
  };
}

export const textOf = (update: Record<string, unknown>) => (update.message as { text: string }).text;

export interface Received {
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

export type Reply = (received: Received) => Response | Promise<Response>;

/** An HTTP receiver on 127.0.0.1 that records every POST and answers with `reply`. */
export function receiver(reply: Reply = () => new Response("ok"), port = 0) {
  const received: Received[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port,
    async fetch(request) {
      const entry = { body: (await request.json()) as Record<string, unknown>, headers: request.headers };
      received.push(entry);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      return reply(entry);
    },
  });
  return {
    url: `http://127.0.0.1:${server.port}/hook`,
    port: server.port!,
    received,
    /** Resolves once `count` requests have arrived in all. */
    until(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    stop: () => server.stop(true),
  };
}

/** A loopback port nothing listens on (just freed). */
export function freePort(): number {
  const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() });
  const port = server.port!;
  server.stop(true);
  return port;
}

/** Resolves when `check` holds, polling the in-process state (never a timed assertion). */
export async function eventually(check: () => boolean): Promise<void> {
  while (!check()) await Bun.sleep(5);
}
