/**
 * `npm run bench:pages [-- --n 2000 --seconds 15]`: server-rendered actor and
 * article pages from the production app, with req/s, p50 and p99 per page type.
 * A page type that answers 404 (not built yet) is reported and left out.
 */
import { createHttpClient, type HttpClient } from "./lib/http-client.ts";
import { runLoad, type Job } from "./lib/load.ts";
import { measure, measureUnloaded, setUpBench, UNLOADED_REQUESTS, withServers } from "./lib/run-bench.ts";
import { pickFor, readMixParams } from "./lib/sample-params.ts";
import { BENCH_DIST_DIR, startNextServer } from "./lib/servers.ts";
import { formatMs, formatTable } from "./lib/table.ts";

/** The page types measured: a name and the path of the page for one slug. */
const PAGE_TYPES = [
  { kind: "actor page", slugs: "actorSlugs", path: (slug: string) => `/actors/${encodeURIComponent(slug)}` },
  { kind: "article page", slugs: "articleSlugs", path: (slug: string) => `/articles/${encodeURIComponent(slug)}` },
] as const;

const { opts, dbFile, project } = await setUpBench("bench:pages");
// the same app with its response cache off: pages that run their GraphQL operations every time
const uncachedProject = await startNextServer(dbFile, null, BENCH_DIST_DIR, {
  RESPONSE_CACHE: "0",
  SKIP_BUILD_CHECK: "1",
}).catch(async (err: unknown) => {
  await project.stop();
  throw err;
});
await withServers([project, uncachedProject], async () => {
  const params = readMixParams(dbFile);
  const client = createHttpClient(project.baseURL, opts.connections);
  const uncachedClient = createHttpClient(uncachedProject.baseURL, opts.connections);
  const live: (typeof PAGE_TYPES)[number][] = [];
  for (const type of PAGE_TYPES) {
    const path = type.path(params[type.slugs][0]!);
    const { status } = await client.get(path);
    if (status === 200) live.push(type);
    else
      console.log(
        `\n${type.kind}: GET ${path} answered ${status}${status === 404 ? " (page not there yet)" : ""}; not measured`,
      );
  }
  if (!live.length) return console.log("\nno page type answered 200; nothing measured");
  const kinds = live.map((t) => t.kind);
  const jobs =
    (c: HttpClient) =>
    (i: number): Job => {
      const type = live[i % live.length]!;
      const path = type.path(pickFor(params[type.slugs], Math.floor(i / live.length)));
      return { kind: type.kind, run: () => c.get(path).then((r) => r.status === 200) };
    };
  // as in bench:api, the cached app is measured warm: every page the run can ask for, once
  const paths = live.flatMap((type) => [...new Set(params[type.slugs])].map((slug) => type.path(slug)));
  const primed = await runLoad({
    connections: opts.connections,
    durationMs: 600_000,
    maxRequests: paths.length,
    nextJob: (i) => ({ kind: "prime", run: () => client.get(paths[i]!).then((r) => r.status === 200) }),
  });
  console.log(
    `\nresponse cache primed: ${paths.length} pages requested once (${(primed.elapsedMs / 1000).toFixed(1)} s, ${primed.samples.filter((x) => !x.ok).length} errors)`,
  );
  await measure(
    "pages: npm start's server, GET (response and page caches on, the default: pages primed, so answered as stored bytes)",
    opts,
    jobs(client),
    kinds,
  );
  await measure(
    "pages: npm start's server, GET, RESPONSE_CACHE=0 (every page rendered)",
    opts,
    jobs(uncachedClient),
    kinds,
  );
  const alone = await measureUnloaded(kinds, jobs(client));
  const uncachedAlone = await measureUnloaded(kinds, jobs(uncachedClient));
  console.log(`\nunloaded p50 (${UNLOADED_REQUESTS} requests of each page type, one at a time, after the loaded runs)`);
  console.log(
    formatTable(
      ["kind", "p50 ms", "p50 ms, RESPONSE_CACHE=0"],
      kinds.map((k) => [k, formatMs(alone.get(k)!), formatMs(uncachedAlone.get(k)!)]),
    ),
  );
  client.close();
  uncachedClient.close();
});
