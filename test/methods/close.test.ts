/**
 * close's 10-minute rule, as the official: a bot launched more than 10 minutes after the
 * server started may not close during its first 10 minutes (429 with retry_after).
 */
import { expect, setSystemTime, test, afterEach } from "bun:test";
import { close } from "../../src/methods/account/close.ts";
import { BotApiError, type CallContext } from "../../src/methods/types.ts";
import type { Account } from "../../src/telegram/account.ts";

afterEach(() => setSystemTime());

function callClose(serverStartedAt: number, launchedAt: number) {
  let closed = false;
  const account = { launchedAt, serverStartedAt, close: async () => void (closed = true) } as unknown as Account;
  const ctx = { account: async () => account } as unknown as CallContext;
  return { run: () => close(ctx, {}), closed: () => closed };
}

const T0 = 1_800_000_000;

test.each([
  ["launched with the server, at once", T0, T0, T0 + 5, undefined],
  ["launched late, 10 s ago", T0, T0 + 700, T0 + 710, 590],
  ["launched late, 11 minutes ago", T0, T0 + 700, T0 + 700 + 660, undefined],
])("%s", async (_name, serverStart, launched, now, retryAfter) => {
  setSystemTime(new Date(now * 1000));
  const call = callClose(serverStart, launched);
  if (retryAfter === undefined) {
    await call.run();
    expect(call.closed()).toBe(true);
  } else {
    const error = (await Promise.resolve(call.run()).catch((e: unknown) => e)) as BotApiError;
    expect(error).toBeInstanceOf(BotApiError);
    expect([error.code, error.description, error.parameters]).toEqual([429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }]);
    expect(call.closed()).toBe(false);
  }
});
