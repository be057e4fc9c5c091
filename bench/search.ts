/**
 * `npm run bench:search [-- --n 2000,20000 --repeat 5]`: times `search` on the cached
 * benchmark databases (bench/lib/corpus-db.ts), before and after the full-text indexes.
 * Before: the four statements Prisma compiled for the old searchAll (LIKE '%word%' scans,
 * counting every actor's quotes), copied from its query log. After: the statements of
 * searchStatements. Each runs directly on better-sqlite3 for the 25 most frequent title
 * words and 5 rare ones; then the whole search through Prisma, old and new. Prints mean
 * and p99 per statement and the query plans, flagging any full scan of a table.
 */
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import type { Prisma } from "@/generated/sqlite/client.ts";
import { type Db, createDb } from "@/lib/db/client.ts";
import { nameKeys } from "@/lib/db/queries/find-actor-ids-by-name.ts";
import { searchAll, searchStatements } from "@/lib/db/queries/search-all.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import { getCorpusDb } from "./lib/corpus-db.ts";
import { percentile } from "./lib/stats.ts";
import { describeMachine, formatMs, formatTable } from "./lib/table.ts";

const LIMIT = 10;
const STATEMENTS = ["exact actors", "actors by words", "quotes", "articles"] as const;
type StatementName = (typeof STATEMENTS)[number];

// the old searchAll's statements as Prisma 6.19 compiled them for SQLite (columns abridged to `*`)
const BEFORE: Record<StatementName, string> = {
  "exact actors":
    "SELECT `Actor`.* FROM `main`.`Actor` WHERE (`main`.`Actor`.`nameNorm` IN (?) OR EXISTS(SELECT `t0`.`actorId` FROM `main`.`ActorAlias` AS `t0` WHERE (`t0`.`norm` IN (?) AND (`main`.`Actor`.`id`) = (`t0`.`actorId`) AND `t0`.`actorId` IS NOT NULL))) ORDER BY `main`.`Actor`.`id` ASC LIMIT ? OFFSET ?",
  "actors by words":
    "SELECT `Actor`.* FROM `main`.`Actor` LEFT JOIN (SELECT `main`.`Quote`.`speakerId`, COUNT(*) AS `orderby_aggregator` FROM `main`.`Quote` WHERE 1=1 GROUP BY `main`.`Quote`.`speakerId`) AS `orderby_1_Quote` ON (`main`.`Actor`.`id` = `orderby_1_Quote`.`speakerId`) WHERE (`main`.`Actor`.`nameNorm` LIKE ? OR EXISTS(SELECT `t0`.`actorId` FROM `main`.`ActorAlias` AS `t0` WHERE (`t0`.`norm` LIKE ? AND (`main`.`Actor`.`id`) = (`t0`.`actorId`) AND `t0`.`actorId` IS NOT NULL))) ORDER BY COALESCE(`orderby_1_Quote`.`orderby_aggregator`, ?) DESC, `main`.`Actor`.`id` ASC LIMIT ? OFFSET ?",
  quotes:
    "SELECT `Quote`.* FROM `main`.`Quote` WHERE `main`.`Quote`.`textNorm` LIKE ? ORDER BY `main`.`Quote`.`id` DESC LIMIT ? OFFSET ?",
  articles:
    "SELECT `Article`.* FROM `main`.`Article` WHERE `main`.`Article`.`titleNorm` LIKE ? ORDER BY CASE WHEN `main`.`Article`.`publishedAt` IS NULL THEN 1 ELSE 0 END, `main`.`Article`.`publishedAt` DESC, `main`.`Article`.`id` DESC LIMIT ? OFFSET ?",
};

function beforeParams(name: StatementName, word: string): unknown[] {
  const like = `%${normalizeKey(word)}%`;
  const key = nameKeys(word)[0]!;
  if (name === "exact actors") return [key, key, LIMIT, 0];
  if (name === "actors by words") return [like, like, 0, LIMIT, 0];
  return [like, LIMIT, 0];
}

/** The old searchAll, through Prisma, for the whole-search comparison. */
async function searchAllLike(db: Db, query: string, limit: number): Promise<unknown> {
  const words = normalizeKey(query);
  if (!words) return null;
  const keys = nameKeys(query);
  return Promise.all([
    db.actor.findMany({
      where: { OR: [{ nameNorm: { in: keys } }, { aliases: { some: { norm: { in: keys } } } }] },
      orderBy: { id: "asc" },
      take: limit,
    }),
    db.actor.findMany({
      where: { OR: [{ nameNorm: { contains: words } }, { aliases: { some: { norm: { contains: words } } } }] },
      orderBy: [{ quotes: { _count: "desc" } }, { id: "asc" }],
      take: limit,
    }),
    db.quote.findMany({ where: { textNorm: { contains: words } }, orderBy: { id: "desc" }, take: limit }),
    db.article.findMany({
      where: { titleNorm: { contains: words } },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: limit,
    }),
  ]);
}

