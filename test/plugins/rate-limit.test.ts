import { describe, expect, test } from "bun:test";
import rateLimit, { tokenKey } from "../../plugins/rate-limit/index.ts";
import { fullBucket, isIdle, take } from "../../plugins/rate-limit/bucket.ts";
import { load } from "./fixtures.ts";

describe("token bucket", () => {
  const shape = { rate: 2, burst: 3 };
  test.each([
    // [times of successive takes in ms, expected results]
    ["a burst is allowed at once", [0, 0, 0], [0, 0, 0]],
    ["beyond the burst waits for one token", [0, 0, 0, 0], [0, 0, 0, 1]],
    ["tokens come back at the rate", [0, 0, 0, 500, 500], [0, 0, 0, 0, 1]],
    ["an idle second refills two tokens", [0, 0, 0, 1000, 1000, 1000], [0, 0, 0, 0, 0, 1]],
  ])("%s", (_, times, expected) => {
    const bucket = fullBucket(shape, 0);
    expect(times.map((t) => take(bucket, shape, t))).toEqual(expected);
  });

  test("retry_after rounds up to whole seconds", () => {
    const slow = { rate: 0.1, burst: 1 };
    const bucket = fullBucket(slow, 0);
    expect([take(bucket, slow, 0), take(bucket, slow, 0), take(bucket, slow, 2500)]).toEqual([0, 10, 8]);
  });

  test("a bucket is idle once full again", () => {
    const bucket = fullBucket(shape, 0);
    take(bucket, shape, 0);
    expect(isIdle(bucket, shape, 100)).toBe(false);
    expect(isIdle(bucket, shape, 500)).toBe(true);
  });
});

test.each([
  ["http://x/bot123:abc/sendMessage", "bot:123:abc"],
  ["http://x/user42:xyz/getMe?a=1", "user:42:xyz"],
  ["http://x/bot123:abc/test/getMe", "bot:123:abc"],
  ["http://x/docs/json", undefined],
  ["http://x/metrics", undefined],
])("tokenKey(%s)", (url, key) => expect(tokenKey(url)).toBe(key));

describe("the rate-limit plugin", () => {
  test("answers Telegram's 429 with retry_after and Retry-After once a token's bucket is empty", async () => {
    let now = 0;
    const { hooks } = await load({ "rate-limit": () => rateLimit({ rate: 1, burst: 2, now: () => now }) }, { names: ["rate-limit"] });
    const call = (token: string) => hooks.request(new Request(`http://127.0.0.1/bot${token}/getMe`));
    expect(await call("1:a")).toBeUndefined();
    expect(await call("1:a")).toBeUndefined();
    const refused = (await call("1:a"))!;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("1");
    expect(await refused.json()).toEqual({
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    expect(await call("2:b")).toBeUndefined();
    expect(await hooks.request(new Request("http://127.0.0.1/metrics"))).toBeUndefined();
    now = 1000;
    expect(await call("1:a")).toBeUndefined();
  });

  test("refuses nonsense options at start", () => {
    expect(() => rateLimit({ rate: 0 })).toThrow("rate must be > 0");
  });
});
