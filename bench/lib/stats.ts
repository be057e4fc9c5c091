/** Latency statistics of a load run: percentiles and per-kind throughput. */

/** One finished request: what it was, how long it took, whether it succeeded. */
export interface Sample {
  kind: string;
  ms: number;
  ok: boolean;
}

/** Throughput and latency of one kind of request (or of all, kind "all"). */
export interface Summary {
  kind: string;
  requests: number;
  errors: number;
  /** Requests of this kind completed per second of the run. */
  rps: number;
  p50: number;
  p99: number;
}

/**
 * The nearest-rank percentile `p` (0–100) of ascending `sorted` values: the
 * smallest value with at least p% of the values at or below it; NaN when empty.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

function summarizeOne(kind: string, samples: readonly Sample[], seconds: number): Summary {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    kind,
    requests: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    rps: seconds > 0 ? samples.length / seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

/**
 * One summary per kind, then one over all samples (kind "all"). Kinds come in the
 * order of `order`, then the rest by name; completion order would differ run to run.
 */
export function summarize(samples: readonly Sample[], elapsedMs: number, order: readonly string[] = []): Summary[] {
  const byKind = new Map<string, Sample[]>();
  for (const s of samples) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  const seconds = elapsedMs / 1000;
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const kinds = [...byKind.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return [
    ...kinds.map((kind) => summarizeOne(kind, byKind.get(kind)!, seconds)),
    summarizeOne("all", samples, seconds),
  ];
}
