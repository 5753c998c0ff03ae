/**
 * The faults of a chaos run: gateway kills and dropped MTProto connections at random
 * points of the flood (seeded, so a failing run can be replayed with CHAOS_SEED).
 */

export type FaultKind = "kill" | "drop";

export interface Fault {
  readonly kind: FaultKind;
  /** Fires once this many messages have been sent. */
  readonly at: number;
}

/** mulberry32: a small seeded generator, enough to pick moments. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `kills` kills and `drops` drops at distinct random points of the middle 90 % of `total` sends, in order. */
export function schedule(random: () => number, total: number, kills: number, drops: number): Fault[] {
  const kinds: FaultKind[] = [...Array<FaultKind>(kills).fill("kill"), ...Array<FaultKind>(drops).fill("drop")];
  const points = new Set<number>();
  while (points.size < kinds.length) points.add(Math.floor(total * (0.05 + 0.9 * random())));
  const sorted = [...points].sort((a, b) => a - b);
  // Shuffle which point gets which fault (Fisher–Yates).
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return sorted.map((at, i) => ({ kind: kinds[i]!, at }));
}

export interface FaultActions {
  kill(): Promise<void>;
  drop(): Promise<void>;
}

/**
 * Fires each fault once `sent()` reaches its point, one after another; resolves when all
 * have fired. `barrier()` is the point the flood must not pass yet (the next fault not
 * yet fired), so a fault lands where it was drawn even when restarts are slow.
 */
export function runFaults(faults: readonly Fault[], sent: () => number, actions: FaultActions, log: (line: string) => void) {
  let next = 0;
  const done = (async () => {
    for (const fault of faults) {
      while (sent() < fault.at) await Bun.sleep(1);
      next++;
      log(`${fault.kind} at ${sent()} sent`);
      await (fault.kind === "kill" ? actions.kill() : actions.drop());
    }
  })();
  return { done, barrier: () => faults[next]?.at ?? Infinity };
}
