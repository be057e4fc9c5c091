/**
 * `npm run bench:export [-- --quotes 5000]`: fills a fresh SQLite database with invented articles
 * (ten quotes each, 40 speakers), then downloads /export/quotes.csv and .jsonl whole through the
 * route's handler, and prints per format the rows, bytes, time, rows per second, the time to the
 * first byte and the largest heap growth seen while reading (one page held at a time shows as a
 * growth that does not rise with the row count), and the median time per page over the first and
 * the last ten pages (keyset paging shows as equal medians). `--db FILE` keeps the seeded database
 * in FILE and reuses it on the next run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { handleExport } from "@/app/export/_lib/handle-export.ts";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { seededRandom } from "@/scripts/lib/seeded-random.ts";

const { values } = parseArgs({
  options: { quotes: { type: "string", default: "5000" }, db: { type: "string" } },
});
const total = Number(values.quotes);
if (!Number.isInteger(total) || total < 10) throw new Error(`--quotes must be an integer ≥ 10, got ${values.quotes}`);

const WORDS = "river bridge council budget school harbour market road plan water season winter talks vote".split(" ");
const SPEAKERS = Array.from({ length: 40 }, (_, i) => `Speaker Number${String.fromCharCode(65 + (i % 26))}${i}`);

/** An invented article of ten quotes, "words," Name said. with real offsets. */
function article(i: number, rand: () => number): ContractOutput {
  let body = `Report ${i}. `;
  const quotes: ContractOutput["quotes"] = [];
  const mentions: ContractOutput["mentions"] = [];
  const names = new Set<string>();
  for (let k = 0; k < 10; k++) {
    const speaker = SPEAKERS[Math.floor(rand() * SPEAKERS.length)]!;
    names.add(speaker);
    const text = Array.from(
      { length: 8 + Math.floor(rand() * 12) },
      () => WORDS[Math.floor(rand() * WORDS.length)],
    ).join(" ");
    const at = body.length + 1;
    body += `“${text},” `;
    const m = body.length;
    body += `${speaker} said. `;
    mentions.push({ actor: speaker, form: "NAME", start: m, end: m + speaker.length, text: speaker });
    const context = { text: body.slice(at - 1).trim(), start: at - 1, end: body.trimEnd().length };
    quotes.push({
      text,
      speaker,
      kind: "DIRECT",
      cue: "said",
      start: at,
      end: at + text.length,
      speakerMention: { text: speaker, start: m, end: m + speaker.length },
      context,
    });
  }
  const day = String(1 + (i % 28)).padStart(2, "0");
  return {
    article: {
      title: `Report ${i}`,
      publisher: `Outlet ${i % 7}`,
      author: null,
      publishedAt: `2021-03-${day}`,
      url: null,
      dateline: null,
      body: body.trim(),
      warnings: [],
    },
    actors: [...names].map((name) => ({ name, type: "PERSON" as const, aliases: [], title: null })),
    mentions,
    quotes,
    events: [],
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function download(db: ReturnType<typeof createDb>, path: string) {
  const t0 = performance.now();
  const file = path.split("?")[0]!;
  const res = await handleExport(new Request(`http://bench.test/export/${path}`), file, { db });
  const reader = res.body!.getReader();
  const heap0 = process.memoryUsage().heapUsed;
  let first = 0;
  let bytes = 0;
  let lines = 0;
  let maxGrowth = 0;
  const gaps: number[] = [];
  let last = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    gaps.push(performance.now() - last);
    last = performance.now();
    if (!first) first = performance.now() - t0;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) lines++;
    maxGrowth = Math.max(maxGrowth, process.memoryUsage().heapUsed - heap0);
  }
  const ms = performance.now() - t0;
  // the first chunk of a CSV is its header alone; each later chunk is one page
  const pages = file.endsWith(".csv") ? gaps.slice(2) : gaps.slice(1);
  return { ms, first, bytes, lines, maxGrowth, early: median(pages.slice(0, 10)), late: median(pages.slice(-10)) };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-export-"));
const dbFile = values.db ? path.resolve(values.db) : path.join(dir, "bench.db");
const reuse = Boolean(values.db) && fs.existsSync(dbFile) && fs.statSync(dbFile).size > 0;
const url = `file:${dbFile}`;
await migrate(url);
const db = createDb(url);
try {
  if (reuse) console.log(`reusing ${dbFile} (${await db.quote.count()} quotes)`);
  else {
    const rand = seededRandom(22);
    const t0 = performance.now();
    for (let i = 0; i < total / 10; i++)
      await saveArticle(db, { extraction: fromContract(article(i, rand)), extractorVersion: "bench" });
    console.log(`seeded ${total} quotes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log("export                     rows     MB     s      rows/s   1st byte ms  heap MB  page ms first/last 10");
  const exports = ["quotes.csv", "quotes.jsonl", "quotes.csv?orderBy=ID_ASC"];
  for (const target of [...exports, ...exports]) {
    const r = await download(db, target);
    const rows = target.split("?")[0]!.endsWith(".csv") ? r.lines - 1 : r.lines;
    const cells = [
      target.padEnd(26),
      String(rows).padEnd(8),
      (r.bytes / 1e6).toFixed(2).padEnd(6),
      (r.ms / 1000).toFixed(2).padEnd(6),
      String(Math.round(rows / (r.ms / 1000))).padEnd(8),
      r.first.toFixed(0).padEnd(12),
      (r.maxGrowth / 1e6).toFixed(1).padEnd(8),
      `${r.early.toFixed(0)} / ${r.late.toFixed(0)}`,
    ];
    console.log(cells.join(" "));
  }
} finally {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}
