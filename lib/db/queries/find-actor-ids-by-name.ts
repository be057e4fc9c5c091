import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { aliasActorIdsSql, matchingIdsSql, TEXT_INDEXES } from "@/lib/db/search/text-index.ts";
import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { normalizeKey } from "@/lib/text/normalize-key.ts";
import { queryRows } from "./query-rows.ts";
import { TABLES } from "./sql-tables.ts";

/** Most actors a name filter may expand to, so a one-letter name cannot fan a query out. */
const MAX_MATCHES = 200;

/** Whether a normalised word ("mr", "president") is an honorific or rank. */
export function isHonorificWord(word: string): boolean {
  return word.length > 0 && isHonorific(word[0]!.toUpperCase() + word.slice(1));
}

/** The matching keys of a typed name: its normalised form and the form without leading honorifics. */
export function nameKeys(name: string): string[] {
  const norm = normalizeKey(name);
  const words = norm.split(" ");
  let i = 0;
  while (i < words.length - 1 && isHonorificWord(words[i]!)) i++;
  const stripped = words.slice(i).join(" ");
  return [...new Set([norm, stripped])].filter(Boolean);
}

/** Actors named exactly by one of `keys`, by name or alias: two indexed lookups, lowest id first. */
export function exactActorIdsSql(keys: string[], limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT "id" FROM ${TABLES.Actor} WHERE "nameNorm" IN (${Prisma.join(keys)})
    UNION SELECT "actorId" FROM ${TABLES.ActorAlias} WHERE "norm" IN (${Prisma.join(keys)})
    ORDER BY 1 LIMIT ${limit}`;
}

/**
 * Ids of the actors a name or alias denotes, case- and accent-insensitively:
 * exact name or alias matches ("Atmar", "Mr. Atmar") win; failing those, actors
 * whose name or an alias contains the words in order ("Hanif Atmar").
 */
export async function findActorIdsByName(db: Db, name: string): Promise<number[]> {
  const keys = nameKeys(name);
  if (!keys.length) return [];
  // the common case, on every filtered request: one raw statement over two indexes
  const exact = await queryRows<{ id: number }>(db, exactActorIdsSql(keys, MAX_MATCHES));
  if (exact.length) return exact.map((a) => Number(a.id));
  // failing those, the words in order as whole words: a phrase on the full-text indexes ("atma" must not find "atmar")
  const phrase = { terms: [{ words: keys.at(-1)!.split(" "), prefix: false }] };
  const partial = await queryRows<{ id: number }>(
    db,
    Prisma.sql`
    SELECT "id" FROM (${matchingIdsSql(db, TEXT_INDEXES.actor, phrase, MAX_MATCHES, "oldest")}) n
    UNION ${aliasActorIdsSql(db, phrase, MAX_MATCHES * 5)}
    ORDER BY 1 LIMIT ${MAX_MATCHES}`,
  );
  return partial.map((a) => Number(a.id));
}
