/**
 * `npm run bench:api [-- --n 2000 --seconds 15]`: the GraphQL request mix against
 * the production app and against the raw baseline over the same database, with
 * req/s, p50 and p99 per query kind, and `ratio` = app req/s ÷ baseline req/s.
 */
import { getSettings } from "@/lib/settings/settings.ts";
import { firstDifference } from "./lib/compare.ts";
import { allMixRequests, isGraphQLSuccess, MIX_KINDS, mixRequest, type MixRequest } from "./lib/graphql-mix.ts";
import { createHttpClient, type HttpClient, type HttpResponse } from "./lib/http-client.ts";
import { runLoad, type Job } from "./lib/load.ts";
import { measure, measureUnloaded, setUpBench, UNLOADED_REQUESTS, withServers } from "./lib/run-bench.ts";
import { readMixParams } from "./lib/sample-params.ts";
import { BENCH_DIST_DIR, startBaselineServer, startNextServer } from "./lib/servers.ts";
import type { Summary } from "./lib/stats.ts";
import { formatMs, formatTable } from "./lib/table.ts";

const APP_PATH = "/api/graphql";
const BASELINE_PATH = "/graphql";

const post = (client: HttpClient, path: string, r: MixRequest) =>
  client.postJson(path, { query: r.query, variables: r.variables });

type GraphQLBody = { data?: unknown; errors?: unknown };

/** A response body as GraphQL JSON; a body that is not JSON becomes an error entry. */
function parseBody(res: HttpResponse): GraphQLBody {
  try {
    return JSON.parse(res.body) as GraphQLBody;
  } catch {
    return { errors: `status ${res.status}, not JSON: ${res.body.slice(0, 100)}` };
  }
}

/** Sends the first request of each kind to both servers and lists the kinds whose data differ. */
async function compareAnswers(app: HttpClient, baseline: HttpClient, requests: MixRequest[]): Promise<string[]> {
  const problems: string[] = [];
  for (const r of requests) {
    const [ja, jb] = (await Promise.all([post(app, APP_PATH, r), post(baseline, BASELINE_PATH, r)])).map(parseBody) as [
      GraphQLBody,
      GraphQLBody,
    ];
    if (ja.errors || jb.errors)
      problems.push(
        `${r.kind}: errors (app ${JSON.stringify(ja.errors ?? null).slice(0, 200)}, baseline ${JSON.stringify(jb.errors ?? null).slice(0, 200)})`,
      );
    const diff = firstDifference(ja.data, jb.data);
    if (diff) problems.push(`${r.kind} ${JSON.stringify(r.variables)}: ${diff}`);
  }
  return problems;
}

const { opts, dbFile, project } = await setUpBench("bench:api");
// the same app with its response cache off: what a request costs when it is computed
const others = await Promise.all([
  startNextServer(dbFile, null, BENCH_DIST_DIR, { RESPONSE_CACHE: "0", SKIP_BUILD_CHECK: "1" }),
  startBaselineServer(dbFile),
]).catch(async (err: unknown) => {
  await project.stop();
  throw err;
});
const [uncachedProject, baseline] = others;
await withServers([project, uncachedProject, baseline], async () => {
  const params = readMixParams(dbFile);
  const appClient = createHttpClient(project.baseURL, opts.connections);
  const uncachedClient = createHttpClient(uncachedProject.baseURL, opts.connections);
  const baseClient = createHttpClient(baseline.baseURL, opts.connections);
  const problems = await compareAnswers(
    appClient,
    baseClient,
    MIX_KINDS.map((_, i) => mixRequest(params, i)),
  );
  console.log(
    problems.length
      ? `\nsanity check: ${problems.length} mismatch(es)\n  ${problems.join("\n  ")}`
      : `\nsanity check: app and baseline answer all ${MIX_KINDS.length} query kinds identically`,
  );
  const jobs =
    (client: HttpClient, path: string) =>
    (i: number): Job => {
      const r = mixRequest(params, i);
      return { kind: r.kind, run: () => post(client, path, r).then((res) => isGraphQLSuccess(res.status, res.body)) };
    };
  // a cache is measured warm: every distinct request of the mix once, as a server in service would have seen them
  // (RESPONSE_CACHE=0 in the environment turns the first app's cache off too, e.g. to profile the uncached app)
  const cacheOn = getSettings().RESPONSE_CACHE;
  if (cacheOn) {
    const distinct = allMixRequests(params);
    const primed = await runLoad({
      connections: opts.connections,
      durationMs: 600_000,
      maxRequests: distinct.length,
      nextJob: (i) => ({
        kind: "prime",
        run: () => post(appClient, APP_PATH, distinct[i]!).then((res) => isGraphQLSuccess(res.status, res.body)),
      }),
    });
    console.log(
      `\nresponse cache primed: the mix's ${distinct.length} distinct requests sent once (${(primed.elapsedMs / 1000).toFixed(1)} s, ${primed.samples.filter((x) => !x.ok).length} errors)`,
    );
  }
  const app = await measure(
    `app: next start, POST ${APP_PATH} (response cache ${cacheOn ? "on, the default" : "off"})`,
    opts,
    jobs(appClient, APP_PATH),
    MIX_KINDS,
  );
  const uncached = await measure(
    `app: next start, POST ${APP_PATH}, RESPONSE_CACHE=0`,
    opts,
    jobs(uncachedClient, APP_PATH),
    MIX_KINDS,
  );
  const raw = await measure(
    `baseline: node:http + graphql() + SQL, POST ${BASELINE_PATH}`,
    opts,
    jobs(baseClient, BASELINE_PATH),
    MIX_KINDS,
  );
  const appAlone = await measureUnloaded(MIX_KINDS, jobs(appClient, APP_PATH));
  const uncachedAlone = await measureUnloaded(MIX_KINDS, jobs(uncachedClient, APP_PATH));
  const rawAlone = await measureUnloaded(MIX_KINDS, jobs(baseClient, BASELINE_PATH));
  console.log(`\nunloaded p50 (${UNLOADED_REQUESTS} requests of each kind, one at a time, after the loaded runs)`);
  console.log(
    formatTable(
      ["kind", "app ms", "app uncached ms", "baseline ms", "uncached/baseline"],
      MIX_KINDS.map((k) => [
        k,
        formatMs(appAlone.get(k)!),
        formatMs(uncachedAlone.get(k)!),
        formatMs(rawAlone.get(k)!),
        (uncachedAlone.get(k)! / rawAlone.get(k)!).toFixed(1),
      ]),
    ),
  );
  for (const c of [appClient, uncachedClient, baseClient]) c.close();
  const rps = (summaries: Summary[]) => summaries.find((s) => s.kind === "all")!.rps;
  // kinds take turns, so per-kind req/s share one ratio; the unloaded table compares kinds
  console.log(
    `\nratio (app req/s ÷ baseline req/s): ${(rps(app) / rps(raw)).toFixed(3)} with the response cache, ${(rps(uncached) / rps(raw)).toFixed(3)} without (RESPONSE_CACHE=0)`,
  );
});
