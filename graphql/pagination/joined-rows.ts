/**
 * Rows read along with a page (a quote's speaker and article): which joins the
 * operation asks for, and priming the request's loaders with what they found, so
 * the nested fields resolve without a statement of their own.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "@/graphql/context.ts";
import type { JoinedRows, RowJoin } from "@/lib/db/queries/row-columns.ts";
import { selectsNodeField } from "./selects-field.ts";

/** The joins among `joins` whose name the page's nodes select as a field (`nodes { article { … } }`). */
export function joinsAsked(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments"> | undefined,
  joins: Readonly<Record<string, RowJoin>>,
): RowJoin[] {
  return info ? Object.values(joins).filter((j) => selectsNodeField(info, j.as)) : [];
}

/** Primes the loader of each joined row by the field it stands for; a join that found no row leaves the field to its loader. */
export function primeJoined(ctx: GraphQLContext, joined: readonly (JoinedRows | undefined)[]): void {
  const loaders: Record<string, { prime(id: number, row: never): unknown }> = {
    speaker: ctx.loaders.actor,
    article: ctx.loaders.article,
  };
  for (const rows of joined)
    for (const [as, row] of Object.entries(rows ?? {})) {
      const loader = loaders[as];
      if (!loader) throw new Error(`no loader primes the joined row "${as}"`);
      if (row) loader.prime(row.id as number, row as never);
    }
}
