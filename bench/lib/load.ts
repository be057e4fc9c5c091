/**
 * The load loop: `connections` workers issue requests back to back until the
 * duration has passed or the request budget is spent, whichever comes first.
 */
import type { Sample } from "./stats.ts";

/** One request to issue: its kind (for the per-kind table) and how to send it. */
export interface Job {
  kind: string;
  /** Sends the request; resolves true when the answer was a success. */
  run: () => Promise<boolean>;
}

/** Bounds and shape of one load run. */
export interface LoadOptions {
  /** Requests in flight at once (one per keep-alive connection). */
  connections: number;
  /** No request starts after this many milliseconds. */
  durationMs: number;
  /** No more than this many requests in all, however fast they finish. */
  maxRequests: number;
  /** The i-th job of the run. */
  nextJob: (i: number) => Job;
  /** The clock, in milliseconds; injectable for tests. */
  now?: () => number;
}

/** What a load run measured. */
export interface LoadResult {
  samples: Sample[];
  /** From the first request's start to the last one's end. */
  elapsedMs: number;
}

/** Runs jobs with `connections` in flight until time or the request budget runs out. */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const now = opts.now ?? (() => performance.now());
  if (!(opts.connections >= 1)) throw new RangeError(`connections must be at least 1, got ${opts.connections}`);
  const samples: Sample[] = [];
  const t0 = now();
  let issued = 0;
  const worker = async () => {
    while (issued < opts.maxRequests && now() - t0 < opts.durationMs) {
      const job = opts.nextJob(issued++);
      const start = now();
      // a thrown request (reset connection, timeout) is a failed sample, not the end of the run
      const ok = await job.run().catch(() => false);
      samples.push({ kind: job.kind, ms: now() - start, ok });
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  return { samples, elapsedMs: now() - t0 };
}
