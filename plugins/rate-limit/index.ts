/**
 * Built-in plugin "rate-limit": a token bucket per token (bot or user), checked in
 * onRequest before the request body is read. Over the limit, a request gets Telegram's
 * own answer: 429 "Too Many Requests: retry after N" with `parameters.retry_after` and a
 * `Retry-After` header. Written only against the public plugin API.
 */
import type { Plugin } from "../../src/plugins/api.ts";
import { fullBucket, isIdle, take, type Bucket, type BucketShape } from "./bucket.ts";

export interface RateLimitOptions {
  /** Calls per second each token may make on average (default 30, Telegram's broadcast limit). */
  rate?: number;
  /** Calls a token may make at once after being idle (default: `rate`). */
  burst?: number;
  /** Clock in milliseconds (default Date.now); tests pass their own. */
  now?: () => number;
}

/** Buckets kept before idle ones are dropped, so memory stays bounded under many tokens. */
const SWEEP_AT = 10_000;

/** `/bot<token>/…` or `/user<token>/…` → a key per account kind and token. */
export function tokenKey(url: string): string | undefined {
  const match = /^\/(bot|user)([^/]+)\//.exec(new URL(url).pathname);
  return match ? `${match[1]}:${match[2]}` : undefined;
}

export function tooManyRequests(retryAfter: number): Response {
  const body = {
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  };
  return Response.json(body, { status: 429, headers: { "Retry-After": String(retryAfter) } });
}

export default function rateLimit(options: RateLimitOptions = {}): Plugin {
  const rate = options.rate ?? 30;
  const shape: BucketShape = { rate, burst: options.burst ?? rate };
  if (!(shape.rate > 0) || !(shape.burst >= 1)) throw new Error("rate-limit: rate must be > 0 and burst >= 1");
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();

  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) if (isIdle(bucket, shape, at)) buckets.delete(key);
  };

  return {
    name: "rate-limit",
    version: "1.0.0",
    setup(api) {
      api.on("onRequest", (request) => {
        const key = tokenKey(request.url);
        if (!key) return;
        const at = now();
        let bucket = buckets.get(key);
        if (!bucket) {
          if (buckets.size >= SWEEP_AT) sweep(at);
          bucket = fullBucket(shape, at);
          buckets.set(key, bucket);
        }
        const wait = take(bucket, shape, at);
        return wait > 0 ? tooManyRequests(wait) : undefined;
      });
    },
  };
}