/** The 25 most frequent title words of at least five letters, and the 5 least frequent ones. */
function pickWords(sqlite: Database.Database): { frequent: string[]; rare: string[]; counts: string[] } {
  const counts = new Map<string, number>();
  for (const t of sqlite.prepare(`SELECT "titleNorm" FROM "Article"`).pluck().all() as string[]) {
    for (const w of new Set(t.split(" ")))
      if (w.length >= 5 && /^\p{L}+$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const label = ([w, c]: [string, number]) => `${w} (${c})`;
  return {
    frequent: sorted.slice(0, 25).map(([w]) => w),
    rare: sorted.slice(-5).map(([w]) => w),
    counts: [...sorted.slice(0, 25), ...sorted.slice(-5)].map(label),
  };
}

interface Timing {
  mean: number;
  p99: number;
}

function summarize(ms: number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return { mean: ms.reduce((s, x) => s + x, 0) / ms.length, p99: percentile(sorted, 99) };
}

/** Runs `fn` once to warm up, then `repeat` times per word, returning every duration. */
async function timeEach(words: readonly string[], repeat: number, fn: (w: string) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (const w of words) {
    await fn(w);
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      await fn(w);
      out.push(performance.now() - t);
    }
  }
  return out;
}

/** Plan lines that read a whole table or a whole index of it (FTS5 tables and subquery results excluded). */
const fullScans = (plan: string[]) =>
  plan.filter((l) => /^SCAN (main\.)?(Actor|ActorAlias|Article|Quote|a|q|x)\b/.test(l));

function plan(sqlite: Database.Database, sql: string, params: unknown[]): string[] {
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

async function benchOne(n: number, repeat: number): Promise<string[][]> {
  const file = await getCorpusDb(n);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const db = createDb(`file:${file}`);
  const rows: string[][] = [];
  try {
    const { frequent, rare, counts } = pickWords(sqlite);
    console.log(
      `\nN = ${n}: ${sqlite.prepare(`SELECT COUNT(*) FROM "Quote"`).pluck().get()} quotes, ${sqlite.prepare(`SELECT COUNT(*) FROM "Actor"`).pluck().get()} actors`,
    );
    console.log(`  words (titles holding them): ${counts.join(", ")}`);
    for (const [set, words] of [
      ["frequent", frequent],
      ["rare", rare],
    ] as const) {
      for (const name of STATEMENTS) {
        const before = sqlite.prepare(BEFORE[name]);
        const after = (w: string): Prisma.Sql => {
          const st = searchStatements(db, w, LIMIT);
          if (!st?.exactActors) throw new Error(`no search statements for "${w}"`);
          return {
            "exact actors": st.exactActors,
            "actors by words": st.actors,
            quotes: st.quotes,
            articles: st.articles,
          }[name];
        };
        const prepared = new Map<string, Database.Statement>();
        const runAfter = (w: string) => {
          const s = after(w);
          const stmt = prepared.get(s.sql) ?? prepared.set(s.sql, sqlite.prepare(s.sql)).get(s.sql)!;
          return stmt.all(...s.values);
        };
        const b = summarize(await timeEach(words, repeat, (w) => before.all(...beforeParams(name, w))));
        const a = summarize(await timeEach(words, repeat, runAfter));
        rows.push([String(n), set, name, formatMs(b.mean), formatMs(b.p99), formatMs(a.mean), formatMs(a.p99)]);
        if (set === "frequent") {
          const w = frequent[0]!;
          const s = after(w);
          const pb = plan(sqlite, BEFORE[name], beforeParams(name, w));
          const pa = plan(sqlite, s.sql, s.values);
          console.log(`  plan of "${name}" for "${w}"\n    before: ${pb.join(" | ")}\n    after:  ${pa.join(" | ")}`);
          const list = (lines: string[]) => (lines.length ? lines.join("; ") : "none");
          console.log(`    full scans before: ${list(fullScans(pb))}; after: ${list(fullScans(pa))}`);
        }
      }
      const b = summarize(await timeEach(words, repeat, (w) => searchAllLike(db, w, LIMIT)));
      const a = summarize(await timeEach(words, repeat, (w) => searchAll(db, w, LIMIT)));
      rows.push([
        String(n),
        set,
        "whole search (Prisma)",
        formatMs(b.mean),
        formatMs(b.p99),
        formatMs(a.mean),
        formatMs(a.p99),
      ]);
    }
  } finally {
    sqlite.close();
    await db.$disconnect();
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { n: { type: "string", default: "2000,20000" }, repeat: { type: "string", default: "5" } },
  });
  const sizes = values.n.split(",").map(Number);
  const repeat = Number(values.repeat);
  if (!sizes.every((s) => Number.isInteger(s) && s > 0))
    throw new Error(`--n must be comma-separated positive integers, got ${JSON.stringify(values.n)}`);
  if (!Number.isInteger(repeat) || repeat < 1)
    throw new Error(`--repeat must be a positive integer, got ${JSON.stringify(values.repeat)}`);
  console.log(describeMachine());
  const rows: string[][] = [];
  for (const n of sizes) rows.push(...(await benchOne(n, repeat)));
  console.log(
    `\nms per statement, ${repeat} runs per word after one warm-up, limit ${LIMIT} (before: LIKE scans; after: full-text indexes)`,
  );
  console.log(formatTable(["N", "words", "statement", "before mean", "before p99", "after mean", "after p99"], rows));
  console.log(describeMachine());
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
