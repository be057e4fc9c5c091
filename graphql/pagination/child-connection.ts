/** Connections of nested lists (an actor's quotes, an article's mentions), read through loaders. */
import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "@/graphql/context.ts";
import type { ChildList } from "@/graphql/loaders.ts";
import { CHILD_JOINS } from "@/lib/db/queries/find-child-pages.ts";
import { toConnection, toPageRequest, type Connection, type ConnectionArgs } from "./connection.ts";
import { joinsAsked, primeJoined } from "./joined-rows.ts";
import { selectsField } from "./selects-field.ts";

/** Loads a row by id through a request loader. */
type RowLoader<T> = { load(id: number): Promise<T | null> };
/** A DataLoader's `prime`, which takes a row read along with the page. */
type Primer = { prime?(id: number, row: unknown): unknown };

/**
 * One parent's page of a nested list: ids and their rows come from one batched window
 * query (rows primed into the id loader), so siblings share statements. `extra` adds edge fields from the sort key;
 * with `info`, the children are counted only when the operation asks for totalCount, and the
 * rows the children point to that the nodes ask for (a quote's article) come in the same statement.
 */
export async function childConnection<T, X = object>(
  ctx: GraphQLContext,
  list: ChildList,
  parentId: number,
  args: ConnectionArgs,
  rows: RowLoader<T>,
  extra?: (k: number) => X,
  info?: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
): Promise<Connection<T, X>> {
  const request = toPageRequest(args, list);
  const page = await ctx.loaders.childPage(list).load({
    parentId,
    page: request,
    withTotal: info ? selectsField(info, "totalCount") : true,
    joins: joinsAsked(info, CHILD_JOINS[list]).map((j) => j.as),
  });
  // the page carries its rows: primed, the loader answers without a statement (and later asks reuse them)
  for (const r of page.rows) if (r.data) (rows as Primer).prime?.(r.row, r.data);
  primeJoined(
    ctx,
    page.rows.map((r) => r.joined),
  );
  const loaded = await Promise.all(page.rows.map((r) => rows.load(r.row)));
  // a row deleted between the two reads is skipped rather than returned as null
  const present = page.rows.flatMap((r, i) => (loaded[i] ? [{ row: loaded[i]!, key: r.key }] : []));
  const keys = new Map(present.map((r) => [r.row, Number(r.key.k)]));
  return toConnection(
    { rows: present, hasMore: page.hasMore },
    request,
    list,
    page.total !== undefined ? () => Promise.resolve(page.total!) : () => ctx.loaders.childCount(list).load(parentId),
    extra ? (row) => extra(keys.get(row)!) : undefined,
  );
}
