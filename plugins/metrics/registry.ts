/** Counters and histograms keyed by label values, turned into exposition families. */
import { formatValue, type Family, type Labels, type Sample } from "./exposition.ts";

const keyOf = (labels: Labels) => JSON.stringify(labels);

export class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(readonly name: string, readonly help: string) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const row = this.values.get(key);
    if (row) row.value += by;
    else this.values.set(key, { labels, value: by });
  }

  family(): Family {
    return { name: this.name, help: this.help, type: "counter", samples: [...this.values.values()] };
  }
}

interface Series {
  labels: Labels;
  /** Observations at or below each bound, not yet cumulative. */
  counts: number[];
  sum: number;
  count: number;
}

export class Histogram {
  private readonly series = new Map<string, Series>();
  readonly bounds: readonly number[];

  constructor(readonly name: string, readonly help: string, bounds: readonly number[]) {
    this.bounds = [...bounds].sort((a, b) => a - b);
  }

  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { labels, counts: this.bounds.map(() => 0), sum: 0, count: 0 }));
    const i = this.bounds.findIndex((b) => value <= b);
    if (i >= 0) s.counts[i]! += 1;
    s.sum += value;
    s.count += 1;
  }

  family(): Family {
    const samples: Sample[] = [];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += s.counts[i]!;
        samples.push({ suffix: "_bucket", labels: { ...s.labels, le: formatValue(bound) }, value: cumulative });
      });
      samples.push({ suffix: "_bucket", labels: { ...s.labels, le: "+Inf" }, value: s.count });
      samples.push({ suffix: "_sum", labels: s.labels, value: s.sum });
      samples.push({ suffix: "_count", labels: s.labels, value: s.count });
    }
    return { name: this.name, help: this.help, type: "histogram", samples };
  }
}
