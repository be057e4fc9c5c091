import type { Key, KeyValue, Page, PageRequest } from "./page-request.ts";

/** How a list is ordered: an optional sort column (path through relations) and the id tiebreak. */
export interface SortSpec {
  /** Column path, e.g. ["publishedAt"] or ["article", "publishedAt"]; null orders by id alone. */
  path: string[] | null;
  direction: "asc" | "desc";
  /** Nullable columns sort their nulls last in the list's direction. */
  nullable: boolean;
}

type Where = Record<string, unknown>;

function nest(path: string[], leaf: unknown): Where {
  return path.reduceRight<unknown>((acc, p) => ({ [p]: acc }), leaf) as Where;
}

/** Prisma orderBy for a sort, reversed when reading a list from its end. */
export function keysetOrderBy(sort: SortSpec, reversed: boolean): Where[] {
  const flip = (d: "asc" | "desc") => (d === "asc" ? "desc" : "asc");
  const dir = reversed ? flip(sort.direction) : sort.direction;
  const id = { id: dir };
  if (!sort.path) return [id];
  // nulls stay last in list order, so they come first when read backwards
  const leaf = sort.nullable ? { sort: dir, nulls: reversed ? "first" : "last" } : dir;
  return [nest(sort.path, leaf), id];
}

/** Rows strictly after (`side` "after") or before a key in list order, as a Prisma where. */
export function keysetWhere(sort: SortSpec, key: Key, side: "after" | "before"): Where {
  const forward = (side === "after") === (sort.direction === "desc");
  const op = forward ? "lt" : "gt";
  const idCmp = { id: { [op]: key.id } };
  if (!sort.path) return idCmp;
  const col = (cond: unknown) => nest(sort.path!, cond);
  if (key.k === null) {
    // the key sits among the trailing nulls
    return side === "after" ? { AND: [col(null), idCmp] } : { OR: [col({ not: null }), { AND: [col(null), idCmp] }] };
  }
  const ties = { AND: [col(key.k), idCmp] };
  const or: Where[] = [col({ [op]: key.k }), ties];
  if (sort.nullable && side === "after") or.push(col(null));
  return { OR: or };
}

/** Reads one page of a Prisma model ordered by `sort`, fetching one extra row to learn whether more exist. */
export async function findKeysetPage<T>(opts: {
  findMany: (args: { where: Where; orderBy: Where[]; take: number }) => Promise<T[]>;
  where: Where;
  sort: SortSpec;
  page: PageRequest;
  keyOf: (row: T) => KeyValue;
  idOf: (row: T) => number;
}): Promise<Page<T>> {
  const { sort, page } = opts;
  const and: Where[] = [opts.where];
  if (page.after) and.push(keysetWhere(sort, page.after, "after"));
  if (page.before) and.push(keysetWhere(sort, page.before, "before"));
  const found = await opts.findMany({ where: { AND: and }, orderBy: keysetOrderBy(sort, page.backward), take: page.limit + 1 });
  const hasMore = found.length > page.limit;
  const taken = found.slice(0, page.limit);
  if (page.backward) taken.reverse();
  return { rows: taken.map((row) => ({ row, key: { k: opts.keyOf(row), id: opts.idOf(row) } })), hasMore };
}
