/**
 * `npm run bench:statements [-- --sizes 1000,10000,100000 --dup 0.3]`: groups generated
 * corpora of invented quotes into statements on a fresh SQLite database each, ten quotes
 * per article transaction as ingest does, and prints per size the candidate comparisons
 * per quote, the time per quote and in all, and how the statements found match the
 * generated ones. Linear grouping shows as flat comparisons and time per quote.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { groupQuotes } from "@/lib/db/statements/group-quotes.ts";
import { insert, query, sqlDate, type WriteSteps } from "@/lib/db/write/steps.ts";
import { openWriter } from "@/lib/db/write/writer.ts";
import { generateStatementCorpus, type GeneratedQuote } from "./statement-corpus.ts";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "1000,10000,100000" }, dup: { type: "string", default: "0.3" } },
});
const sizes = values.sizes.split(",").map(Number);
const dup = Number(values.dup);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes must be positive integers, got ${values.sizes}`);
if (!(dup >= 0 && dup < 1)) throw new Error(`--dup must be in [0, 1), got ${values.dup}`);

const PER_ARTICLE = 10;
const OUTLETS = 25;

/** Writes one article with its quotes and groups them, as saveArticle's steps do. */
function* saveGroup(
  i: number,
  quotes: GeneratedQuote[],
  actorIds: number[],
  now: Date,
): WriteSteps<{ comparisons: number }> {
  const day = new Date(Date.UTC(2020, 0, 1) + (i % 1500) * 86_400_000);
  const body = quotes.map((q) => `“${q.text}.”`).join(" ");
  const publisher = `Outlet ${i % OUTLETS}`;
  const [articleId] = yield* insert(
    "Article",
    [
      "slug",
      "sourceKey",
      "contentHash",
      "publisher",
      "publisherNorm",
      "publishedAt",
      "publishedPrecision",
      "body",
      "wordCount",
      "extractorVersion",
      "ingestedAt",
      "updatedAt",
    ],
    [
      [
        `a-${i}`,
        `k-${i}`,
        `h-${i}`,
        publisher,
        publisher.toLowerCase(),
        sqlDate(day),
        "DAY",
        body,
        0,
        "bench",
        sqlDate(now),
        sqlDate(now),
      ],
    ],
    { returnIds: true },
  );
  let at = 0;
  const ids = yield* insert(
    "Quote",
    ["articleId", "speakerId", "text", "textNorm", "kind", "start", "end", "contextText", "contextStart", "contextEnd"],
    quotes.map((q) => {
      const start = at + 1;
      at += q.text.length + 4;
      return [articleId, actorIds[q.speaker], q.text, q.text, "DIRECT", start, start + q.text.length, "", 0, 0];
    }),
    { returnIds: true },
  );
  return yield* groupQuotes(ids, now);
}

function* createActors(n: number, now: Date): WriteSteps<number[]> {
  return yield* insert(
    "Actor",
    ["name", "nameNorm", "slug", "type", "createdAt", "updatedAt"],
    Array.from({ length: n }, (_, i) => [
      `Speaker ${i}`,
      `speaker ${i}`,
      `speaker-${i}`,
      "PERSON",
      sqlDate(now),
      sqlDate(now),
    ]),
    { returnIds: true },
  );
}

/** Pairs of quotes put together (same statement) by both the truth and the grouping, over each's pairs. */
function* agreement(quotes: GeneratedQuote[]): WriteSteps<{ precision: number; recall: number; statements: number }> {
  const rows = yield* query<{ id: number; statementId: number }>(
    `SELECT "id", "statementId" FROM "Quote" ORDER BY "id"`,
  );
  const pairs = (keys: number[]) => {
    const by = new Map<number, number>();
    for (const k of keys) by.set(k, (by.get(k) ?? 0) + 1);
    return [...by.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  };
  const found = rows.map((r) => Number(r.statementId));
  const truth = quotes.map((q) => q.truth);
  const both = pairs(found.map((f, i) => f * 1e7 + truth[i]!));
  return {
    precision: both / Math.max(1, pairs(found)),
    recall: both / Math.max(1, pairs(truth)),
    statements: new Set(found).size,
  };
}

console.log(
  `bench:statements: duplicate rate ${dup}, ${PER_ARTICLE} quotes per article; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log("quotes\tspeakers\tstatements (true)\tcomparisons/quote\tµs/quote\ttotal s\tpair precision\tpair recall");
for (const n of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-statements-"));
  const url = `file:${path.join(dir, "b.db")}`;
  await migrate(url);
  const db = createDb(url);
  const w = openWriter(db);
  try {
    const quotes = generateStatementCorpus(n, dup);
    const now = new Date(Date.UTC(2026, 0, 1));
    const speakers = Math.max(...quotes.map((q) => q.speaker)) + 1;
    const actorIds = await w.transaction(() => createActors(speakers, now));
    let comparisons = 0;
    const t0 = performance.now();
    for (let i = 0; i * PER_ARTICLE < n; i++) {
      const slice = quotes.slice(i * PER_ARTICLE, (i + 1) * PER_ARTICLE);
      comparisons += (await w.transaction(() => saveGroup(i, slice, actorIds, now))).comparisons;
    }
    const ms = performance.now() - t0;
    const a = await w.transaction(() => agreement(quotes));
    const truth = new Set(quotes.map((q) => q.truth)).size;
    console.log(
      [
        n,
        speakers,
        `${a.statements} (${truth})`,
        (comparisons / n).toFixed(2),
        ((ms * 1000) / n).toFixed(0),
        (ms / 1000).toFixed(2),
        a.precision.toFixed(4),
        a.recall.toFixed(4),
      ].join("\t"),
    );
  } finally {
    await w.close();
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
