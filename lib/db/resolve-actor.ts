import type { ActorType } from "../extraction/types.ts";
import { normalizeKey, slugify } from "../text/normalize-key.ts";
import type { Db } from "./client.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Actors resolved during one article's save, by type and normalised name. */
export type ActorCache = Map<string, number>;

/** An actor as one extraction names it. */
export interface ActorInput {
  name: string;
  type: ActorType;
  aliases: string[];
  title: string | null;
}

/** Words too common to identify a person on their own ("Khan" may be many people). */
function isIdentifyingAlias(norm: string, type: ActorType): boolean {
  if (type !== "PERSON") return norm.length > 1;
  return norm.includes(" ");
}

/**
 * The id of the stored actor this extraction's actor is, creating it if new.
 * Same type and the same normalised canonical name is the same actor; so is a
 * multi-word alias or name that an existing actor of the same type already carries.
 * A bare surname alone never merges two people.
 */
export async function resolveActor(tx: Tx, a: ActorInput, cache: ActorCache): Promise<number> {
  const norm = normalizeKey(a.name);
  const key = `${a.type}|${norm}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const byName = await tx.actor.findFirst({ where: { nameNorm: norm, type: a.type }, select: { id: true, name: true } });
  let id = byName?.id;
  if (id === undefined) {
    const keys = [norm, ...a.aliases.map(normalizeKey)].filter((k) => isIdentifyingAlias(k, a.type));
    const hit = keys.length
      ? await tx.actorAlias.findFirst({ where: { norm: { in: keys }, actor: { type: a.type } }, select: { actorId: true }, orderBy: { actorId: "asc" } })
      : null;
    id = hit?.actorId;
  }
  if (id === undefined) {
    id = (await tx.actor.create({ data: { name: a.name, nameNorm: norm, slug: await freeSlug(tx, a.name), type: a.type, title: a.title }, select: { id: true } })).id;
  } else if (a.title) {
    await tx.actor.updateMany({ where: { id, title: null }, data: { title: a.title } });
  }
  await addAliases(tx, id, [a.name, ...a.aliases]);
  cache.set(key, id);
  return id;
}

/** Records names as aliases of an actor, skipping those it already has. */
export async function addAliases(tx: Tx, actorId: number, names: string[]): Promise<void> {
  const existing = new Set((await tx.actorAlias.findMany({ where: { actorId }, select: { norm: true } })).map((r) => r.norm));
  const fresh = new Map<string, string>();
  for (const n of names) {
    const norm = normalizeKey(n);
    if (norm && !existing.has(norm) && !fresh.has(norm)) fresh.set(norm, n);
  }
  if (fresh.size) await tx.actorAlias.createMany({ data: [...fresh].map(([norm, alias]) => ({ actorId, alias, norm })) });
}

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set((await tx.actor.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
