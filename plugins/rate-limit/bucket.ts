/** A token bucket: `burst` tokens at most, refilled at `rate` tokens per second. Pure. */
export interface Bucket {
  tokens: number;
  /** Time of the last refill, in milliseconds. */
  at: number;
}

export interface BucketShape {
  rate: number;
  burst: number;
}

export const fullBucket = (shape: BucketShape, now: number): Bucket => ({ tokens: shape.burst, at: now });

function refill(bucket: Bucket, shape: BucketShape, now: number): void {
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  bucket.tokens = Math.min(shape.burst, bucket.tokens + elapsed * shape.rate);
  bucket.at = now;
}

/**
 * Takes one token. Returns 0 when the call may go ahead, otherwise the whole number of
 * seconds (at least 1) after which a token will be there, as Telegram's `retry_after`.
 */
export function take(bucket: Bucket, shape: BucketShape, now: number): number {
  refill(bucket, shape, now);
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  return Math.max(1, Math.ceil((1 - bucket.tokens) / shape.rate));
}

/** A bucket that refilled to the brim holds no state worth keeping. */
export function isIdle(bucket: Bucket, shape: BucketShape, now: number): boolean {
  refill(bucket, shape, now);
  return bucket.tokens >= shape.burst;
}
