/**
 * `npm run soak [-- --minutes 10 --n 2000]`: the bench:api request mix against
 * the production server for a long run, in windows. After each window it prints
 * requests, 5xx answers and the server's resident memory (RSS). At the end it
 * prints the totals and the RSS growth from the end of warm-up, and exits
 * non-zero on any 5xx or on growth beyond --max-growth percent (default 25).
 */
import fs from "node:fs";
import { MIX_KINDS, mixRequest } from "./lib/graphql-mix.ts";
import { createHttpClient } from "./lib/http-client.ts";
import { runLoad } from "./lib/load.ts";
import { setUpBench, withServers } from "./lib/run-bench.ts";
import { readMixParams } from "./lib/sample-params.ts";

/** Takes `--name value` out of argv (the shared bench options parser refuses unknown ones). */
function takeOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!(value > 0)) throw new Error(`--${name} must be a positive number, got ${JSON.stringify(process.argv[i + 1])}`);
  process.argv.splice(i, 2);
  return value;
}

/** Resident memory of a process in MiB, from /proc (Linux). */
function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]) / 1024;
}

const minutes = takeOption("minutes", 10);
const windowSeconds = takeOption("window", 30);
const maxGrowth = takeOption("max-growth", 25);
const { opts, dbFile, project } = await setUpBench("soak");
if (!project.pid) throw new Error("the app server has no process id to read memory from");
const pid = project.pid;

const verdict = await withServers([project], async () => {
  const params = readMixParams(dbFile);
  const client = createHttpClient(project.baseURL, opts.connections);
  const statuses = new Map<number, number>();
  const job = (i: number) => {
    const r = mixRequest(params, i);
    return {
      kind: r.kind,
      run: async () => {
        const res = await client.postJson("/api/graphql", { query: r.query, variables: r.variables });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        return res.status === 200;
      },
    };
  };
  // warm-up: routes compiled, caches and the JIT settled, so RSS is measured from a steady start
  await runLoad({
    connections: opts.connections,
    durationMs: Math.max(opts.warmupSeconds, 30) * 1000,
    maxRequests: Number.MAX_SAFE_INTEGER,
    nextJob: job,
  });
  statuses.clear();
  const startRss = rssMiB(pid);
  console.log(
    `\nsoak: ${minutes} min in ${windowSeconds} s windows, ${opts.connections} connections, mix of ${MIX_KINDS.join(", ")}`,
  );
  console.log(`after warm-up: RSS ${startRss.toFixed(1)} MiB`);
  const windows = Math.max(1, Math.round((minutes * 60) / windowSeconds));
  let total = 0;
  let i = 0;
  for (let w = 1; w <= windows; w++) {
    const { samples, elapsedMs } = await runLoad({
      connections: opts.connections,
      durationMs: windowSeconds * 1000,
      maxRequests: Number.MAX_SAFE_INTEGER,
      nextJob: (k) => job(i + k),
    });
    i += samples.length;
    total += samples.length;
    const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    console.log(
      `window ${String(w).padStart(3)}: ${(samples.length / (elapsedMs / 1000)).toFixed(1)} req/s, ${samples.length} requests, 5xx so far ${fivexx}, RSS ${rssMiB(pid).toFixed(1)} MiB`,
    );
  }
  client.close();
  const endRss = rssMiB(pid);
  const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const growth = ((endRss - startRss) / startRss) * 100;
  console.log(
    `\nstatuses: ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, c]) => `${s}×${c}`)
      .join(", ")}`,
  );
  console.log(
    `total: ${total} requests, ${fivexx} 5xx; RSS ${startRss.toFixed(1)} → ${endRss.toFixed(1)} MiB (${growth >= 0 ? "+" : ""}${growth.toFixed(1)}%, limit +${maxGrowth}%)`,
  );
  return fivexx === 0 && growth <= maxGrowth;
});
console.log(verdict ? "soak: PASS (no 5xx, memory flat)" : "soak: FAIL");
process.exitCode = verdict ? 0 : 1;
