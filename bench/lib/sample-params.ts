/**
 * Real values to put in benchmark requests, read from the benchmark database:
 * speaker names, actor and article slugs, title words, event date ranges.
 */
import Database from "better-sqlite3";

/** Values the request mixes draw from; every list is non-empty for a filled database. */
export interface MixParams {
  speakers: string[];
  actorSlugs: string[];
  articleSlugs: string[];
  words: string[];
  /** Partial ISO date ranges ("2015" to "2015", "2015-03" to "2015-05"). */
  ranges: { from: string; to: string }[];
}

/** Most values of each list kept; enough variety that caches do not flatter. */
const MAX_VALUES = 500;

/** Most frequent title words of at least five letters, so every search has hits. */
function titleWords(titles: string[], max: number): string[] {
  const counts = new Map<string, number>();
  for (const t of titles)
    for (const w of t.split(" ")) if (w.length >= 5 && /^\p{L}+$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([w]) => w);
}

/** Whole years and three-month spans across the years events are dated in. */
function dateRanges(minYear: number, maxYear: number): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (let y = minYear; y <= maxYear; y++) {
    out.push({ from: String(y), to: String(y) });
    for (const m of [1, 4, 7, 10])
      out.push({ from: `${y}-${String(m).padStart(2, "0")}`, to: `${y}-${String(m + 2).padStart(2, "0")}` });
  }
  return out;
}

/** Reads the request parameters from the SQLite file `dbFile` (opened read-only). */
export function readMixParams(dbFile: string): MixParams {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const column = (sql: string) => db.prepare(sql).pluck().all(MAX_VALUES) as string[];
    const years = db
      .prepare(
        `SELECT MIN(substr("date", 1, 4)) AS lo, MAX(substr("date", 1, 4)) AS hi FROM "Event" WHERE "date" IS NOT NULL`,
      )
      .get() as { lo: string | null; hi: string | null };
    const params: MixParams = {
      speakers: column(
        `SELECT "name" FROM "Actor" WHERE "id" IN (SELECT DISTINCT "speakerId" FROM "Quote") ORDER BY "id" LIMIT ?`,
      ),
      actorSlugs: column(`SELECT "slug" FROM "Actor" ORDER BY "id" LIMIT ?`),
      articleSlugs: column(`SELECT "slug" FROM "Article" ORDER BY "id" LIMIT ?`),
      words: titleWords(column(`SELECT "titleNorm" FROM "Article" ORDER BY "id" LIMIT ?`), 50),
      ranges: years.lo && years.hi ? dateRanges(Number(years.lo), Number(years.hi)) : [],
    };
    const empty = Object.entries(params)
      .filter(([, v]) => !(v as unknown[]).length)
      .map(([k]) => k);
    if (empty.length) throw new Error(`${dbFile} has no values for ${empty.join(", ")}; is the corpus ingested?`);
    return params;
  } finally {
    db.close();
  }
}

/** The value of `list` for the i-th request: a fixed scatter (Knuth's multiplicative hash), the same in every run. */
export function pickFor<T>(list: readonly T[], i: number): T {
  return list[(Math.imul(i + 1, 2654435761) >>> 0) % list.length]!;
}
