/** Per-method RPC faults from the control API: FLOOD_WAIT_X or any error, `times` times. */
import { RpcError } from "../mtproto/types.ts";

interface Armed {
  error: RpcError;
  times: number;
}

export class MethodFaults {
  private readonly armed = new Map<string, Armed[]>();

  /** `method` is a TL name ("messages.sendMessage"); matched case-insensitively. */
  add(method: string, error: RpcError, times = 1): void {
    const key = method.toLowerCase();
    this.armed.set(key, [...(this.armed.get(key) ?? []), { error, times }]);
  }

  /** The error to answer instead of running `className`, consuming one use. */
  take(className: string): RpcError | undefined {
    const queue = this.armed.get(className.toLowerCase());
    const next = queue?.[0];
    if (!queue || !next) return undefined;
    next.times -= 1;
    if (next.times <= 0) queue.shift();
    return next.error;
  }

  clear(): void {
    this.armed.clear();
  }
}
