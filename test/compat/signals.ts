/**
 * How a bot under test tells the test it has finished handling an update: each handler
 * ends with `signals.done(step, value)`, and the test awaits `signals.next(step)` before
 * it reads the world back. A handler's error is routed to `fail`, so the waiting test
 * fails with it instead of hanging.
 */
export class Signals {
  private readonly waiting = new Map<string, PromiseWithResolvers<unknown>>();
  private failure: unknown;

  private entry(step: string): PromiseWithResolvers<unknown> {
    let entry = this.waiting.get(step);
    if (!entry) {
      entry = Promise.withResolvers<unknown>();
      // A failure may come before anyone awaits the step; it is reported by `next`.
      entry.promise.catch(() => {});
      if (this.failure !== undefined) entry.reject(this.failure);
      this.waiting.set(step, entry);
    }
    return entry;
  }

  done(step: string, value: unknown = true): void {
    this.entry(step).resolve(value);
  }

  /** Resolves with the value of the step's next `done`, and forgets it so the step can come again. */
  async next<T = unknown>(step: string): Promise<T> {
    try {
      return (await this.entry(step).promise) as T;
    } finally {
      this.waiting.delete(step);
    }
  }

  fail(error: unknown): void {
    this.failure = error;
    for (const entry of this.waiting.values()) entry.reject(error);
  }
}
