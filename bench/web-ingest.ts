/**
 * `npm run bench:web-ingest [-- --n 60]`: the cost of ingesting by URL. Serves a generated corpus
 * as HTML pages behind an RSS feed on a local server (127.0.0.1, port 0) and ingests it into fresh
 * SQLite files, alternately, two ways: through the feed (robots.txt, SSRF guard, host queue with no
 * pause, FetchedUrl) and as the same pages read in-process (htmlToText then ingestRecords, the file
 * path). Prints articles/s of each, their ratio, and the second pass of the feed (all seen before).
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { htmlToText } from "@/lib/ingest/html-to-text.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";
import { ingestUrl } from "@/lib/ingest/web/ingest-url.ts";
import { parsePrivateHostAllowance } from "@/lib/ingest/web/ssrf-guard.ts";
import { createWebFetcher } from "@/lib/ingest/web/web-fetcher.ts";
import { generateCorpus } from "./generate-corpus.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--n");
const n = at >= 0 ? Number(args[at + 1]) : 60;
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const pages = generateCorpus(n).map((r, i) => {
  const title = r.hints.title ?? `Generated article ${i}`;
  const paragraphs = r.text.split(/\n+/).map((p) => `<p>${escape(p)}</p>`);
  return `<!doctype html><html><head><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>${paragraphs.join("")}</article></body></html>`;
});
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${pages.map((_, i) => `<item><link>/a/${i}</link></item>`).join("")}</channel></rss>`;

const server = http.createServer((req, res) => {
  const m = /^\/a\/(\d+)$/.exec(req.url ?? "");
  if (req.url === "/feed.xml") res.writeHead(200, { "content-type": "application/rss+xml" }).end(feed);
  else if (m && pages[Number(m[1])]) res.writeHead(200, { "content-type": "text/html" }).end(pages[Number(m[1])]);
  else res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-web-"));

async function freshDb(name: string) {
  const url = `file:${path.join(tmp, `${name}.db`)}`;
  await migrate(url);
  return createDb(url);
}

async function viaFeed(run: number) {
  const db = await freshDb(`feed-${run}`);
  const fetcher = createWebFetcher({
    allow: parsePrivateHostAllowance("127.0.0.1"),
    timeoutMs: 15_000,
    maxBytes: 5 << 20,
    hostDelayMs: 0,
  });
  try {
    const t0 = performance.now();
    const r = await ingestUrl(db, `${origin}/feed.xml`, { fetcher });
    const s = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const again = await ingestUrl(db, `${origin}/feed.xml`, { fetcher });
    const ms = performance.now() - t1;
    const failed = r.items.filter((i) => i.status === "failed").length;
    console.log(
      `feed      ${n} articles in ${s.toFixed(2)} s = ${(n / s).toFixed(1)} articles/s (failed ${failed}); second pass ${again.skipped.length} seen before in ${ms.toFixed(0)} ms`,
    );
    return n / s;
  } finally {
    await db.$disconnect();
  }
}

async function inProcess(run: number) {
  const db = await freshDb(`files-${run}`);
  try {
    const t0 = performance.now();
    const records = pages.map((html, i) => {
      const p = htmlToText(html);
      return { source: `page-${i}`, text: p.text, hints: p.hints };
    });
    const { counts } = await ingestRecords(db, records, undefined, { workers: 0 });
    const s = (performance.now() - t0) / 1000;
    console.log(
      `in-process ${n} articles in ${s.toFixed(2)} s = ${(n / s).toFixed(1)} articles/s (failed ${counts.failed})`,
    );
    return n / s;
  } finally {
    await db.$disconnect();
  }
}

console.log(
  `bench:web-ingest on ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}`,
);
const ratios: number[] = [];
try {
  for (let run = 0; run < 2; run++) {
    const a = run % 2 === 0 ? await inProcess(run) : 0;
    const f = await viaFeed(run);
    const b = run % 2 === 1 ? await inProcess(run) : a;
    ratios.push(f / b);
  }
  console.log(`feed ÷ in-process: ${ratios.map((r) => r.toFixed(2)).join(", ")}`);
} finally {
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
