import {
  isBareSurname,
  isIdentifyingName,
  isSameActor,
  type ActorIdentity,
  type SameActorEvidence,
} from "@/lib/extraction/actors/is-same-actor.ts";
import type { ExtractedActor } from "@/lib/extraction/extracted-article.ts";
import type { ActorType } from "@/lib/extraction/types.ts";
import { normalizeKey, slugify } from "@/lib/text/normalize-key.ts";
import type { Db } from "./client.ts";
import { insert, query, queryIn, sqlDate, toInt, type WriteSteps } from "./write/steps.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** A stored actor an index found for a name, as isSameActor compares it. */
interface StoredActor {
  id: number;
  title: string | null;
  /** Its normalised name and the stored alias that was found. */
  identity: ActorIdentity;
}

/**
 * The key an actor is stored and matched under: its normalised name, except for
 * anonymous sources, which are scoped to their article ("senior us official#a12")
 * so two articles' unnamed officials stay two actors.
 */
export function matchKeyOf(a: Pick<ExtractedActor, "name" | "type">, scope: string): string {
  const norm = normalizeKey(a.name);
  return a.type === "ANONYMOUS" ? `${norm}#${scope}` : norm;
}

/**
 * The stored actor id of each extracted actor (by its key in the article), creating the new ones.
 * The name and alias indexes find candidates (same type, the same normalised name, or an
 * identifying name a stored actor carries); isSameActor (lib/extraction/actors), the rule an
 * article's own actors follow too, decides. A bare surname joins the one stored person
 * carrying it, never one of several. A fixed number of queries per article.
 * Write steps (lib/db/write): runs inside the article's transaction.
 */
export function* resolveActors(actors: ExtractedActor[], scope: string, now: Date): WriteSteps<Map<string, number>> {
  const ids = new Map<string, number>();
  if (!actors.length) return ids;
  const norms = actors.map((a) => matchKeyOf(a, scope));
  const nameKeys = [...new Set(norms)];
  const byName = yield* queryIn<{ id: number; nameNorm: string; type: ActorType; title: string | null }>(
    nameKeys,
    (list) => `SELECT "id", "nameNorm", "type", "title" FROM "Actor" WHERE "nameNorm" IN (${list})`,
  );
  const nameHit = new Map<string, StoredActor>(
    byName.map((r) => [
      `${r.type}|${r.nameNorm}`,
      { id: toInt(r.id), title: r.title, identity: { name: r.nameNorm, type: r.type, aliases: [] } },
    ]),
  );

  // anonymous sources are never looked up by alias: each article's source is its own
  const named = actors.filter((a) => a.type !== "ANONYMOUS");
  const aliasKeys = [
    ...new Set(
      named.flatMap((a) =>
        [a.name, ...a.aliases]
          .map(normalizeKey)
          .filter((k) => isIdentifyingName(k, a.type) || isBareSurname(k, a.type)),
      ),
    ),
  ];
  const aliasRows = aliasKeys.length
    ? // chunked by key, so each key's rows come in actor order
      yield* queryIn<{ norm: string; actorId: number; nameNorm: string; type: ActorType; title: string | null }>(
        aliasKeys,
        // the actor's columns by primary key per alias row, not a join: PostgreSQL misjudged the
        // join (norms that thousands of anonymous sources share skew its estimate) and hashed the
        // whole Actor table on every article, a cost that grew with the database
        (list) =>
          `SELECT al."norm", al."actorId", (SELECT a."nameNorm" FROM "Actor" a WHERE a."id" = al."actorId") AS "nameNorm", (SELECT a."type" FROM "Actor" a WHERE a."id" = al."actorId") AS "type", (SELECT a."title" FROM "Actor" a WHERE a."id" = al."actorId") AS "title" FROM "ActorAlias" al WHERE al."norm" IN (${list}) ORDER BY al."actorId"`,
      )
    : [];
  const aliasHit = new Map<string, StoredActor>();
  const surnameOwners = new Map<string, Set<number>>();
  for (const r of aliasRows) {
    const key = `${r.type}|${r.norm}`;
    const actorId = toInt(r.actorId);
    const identity = { name: r.nameNorm, type: r.type, aliases: [r.norm] };
    if (!aliasHit.has(key)) aliasHit.set(key, { id: actorId, title: r.title, identity });
    if (isBareSurname(r.norm, r.type)) surnameOwners.set(r.norm, (surnameOwners.get(r.norm) ?? new Set()).add(actorId));
  }

  const missing: { input: ExtractedActor; norm: string }[] = [];
  const titles = new Map<number, string>();
  actors.forEach((a, i) => {
    const norm = norms[i]!;
    // an anonymous source is found again only under its article-scoped key (its article re-ingested):
    // the identity rule never makes two sources one
    const hit = a.type === "ANONYMOUS" ? nameHit.get(`${a.type}|${norm}`) : findSame(a, norm);
    if (!hit) return missing.push({ input: a, norm });
    ids.set(a.key, hit.id);
    // a title learnt later fills the gap, never overwrites what an earlier article said
    if (a.title && !hit.title) titles.set(hit.id, a.title);
  });
  // the stored actors an index finds for a name are candidates; isSameActor decides, the name first, then
  // its identifying names in order (each one's first stored actor), then a bare surname
  function findSame(a: ExtractedActor, norm: string): StoredActor | undefined {
    const same = (hit: StoredActor | undefined, evidence?: SameActorEvidence) =>
      hit && isSameActor(a, hit.identity, evidence) ? hit : undefined;
    const byName = same(nameHit.get(`${a.type}|${norm}`));
    if (byName) return byName;
    const byAlias = [norm, ...a.aliases.map(normalizeKey)]
      .filter((k) => isIdentifyingName(k, a.type))
      .map((k) => same(aliasHit.get(`${a.type}|${k}`)))
      .find(Boolean);
    if (byAlias || !isBareSurname(norm, a.type)) return byAlias;
    // an article naming someone only by surname joins the one stored person with it, never one of several
    return same(aliasHit.get(`PERSON|${norm}`), { isSoleSurnameBearer: surnameOwners.get(norm)?.size === 1 });
  }
  for (const [id, title] of titles)
    yield* query(`UPDATE "Actor" SET "title" = ?, "updatedAt" = ? WHERE "id" = ? AND "title" IS NULL`, [
      title,
      sqlDate(now),
      id,
    ]);
  yield* createActors(missing, ids, now);
  yield* addAliasSteps(actors.map((a) => ({ actorId: ids.get(a.key)!, names: [a.name, ...a.aliases] })));
  return ids;
}

