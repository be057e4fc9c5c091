import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { queryRows } from "@/lib/db/queries/query-rows.ts";
import { TABLES } from "@/lib/db/queries/sql-tables.ts";
import { getEditDistance } from "@/lib/extraction/actors/edit-distance.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import { providerOf } from "./text-index.ts";

/** Shortest word checked for a misspelling: shorter words have too many near neighbours. */
export const MIN_SUGGEST_LENGTH = 4;
/** Names and aliases read per word from the trigram index, the most similar first. */
export const SUGGEST_CANDIDATES = 30;
/** Words of a query checked, so a long query costs a bounded number of lookups. */
const MAX_WORDS = 4;

/** Edits allowed between a typed word and a name word: one for short words, two from eight letters. */
function maxEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** The names and aliases sharing the most three-letter pieces with `word`, as stored (original casing). */
async function findSimilarNames(db: Db, word: string): Promise<string[]> {
  if (providerOf(db) === "sqlite") {
    const grams = Array.from({ length: word.length - 2 }, (_, i) => `"${word.slice(i, i + 3)}"`).join(" OR ");
    const rows = await queryRows<{ name: string }>(
      db,
      Prisma.sql`
      SELECT a."name" AS "name" FROM (SELECT rowid AS "id", rank FROM "ActorTrigramFts" WHERE "ActorTrigramFts" MATCH ${grams} ORDER BY rank LIMIT ${SUGGEST_CANDIDATES}) f JOIN ${TABLES.Actor} a ON a."id" = f."id"
      UNION ALL
      SELECT x."alias" FROM (SELECT rowid AS "id", rank FROM "ActorAliasTrigramFts" WHERE "ActorAliasTrigramFts" MATCH ${grams} ORDER BY rank LIMIT ${SUGGEST_CANDIDATES}) f JOIN ${TABLES.ActorAlias} x ON x."id" = f."id"`,
    );
    return rows.map((r) => r.name);
  }
  // pg_trgm lives in "public" (migration actor_name_trigrams); <% is "a word of the name is similar"
  const rows = await queryRows<{ name: string }>(
    db,
    Prisma.sql`
    (SELECT "name" FROM ${TABLES.Actor} WHERE ${word} OPERATOR(public.<%) "nameNorm" ORDER BY public.word_similarity(${word}, "nameNorm") DESC LIMIT ${SUGGEST_CANDIDATES})
    UNION ALL
    (SELECT "alias" FROM ${TABLES.ActorAlias} WHERE ${word} OPERATOR(public.<%) "norm" ORDER BY public.word_similarity(${word}, "norm") DESC LIMIT ${SUGGEST_CANDIDATES})`,
  );
  return rows.map((r) => r.name);
}

/** The name word nearest `word` (fewest edits, within maxEdits), in its stored casing; null when `word` is itself a name word or none is near. */
function nearestNameWord(word: string, names: string[]): string | null {
  let best: { word: string; d: number } | null = null;
  for (const name of names) {
    for (const original of name.split(/\s+/)) {
      const norm = normalizeKey(original);
      if (norm === word) return null;
      const d = getEditDistance(word, norm, maxEdits(word));
      if (d <= maxEdits(word) && (!best || d < best.d))
        best = { word: original.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""), d };
    }
  }
  return best?.word ?? null;
}

/**
 * "Did you mean": the query with each misspelt word (one or two edits from a word of an
 * actor's name or alias) replaced by that word as the name spells it, or null when no
 * word needs it. Candidates come from trigram indexes on both databases (bounded).
 */
export async function suggestSpelling(db: Db, query: string): Promise<string | null> {
  const typed = query.trim().split(/\s+/).filter(Boolean);
  let changed = false;
  const out: string[] = [];
  for (const [i, t] of typed.entries()) {
    const word = normalizeKey(t);
    if (i >= MAX_WORDS || word.length < MIN_SUGGEST_LENGTH || word.includes(" ")) {
      out.push(t);
      continue;
    }
    const near = nearestNameWord(word, await findSimilarNames(db, word));
    changed ||= near !== null;
    out.push(near ?? t);
  }
  return changed ? out.join(" ") : null;
}
