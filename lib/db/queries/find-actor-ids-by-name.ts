import { isHonorific } from "../../extraction/lexicon/honorifics.ts";
import { normalizeKey } from "../../text/normalize-key.ts";
import { Prisma } from "../../../generated/sqlite/client.ts";
import type { Db } from "../client.ts";
import { tablesOf } from "./sql-tables.ts";

/** Most actors a name filter may expand to, so a one-letter name cannot fan a query out. */
const MAX_MATCHES = 200;

/** The matching keys of a typed name: its normalised form and the form without leading honorifics. */
export function nameKeys(name: string): string[] {
  const norm = normalizeKey(name);
  const words = norm.split(" ");
  let i = 0;
  while (i < words.length - 1 && isHonorific(words[i]![0]!.toUpperCase() + words[i]!.slice(1))) i++;
  const stripped = words.slice(i).join(" ");
  return [...new Set([norm, stripped])].filter(Boolean);
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
  const t = tablesOf(db);
  const exact = await db.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM ${t.Actor} WHERE "nameNorm" IN (${Prisma.join(keys)})
    UNION SELECT "actorId" FROM ${t.ActorAlias} WHERE "norm" IN (${Prisma.join(keys)})
    ORDER BY 1 LIMIT ${MAX_MATCHES}`;
  if (exact.length) return exact.map((a) => Number(a.id));
  // normalised keys hold only letters, digits and spaces, so `contains` cannot meet a LIKE wildcard
  const phrase = keys.at(-1)!;
  const partial = await db.actor.findMany({
    where: { OR: [{ nameNorm: { contains: phrase } }, { aliases: { some: { norm: { contains: phrase } } } }] },
    select: { id: true, nameNorm: true, aliases: { select: { norm: true } } },
    orderBy: { id: "asc" },
    take: MAX_MATCHES * 5,
  });
  // whole words only: "atma" must not find "atmar"
  const padded = ` ${phrase} `;
  return partial
    .filter((a) => [a.nameNorm, ...a.aliases.map((x) => x.norm)].some((n) => ` ${n} `.includes(padded)))
    .slice(0, MAX_MATCHES)
    .map((a) => a.id);
}