/** Creates actors not found, with free slugs, in one insert; two inputs with the same key become one actor. */
function* createActors(
  missing: { input: ExtractedActor; norm: string }[],
  ids: Map<string, number>,
  now: Date,
): WriteSteps<void> {
  const unique = new Map<string, { input: ExtractedActor; norm: string }>();
  for (const m of missing) if (!unique.has(`${m.input.type}|${m.norm}`)) unique.set(`${m.input.type}|${m.norm}`, m);
  if (!unique.size) return;
  const bases = [...unique.values()].map((m) => slugify(m.input.name));
  const taken = yield* findTakenSlugs(bases);
  const rows = [...unique.values()].map((m, i) => {
    let slug = bases[i]!;
    for (let k = 2; taken.has(slug); k++) slug = `${bases[i]}-${k}`;
    taken.add(slug);
    return [m.input.name, m.norm, slug, m.input.type, m.input.title, sqlDate(now), sqlDate(now)];
  });
  const created = yield* insert(
    "Actor",
    ["name", "nameNorm", "slug", "type", "title", "createdAt", "updatedAt"],
    rows,
    { returnIds: true },
  );
  const idByKey = new Map([...unique.keys()].map((k, i) => [k, created[i]!]));
  for (const m of missing) ids.set(m.input.key, idByKey.get(`${m.input.type}|${m.norm}`)!);
}

/** Slugs tried by their unique index before a prefix scan: "khan", "khan-2" … "khan-10". */
const SLUG_CANDIDATES = 10;

/**
 * The stored slugs that new actors with these base slugs could collide with: each base's
 * first candidates by the unique index, and only for a base with too few of them free,
 * every stored slug starting with it (a scan).
 */
