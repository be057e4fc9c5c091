import type { ActorType } from "../extraction/types.ts";
import { normalizeKey, slugify } from "../text/normalize-key.ts";
import type { Db } from "./client.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** An actor as one extraction names it. */
export interface ActorInput {
  name: string;
  type: ActorType;
  aliases: string[];
  title: string | null;
}

/** A one-word person name ("Khan"): identifies someone only when nobody else stored has it. */
function isBareSurname(norm: string, type: ActorType): boolean {
  return type === "PERSON" && norm.length > 2 && !norm.includes(" ");
}

/**
 * The key an actor is stored and matched under: its normalised name, except for
 * anonymous sources, which are scoped to their article ("senior us official#a12")
 * so two articles' unnamed officials stay two actors.
 */
export function matchKeyOf(a: Pick<ActorInput, "name" | "type">, scope: string): string {
  const norm = normalizeKey(a.name);
  return a.type === "ANONYMOUS" ? `${norm}#${scope}` : norm;
}

/** Whether an alias may identify an actor on its own: for people a bare surname ("Khan") may not. */
export function isIdentifyingAlias(norm: string, type: ActorType): boolean {
  if (type !== "PERSON") return norm.length > 1;
  return norm.includes(" ");
}

/**
 * The stored actor id of each extracted actor (by name), creating the new ones.
 * Same type and the same normalised canonical name is the same actor; so is a
 * multi-word alias that an existing actor of the same type already carries.
 * A bare surname never merges two people. A fixed number of queries per article.
 */
export async function resolveActors(tx: Tx, actors: ActorInput[], scope: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (!actors.length) return ids;
  const norms = actors.map((a) => matchKeyOf(a, scope));
  const byName = await tx.actor.findMany({ where: { nameNorm: { in: [...new Set(norms)] } }, select: { id: true, nameNorm: true, type: true, title: true } });
  const nameHit = new Map(byName.map((r) => [`${r.type}|${r.nameNorm}`, r]));

  // anonymous sources are never looked up by alias: each article's source is its own
  const named = actors.filter((a) => a.type !== "ANONYMOUS");
  const aliasKeys = named.flatMap((a) => [a.name, ...a.aliases].map(normalizeKey).filter((k) => isIdentifyingAlias(k, a.type) || isBareSurname(k, a.type)));
  const aliasRows = aliasKeys.length
    ? await tx.actorAlias.findMany({ where: { norm: { in: [...new Set(aliasKeys)] } }, select: { norm: true, actorId: true, actor: { select: { type: true, title: true } } }, orderBy: { actorId: "asc" } })
    : [];
  const aliasHit = new Map<string, { id: number; title: string | null }>();
  const surnameOwners = new Map<string, Set<number>>();
  for (const r of aliasRows) {
    const key = `${r.actor.type}|${r.norm}`;
    if (!aliasHit.has(key)) aliasHit.set(key, { id: r.actorId, title: r.actor.title });
    if (isBareSurname(r.norm, r.actor.type)) surnameOwners.set(r.norm, (surnameOwners.get(r.norm) ?? new Set()).add(r.actorId));
  }

  const missing: { input: ActorInput; norm: string }[] = [];
  const titles = new Map<number, string>();
  actors.forEach((a, i) => {
    const norm = norms[i]!;
    const hit = nameHit.get(`${a.type}|${norm}`) ?? (a.type === "ANONYMOUS" ? undefined : findByAlias(a, norm));
    if (!hit) return missing.push({ input: a, norm });
    ids.set(a.name, hit.id);
    // a title learnt later fills the gap, never overwrites what an earlier article said
    if (a.title && !hit.title) titles.set(hit.id, a.title);
  });
  function findByAlias(a: ActorInput, norm: string) {
    const byAlias = [norm, ...a.aliases.map(normalizeKey)].filter((k) => isIdentifyingAlias(k, a.type)).map((k) => aliasHit.get(`${a.type}|${k}`)).find(Boolean);
    if (byAlias || !isBareSurname(norm, a.type)) return byAlias;
    // an article naming someone only by surname joins the one stored person with it, never one of several
    const owners = surnameOwners.get(norm);
    return owners?.size === 1 ? aliasHit.get(`PERSON|${norm}`) : undefined;
  }
  for (const [id, title] of titles) await tx.actor.updateMany({ where: { id, title: null }, data: { title } });
  await createActors(tx, missing, ids);
  await addAliasesBatch(tx, actors.map((a) => ({ actorId: ids.get(a.name)!, names: [a.name, ...a.aliases] })));
  return ids;
}

/** Creates actors not found, with free slugs, in one insert; two inputs with the same key become one actor. */
async function createActors(tx: Tx, missing: { input: ActorInput; norm: string }[], ids: Map<string, number>): Promise<void> {
  const unique = new Map<string, { input: ActorInput; norm: string }>();
  for (const m of missing) if (!unique.has(`${m.input.type}|${m.norm}`)) unique.set(`${m.input.type}|${m.norm}`, m);
  if (!unique.size) return;
  const bases = [...unique.values()].map((m) => slugify(m.input.name));
  const taken = new Set((await tx.actor.findMany({ where: { OR: [...new Set(bases)].map((b) => ({ slug: { startsWith: b } })) }, select: { slug: true } })).map((r) => r.slug));
  const rows = [...unique.values()].map((m, i) => {
    let slug = bases[i]!;
    for (let k = 2; taken.has(slug); k++) slug = `${bases[i]}-${k}`;
    taken.add(slug);
    return { name: m.input.name, nameNorm: m.norm, slug, type: m.input.type, title: m.input.title };
  });
  const created = await tx.actor.createManyAndReturn({ data: rows, select: { id: true, slug: true } });
  const idBySlug = new Map(created.map((c) => [c.slug, c.id]));
  const idByKey = new Map([...unique.keys()].map((k, i) => [k, idBySlug.get(rows[i]!.slug)!]));
  for (const m of missing) ids.set(m.input.name, idByKey.get(`${m.input.type}|${m.norm}`)!);
}

/** Records names as aliases of their actors, skipping those already there, in two queries. */
export async function addAliasesBatch(tx: Tx, items: { actorId: number; names: string[] }[]): Promise<void> {
  const actorIds = [...new Set(items.map((i) => i.actorId))];
  if (!actorIds.length) return;
  const existing = new Set((await tx.actorAlias.findMany({ where: { actorId: { in: actorIds } }, select: { actorId: true, norm: true } })).map((r) => `${r.actorId}|${r.norm}`));
  const fresh = new Map<string, { actorId: number; alias: string; norm: string }>();
  for (const { actorId, names } of items) {
    for (const alias of names) {
      const norm = normalizeKey(alias);
      const key = `${actorId}|${norm}`;
      if (norm && !existing.has(key) && !fresh.has(key)) fresh.set(key, { actorId, alias, norm });
    }
  }
  if (fresh.size) await tx.actorAlias.createMany({ data: [...fresh.values()] });
}

/** Records names as aliases of one actor. */
export async function addAliases(tx: Tx, actorId: number, names: string[]): Promise<void> {
  await addAliasesBatch(tx, [{ actorId, names }]);
}
