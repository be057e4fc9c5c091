/**
 * `npm run bench:pages [-- --n 2000 --seconds 15]`: server-rendered actor and
 * article pages from the production app, with req/s, p50 and p99 per page type.
 * A page type that answers 404 (not built yet) is reported and left out.
 */
import { createHttpClient } from "./lib/http-client.ts";
import type { Job } from "./lib/load.ts";
import { measure, measureUnloaded, setUpBench, UNLOADED_REQUESTS, withServers } from "./lib/run-bench.ts";
import { pickFor, readMixParams } from "./lib/sample-params.ts";
import { formatMs, formatTable } from "./lib/table.ts";

/** The page types measured: a name and the path of the page for one slug. */
const PAGE_TYPES = [
  { kind: "actor page", slugs: "actorSlugs", path: (slug: string) => `/actors/${encodeURIComponent(slug)}` },
  { kind: "article page", slugs: "articleSlugs", path: (slug: string) => `/articles/${encodeURIComponent(slug)}` },
] as const;

const { opts, dbFile, project } = await setUpBench("bench:pages");
await withServers([project], async () => {
  const params = readMixParams(dbFile);
  const client = createHttpClient(project.baseURL, opts.connections);
  const live: (typeof PAGE_TYPES)[number][] = [];
  for (const type of PAGE_TYPES) {
    const path = type.path(params[type.slugs][0]!);
    const { status } = await client.get(path);
    if (status === 200) live.push(type);
    else console.log(`\n${type.kind}: GET ${path} answered ${status}${status === 404 ? " (page not there yet)" : ""}; not measured`);
  }
  if (!live.length) return console.log("\nno page type answered 200; nothing measured");
  const kinds = live.map((t) => t.kind);
  const nextJob = (i: number): Job => {
    const type = live[i % live.length]!;
    const path = type.path(pickFor(params[type.slugs], Math.floor(i / live.length)));
    return { kind: type.kind, run: () => client.get(path).then((r) => r.status === 200) };
  };
  await measure("pages: next start, GET", opts, nextJob, kinds);
  const alone = await measureUnloaded(kinds, nextJob);
  console.log(`\nunloaded p50 (${UNLOADED_REQUESTS} requests of each page type, one at a time, after the loaded run)`);
  console.log(formatTable(["kind", "p50 ms"], kinds.map((k) => [k, formatMs(alone.get(k)!)])));
  client.close();
});