function* findTakenSlugs(bases: string[]): WriteSteps<Set<string>> {
  const need = new Map<string, number>();
  for (const b of bases) need.set(b, (need.get(b) ?? 0) + 1);
  const candidates = (b: string) => [b, ...Array.from({ length: SLUG_CANDIDATES - 1 }, (_, i) => `${b}-${i + 2}`)];
  const all = [...need.keys()].flatMap(candidates);
  const taken = new Set(
    (yield* queryIn<{ slug: string }>(all, (list) => `SELECT "slug" FROM "Actor" WHERE "slug" IN (${list})`)).map(
      (r) => r.slug,
    ),
  );
  let crowded = [...need].filter(([b, n]) => candidates(b).filter((c) => !taken.has(c)).length < n).map(([b]) => b);
  if (!crowded.length) return taken;
  // numbered slugs are handed out in order, so a crowded base's next free numbers sit just past its
  // count: count them (an index-only count on PostgreSQL) and look the next candidates up by the
  // unique index, instead of reading back every slug of the base (thousands for a common anonymous
  // source, a cost that grew with the database); only a base with gaps falls back to the scan
  const escape = (b: string) => `${b.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`;
  const counts = new Map<string, number>();
  for (const b of crowded) {
    const [row] = yield* query<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "Actor" WHERE "slug" LIKE ? ESCAPE '\\'`, [
      escape(b),
    ]);
    counts.set(b, toInt(row?.n ?? 0));
  }
  const next = (b: string) =>
    Array.from({ length: need.get(b)! + SLUG_CANDIDATES }, (_, i) => `${b}-${counts.get(b)! + 2 + i}`);
  const probed = new Set(
    (yield* queryIn<{ slug: string }>(
      crowded.flatMap(next),
      (list) => `SELECT "slug" FROM "Actor" WHERE "slug" IN (${list})`,
    )).map((r) => r.slug),
  );
  const settled = crowded.filter((b) => next(b).filter((c) => !probed.has(c)).length >= need.get(b)!);
  for (const b of settled) {
    // every number below the probed window counts as taken: the allocator starts past them
    for (let k = 2; k < counts.get(b)! + 2; k++) taken.add(`${b}-${k}`);
    for (const c of next(b)) if (probed.has(c)) taken.add(c);
  }
  crowded = crowded.filter((b) => !settled.includes(b));
  if (!crowded.length) return taken;
  for (let at = 0; at < crowded.length; at += 100) {
    const some = crowded.slice(at, at + 100);
    const rows = yield* query<{ slug: string }>(
      `SELECT "slug" FROM "Actor" WHERE ${some.map(() => `"slug" LIKE ? ESCAPE '\\'`).join(" OR ")}`,
      some.map((b) => `${b.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    );
    for (const r of rows) taken.add(r.slug);
  }
  return taken;
}

/** The aliases to add: each name's normalised form not yet recorded for its actor, once. */
export function freshAliases(
  items: { actorId: number; names: string[] }[],
  existing: Set<string>,
): { actorId: number; alias: string; norm: string }[] {
  const fresh = new Map<string, { actorId: number; alias: string; norm: string }>();
  for (const { actorId, names } of items) {
    for (const alias of names) {
      const norm = normalizeKey(alias);
      const key = `${actorId}|${norm}`;
      if (norm && !existing.has(key) && !fresh.has(key)) fresh.set(key, { actorId, alias, norm });
    }
  }
  return [...fresh.values()];
}

/** Records names as aliases of their actors in one insert; one already there (same actor, same normalised form) is kept as it is. */
function* addAliasSteps(items: { actorId: number; names: string[] }[]): WriteSteps<void> {
  const rows = freshAliases(items, new Set()).map((f) => [f.actorId, f.alias, f.norm]);
  yield* insert("ActorAlias", ["actorId", "alias", "norm"], rows, { ignoreDuplicates: true });
}

/** Records names as aliases of one actor, inside a Prisma transaction (merging actors); the normalised forms it added. */
export async function addAliases(tx: Tx, actorId: number, names: string[]): Promise<string[]> {
  const existing = new Set(
    (await tx.actorAlias.findMany({ where: { actorId }, select: { actorId: true, norm: true } })).map(
      (r) => `${r.actorId}|${r.norm}`,
    ),
  );
  const fresh = freshAliases([{ actorId, names }], existing);
  if (fresh.length) await tx.actorAlias.createMany({ data: fresh });
  return fresh.map((f) => f.norm);
}
