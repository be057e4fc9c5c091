/**
 * The frame of an HTTP benchmark: options, machine line, the cached corpus
 * database, the production server, and warmed-up, measured load runs.
 */
import { getCorpusDb } from "./corpus-db.ts";
import { runLoad, type Job } from "./load.ts";
import { parseBenchOptions, type BenchOptions } from "./options.ts";
import { describeNewestProfile } from "./profile-summary.ts";
import { startNextServer, type RunningServer } from "./servers.ts";
import { summarize, type Summary } from "./stats.ts";
import { describeMachine, formatSummaries } from "./table.ts";

/** What every benchmark starts from. */
export interface BenchSetup {
  opts: BenchOptions;
  dbFile: string;
  project: RunningServer;
}

/** Parses the options, prints the machine, fills (or reuses) the database and starts the app on it. */
export async function setUpBench(title: string): Promise<BenchSetup> {
  const opts = parseBenchOptions(process.argv.slice(2));
  console.log(
    `${title}: ${opts.n} articles, ${opts.connections} connections, ${opts.warmupSeconds} s warm-up + ${opts.seconds} s per run`,
  );
  console.log(`machine: ${describeMachine()}`);
  const dbFile = await getCorpusDb(opts.n);
  const project = await startNextServer(dbFile, opts.profileDir);
  const { profileDir } = opts;
  if (!profileDir) return { opts, dbFile, project };
  // V8 writes the profile as the server exits, so it is read after stopping
  const stop = () =>
    project.stop().then(() => console.log(`\napp server CPU profile\n${describeNewestProfile(profileDir)}`));
  return { opts, dbFile, project: { ...project, stop } };
}

/** Warms a server up with the job sequence, then measures it; prints and returns the per-kind summaries (`kinds` first, in order). */
export async function measure(
  label: string,
  opts: BenchOptions,
  nextJob: (i: number) => Job,
  kinds: readonly string[] = [],
): Promise<Summary[]> {
  const bounds = { connections: opts.connections, maxRequests: opts.maxRequests, nextJob };
  await runLoad({ ...bounds, durationMs: opts.warmupSeconds * 1000 });
  const { samples, elapsedMs } = await runLoad({ ...bounds, durationMs: opts.seconds * 1000 });
  const summaries = summarize(samples, elapsedMs, kinds);
  console.log(`\n${label} (${(elapsedMs / 1000).toFixed(1)} s)\n${formatSummaries(summaries)}`);
  return summaries;
}

/** Requests of each kind sent one at a time to learn its service time without queueing. */
export const UNLOADED_REQUESTS = 20;

/**
 * The p50 of each kind sent alone over one connection: what a request costs when
 * it does not wait behind others. Jobs cycle through `kinds` as in the loaded runs.
 */
export async function measureUnloaded(
  kinds: readonly string[],
  nextJob: (i: number) => Job,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const [k, kind] of kinds.entries()) {
    const run = await runLoad({
      connections: 1,
      durationMs: 10_000,
      maxRequests: UNLOADED_REQUESTS,
      nextJob: (i) => nextJob(k + i * kinds.length),
    });
    out.set(kind, summarize(run.samples, run.elapsedMs)[0]!.p50);
  }
  return out;
}

/** Runs `body`, then stops the servers whether it succeeded or not. */
export async function withServers<T>(servers: RunningServer[], body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
