/**
 * The two ways a bot reads its updates in the chaos test, each recording every delivery
 * in the order it arrived: a getUpdates loop that keeps retrying while the gateway is
 * down, and a webhook receiver on loopback.
 */

export interface Delivery {
  readonly updateId: number;
  /** The message's text, for message and channel_post updates. */
  readonly text?: string;
  readonly chatId?: number;
  /** performance.now() when it arrived. */
  readonly at: number;
}

const toDelivery = (update: Record<string, any>): Delivery => {
  const message = update.message ?? update.channel_post;
  return { updateId: update.update_id, at: performance.now(), ...(message ? { text: message.text, chatId: message.chat?.id } : {}) };
};

export interface Consumer {
  readonly deliveries: Delivery[];
  /** Failed or refused requests (the gateway was down or starting), by description. */
  readonly failures: Map<string, number>;
  stop(): Promise<void>;
}

/** getUpdates with an offset, long-polling; an answer not received changes nothing, so it is asked again. */
export function pollUpdates(baseUrl: string, token: string): Consumer {
  const deliveries: Delivery[] = [];
  const failures = new Map<string, number>();
  const fail = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
  let stopped = false;
  let offset = 0;
  const loop = (async () => {
    while (!stopped) {
      let answer: { ok: boolean; result?: Record<string, any>[]; description?: string };
      try {
        const response = await fetch(`${baseUrl}/bot${token}/getUpdates`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ offset, limit: 100, timeout: 1 }),
        });
        answer = (await response.json()) as typeof answer;
      } catch (error) {
        fail(error instanceof Error ? error.name : String(error));
        await Bun.sleep(20);
        continue;
      }
      if (!answer.ok) {
        fail(answer.description ?? "?");
        await Bun.sleep(20);
        continue;
      }
      for (const update of answer.result!) {
        deliveries.push(toDelivery(update));
        offset = update.update_id + 1;
      }
    }
  })();
  return {
    deliveries,
    failures,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

export interface Receiver extends Consumer {
  readonly url: string;
}

/** An HTTP receiver on 127.0.0.1 that records every update POSTed to it and answers 200. */
export function webhookReceiver(): Receiver {
  const deliveries: Delivery[] = [];
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      deliveries.push(toDelivery((await request.json()) as Record<string, any>));
      return new Response("");
    },
  });
  return {
    url: `http://127.0.0.1:${server.port}/hook`,
    deliveries,
    failures: new Map(),
    async stop() {
      await server.stop(true);
    },
  };
}
