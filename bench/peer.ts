/**
 * `npm run bench:peer [-- --n 20000 --seconds 5 --rounds 3 --pg URL --api-only --before DIR]`: the project against
 * PostGraphile (v4, a dev dependency) on one PostgreSQL schema holding the N-article corpus.
 * Checks that each pair of queries returns the same rows, then, per query kind, alternates
 * runs of the project without its response cache, PostGraphile, and the project with its
 * cache, and prints req/s, p50, p99 and the ratios (medians over the rounds). Cached runs
 * draw parameters with a skew (popular values come back) from a fresh cache, so part of
 * the requests miss; the hit rate is printed (no writes happen during a run, so a request
 * hits exactly when the same request was sent to that server before).
 * `--api-only` serves /api/graphql without Next (the same handler, no build needed);
 * `--before DIR` adds an uncached server of another checkout (a worktree of an earlier
 * commit) to every round, for before/after ratios from one run. BENCH_PORTS=FROM-TO
 * keeps every server in a port range. `--profile DIR` writes a V8 CPU profile of the
 * uncached project server there and prints where its time went.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { firstDifference } from "./lib/compare.ts";
import { createHttpClient, type HttpClient } from "./lib/http-client.ts";
import { runLoad } from "./lib/load.ts";
import { describeNewestProfile } from "./lib/profile-summary.ts";
import {
  BENCH_DIST_DIR,
  cpuTimeMs,
  peakMemoryMiB,
  startNextServer,
  startPostGraphileServer,
  type RunningServer,
} from "./lib/servers.ts";
import { summarize, type Summary } from "./lib/stats.ts";
import { describeMachine, formatMs, formatTable } from "./lib/table.ts";
import { PEER_KINDS, type PeerKind, type PeerParams } from "./peer/peer-queries.ts";
import { getPgCorpus, readPeerParams } from "./peer/pg-corpus.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "20000" },
    seconds: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    pg: { type: "string", default: process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test" },
    kinds: { type: "string", default: "" },
    // a build to serve as it is (e.g. of an earlier commit, for before/after), instead of building the sources
    dist: { type: "string" },
    "api-only": { type: "boolean", default: false },
    before: { type: "string" },
    // V8 CPU profile of the uncached project server, summarised by package once it stops
    profile: { type: "string" },
  },
});
const int = (name: string, v: string) => {
  const x = Number(v);
  if (!Number.isInteger(x) || x < 1) throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return x;
};
const n = int("n", values.n);
const seconds = int("seconds", values.seconds);
const warmup = int("warmup", values.warmup);
const rounds = int("rounds", values.rounds);
const connections = int("connections", values.connections);
const kinds = values.kinds ? PEER_KINDS.filter((_, i) => values.kinds.split(",").includes(String(i + 1))) : PEER_KINDS;

/** The parameter index of the i-th request: skewed towards the first values (u², u uniform), the same in every run. */
function skewedIndex(i: number, length: number): number {
  const u = (Math.imul(i + 1, 2654435761) >>> 0) / 2 ** 32;
  return Math.min(length - 1, Math.floor(u * u * length));
}

interface Target {
  label: string;
  server: RunningServer;
  client: HttpClient;
  path: string;
  side: "project" | "peer";
  /** Requests sent so far, so each run continues the sequence instead of repeating it. */
  sent: number;
  /** Requests (kind and variables) this server has answered: the next identical one is a cache hit. */
  seen: Set<string>;
}

function requestOf(kind: PeerKind, side: "project" | "peer", params: PeerParams, i: number) {
  const s = kind[side];
  const variables = s.variables(params, (xs) => xs[skewedIndex(i, xs.length)]!);
  return { query: s.query, variables };
}

async function send(
  t: Target,
  kind: PeerKind,
  params: PeerParams,
  i: number,
): Promise<{ ok: boolean; data: unknown; hit: boolean }> {
  const r = requestOf(kind, t.side, params, i);
  const key = `${kind.name}|${JSON.stringify(r.variables)}`;
  const hit = t.seen.has(key);
  t.seen.add(key);
  const res = await t.client.postJson(t.path, r);
  let body: { data?: unknown; errors?: unknown } = {};
  try {
    body = JSON.parse(res.body) as typeof body;
  } catch {
    body = { errors: `status ${res.status}: ${res.body.slice(0, 120)}` };
  }
  return { ok: res.status === 200 && !body.errors, data: body.data ?? body.errors, hit };
}

/** A measured run: its summary, cache hit rate and the server process's CPU time per request (null where unreadable). */
type Run = Summary & { hitRate: number; cpuMs: number | null };

/** One warmed-up, measured run of one kind against one server. */
async function runKind(t: Target, kind: PeerKind, params: PeerParams): Promise<Run> {
  let hits = 0;
  let measured = false;
  const nextJob = () => ({
    kind: kind.name,
    run: () =>
      send(t, kind, params, t.sent++).then((r) => {
        if (measured && r.hit) hits++;
        return r.ok;
      }),
  });
  await runLoad({ connections, durationMs: warmup * 1000, maxRequests: 1e9, nextJob });
  measured = true;
  const cpu0 = cpuTimeMs(t.server.pid);
  const { samples, elapsedMs } = await runLoad({ connections, durationMs: seconds * 1000, maxRequests: 1e9, nextJob });
  const cpu1 = cpuTimeMs(t.server.pid);
  const s = summarize(samples, elapsedMs)[0]!;
  return {
    ...s,
    hitRate: samples.length ? hits / samples.length : 0,
    // CPU time is what a shared machine's load distorts least (queueing stretches wall time, not this)
    cpuMs: cpu0 !== null && cpu1 !== null && samples.length ? (cpu1 - cpu0) / samples.length : null,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

console.log(
  `bench:peer: ${n} articles on PostgreSQL, ${connections} connections, ${rounds} rounds of ${warmup} s warm-up + ${seconds} s per server and kind`,
);
console.log(`machine: ${describeMachine()}`);
const base = values.pg;
const { url, schema } = await getPgCorpus(n, base);
const params = await readPeerParams(base, schema);
const servers: RunningServer[] = [];
try {
  const env = { DATABASE_URL: url };
  const dist = values.dist ?? BENCH_DIST_DIR;
  const skip: Record<string, string> = values.dist ? { SKIP_BUILD_CHECK: "1" } : {};
  const serveOpts = { apiOnly: values["api-only"] };
  const profileDir = values.profile ? path.resolve(values.profile) : null;
  servers.push(await startNextServer("", profileDir, dist, { ...env, ...skip, RESPONSE_CACHE: "0" }, serveOpts));
  servers.push(
    await startNextServer("", null, dist, { ...env, RESPONSE_CACHE: "1", SKIP_BUILD_CHECK: "1" }, serveOpts),
  );
  servers.push(await startPostGraphileServer(base, schema));
  const [uncachedServer, cachedServer, peerServer] = servers as [RunningServer, RunningServer, RunningServer];
  const beforeServer = values.before
    ? await startNextServer(
        "",
        null,
        dist,
        { ...env, RESPONSE_CACHE: "0", SKIP_BUILD_CHECK: "1" },
        {
          ...serveOpts,
          root: values.before,
        },
      )
    : null;
  if (beforeServer) servers.push(beforeServer);
  const target = (label: string, server: RunningServer, path: string, side: "project" | "peer"): Target => ({
    label,
    server,
    client: createHttpClient(server.baseURL, connections),
    path,
    side,
    sent: 0,
    seen: new Set(),
  });
  const uncached = target("project, RESPONSE_CACHE=0", uncachedServer, "/api/graphql", "project");
  const cached = target("project, response cache on", cachedServer, "/api/graphql", "project");
  const peer = target("PostGraphile", peerServer, "/graphql", "peer");
  const before = beforeServer ? target("before, RESPONSE_CACHE=0", beforeServer, "/api/graphql", "project") : null;

  // the same rows in the same order, for the first parameter values of each kind
  const problems: string[] = [];
  for (const kind of kinds) {
    for (let i = 0; i < 8; i++) {
      const [a, b, c] = await Promise.all([
        send({ ...uncached, seen: new Set() }, kind, params, i * 7919),
        send({ ...peer, seen: new Set() }, kind, params, i * 7919),
        before ? send({ ...before, seen: new Set() }, kind, params, i * 7919) : null,
      ]);
      if (c && a.ok && c.ok) {
        const diff = firstDifference(kind.project.rows(c.data), kind.project.rows(a.data));
        if (diff) problems.push(`${kind.name}: before and after differ: ${diff}`);
      }
      if (!a.ok || !b.ok)
        problems.push(
          `${kind.name}: errors (project ${JSON.stringify(a.data).slice(0, 200)}, PostGraphile ${JSON.stringify(b.data).slice(0, 200)})`,
        );
      else {
        const diff = firstDifference(kind.project.rows(a.data), kind.peer.rows(b.data));
        if (diff)
          problems.push(
            `${kind.name} ${JSON.stringify(requestOf(kind, "project", params, i * 7919).variables)}: ${diff}`,
          );
      }
    }
  }
  console.log(
    problems.length
      ? `\nsanity check: ${problems.length} mismatch(es)\n  ${problems.join("\n  ")}`
      : `\nsanity check: project and PostGraphile return the same rows for 8 requests of each of ${kinds.length} kinds`,
  );

  const results = new Map<string, { b: Run[]; u: Run[]; p: Run[]; c: Run[] }>();
  for (const kind of kinds) {
    const r = { b: [] as Run[], u: [] as Run[], p: [] as Run[], c: [] as Run[] };
    for (let round = 0; round < rounds; round++) {
      // alternating, so drifting load on a shared machine falls on all of them alike
      if (before) r.b.push(await runKind(before, kind, params));
      r.u.push(await runKind(uncached, kind, params));
      r.p.push(await runKind(peer, kind, params));
      r.c.push(await runKind(cached, kind, params));
    }
    results.set(kind.name, r);
    const m = (xs: Summary[], f: (s: Summary) => number) => median(xs.map(f));
    console.log(
      `  ${kind.name}: ${before ? `before ${m(r.b, (s) => s.rps).toFixed(0)}, ` : ""}uncached ${m(r.u, (s) => s.rps).toFixed(0)}, PostGraphile ${m(r.p, (s) => s.rps).toFixed(0)}, cached ${m(r.c, (s) => s.rps).toFixed(0)} req/s (load ${os.loadavg()[0]!.toFixed(1)})`,
    );
  }

  const rows = kinds.map((kind) => {
    const r = results.get(kind.name)!;
    const m = (xs: Summary[], f: (s: Summary) => number) => median(xs.map(f));
    const ratio = (xs: Summary[]) => median(xs.map((s, i) => s.rps / r.p[i]!.rps));
    const errors = [...r.b, ...r.u, ...r.p, ...r.c].reduce((a, s) => a + s.errors, 0);
    return [
      kind.name,
      ...(before ? [ratio(r.b).toFixed(2)] : []),
      m(r.u, (s) => s.rps).toFixed(0),
      `${formatMs(m(r.u, (s) => s.p50))} / ${formatMs(m(r.u, (s) => s.p99))}`,
      m(r.p, (s) => s.rps).toFixed(0),
      `${formatMs(m(r.p, (s) => s.p50))} / ${formatMs(m(r.p, (s) => s.p99))}`,
      m(r.c, (s) => s.rps).toFixed(0),
      `${formatMs(m(r.c, (s) => s.p50))} / ${formatMs(m(r.c, (s) => s.p99))}`,
      `${(100 * median(r.c.map((s) => s.hitRate))).toFixed(0)} %`,
      ratio(r.u).toFixed(2),
      ratio(r.c).toFixed(2),
      errors,
    ];
  });
  console.log(
    `\nmedians of ${rounds} alternating rounds; ratio = project req/s ÷ PostGraphile req/s of the same round`,
  );
  console.log(
    formatTable(
      [
        "kind",
        ...(before ? ["before uncached ÷ PG"] : []),
        "uncached req/s",
        "p50/p99 ms",
        "PostGraphile req/s",
        "p50/p99 ms",
        "cached req/s",
        "p50/p99 ms",
        "hit rate",
        "uncached ÷ PG",
        "cached ÷ PG",
        "errors",
      ],
      rows,
    ),
  );
  const cpuOf = (xs: Run[]) => {
    const known = xs.flatMap((x) => (x.cpuMs === null ? [] : [x.cpuMs]));
    return known.length ? median(known).toFixed(2) : "n/a";
  };
  console.log(
    `\nserver CPU time per request (ms, process user + system time over the measured run, median of the rounds)\n${formatTable(
      ["kind", ...(before ? ["before uncached"] : []), "project uncached", "PostGraphile", "project cached"],
      kinds.map((k) => {
        const r = results.get(k.name)!;
        return [k.name, ...(before ? [cpuOf(r.b)] : []), cpuOf(r.u), cpuOf(r.p), cpuOf(r.c)];
      }),
    )}`,
  );
  const allRatios = (f: "b" | "u" | "c") =>
    median(
      kinds.map((k) => {
        const r = results.get(k.name)!;
        return median(r[f].map((s, i) => s.rps / r.p[i]!.rps));
      }),
    );
  const hits = median(kinds.map((k) => median(results.get(k.name)!.c.map((s) => s.hitRate))));
  console.log(
    `\nmedian over kinds: ${before ? `before uncached ÷ PostGraphile ${allRatios("b").toFixed(2)}, ` : ""}uncached ÷ PostGraphile ${allRatios("u").toFixed(2)}, cached ÷ PostGraphile ${allRatios("c").toFixed(2)} (cache hit rate ${(100 * hits).toFixed(0)} %)`,
  );

  // one request at a time: what a request costs when it does not queue
  const alone = async (t: Target, kind: PeerKind) => {
    const run = await runLoad({
      connections: 1,
      durationMs: 10_000,
      maxRequests: 30,
      nextJob: () => ({ kind: kind.name, run: () => send(t, kind, params, t.sent++).then((r) => r.ok) }),
    });
    return summarize(run.samples, run.elapsedMs)[0]!.p50;
  };
  const aloneRows: string[][] = [];
  for (const kind of kinds)
    aloneRows.push([
      kind.name,
      ...(before ? [formatMs(await alone(before, kind))] : []),
      formatMs(await alone(uncached, kind)),
      formatMs(await alone(peer, kind)),
      formatMs(await alone(cached, kind)),
    ]);
  console.log(
    `\none request alone, p50 of 30 (ms)\n${formatTable(["kind", ...(before ? ["before uncached"] : []), "project uncached", "PostGraphile", "project cached"], aloneRows)}`,
  );
  const mem = (s: RunningServer) => peakMemoryMiB(s.pid)?.toFixed(0) ?? "n/a";
  console.log(
    `\npeak resident memory (VmHWM): project uncached ${mem(uncachedServer)} MiB, project cached ${mem(cachedServer)} MiB, PostGraphile ${mem(peerServer)} MiB; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  for (const t of [uncached, cached, peer, ...(before ? [before] : [])]) t.client.close();
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  // V8 writes the profile as the server exits
  if (values.profile && servers.length)
    console.log(`\nuncached project server CPU profile\n${describeNewestProfile(path.resolve(values.profile))}`);
}
