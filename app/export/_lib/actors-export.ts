/** The actors export: `Query.actors` with its arguments, plus the actors page's `q`, `type` and `sort`; one row per actor. */
import { ACTOR_FILTER_RULES } from "@/app/_components/filter-errors.ts";
import type { ExportActorsQuery } from "@/app/_generated/operations.ts";
import { orderParam, TEXT, type ExportParam } from "./export-filters.ts";
import { pageOf, pageQuery, type ConnectionData, type ExportList } from "./export-list.ts";

/** The fields one actor row is built from. */
export type ActorNode = ExportActorsQuery["actors"]["nodes"][number];

const ACTORS_QUERY = `query ExportActors($search: String, $type: ActorType, $orderBy: ActorOrder, $first: Int, $after: String) {
  actors(search: $search, type: $type, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id slug name type title aliases quoteCount firstSeen lastSeen }
  }
}`;

// the page's sort names, as the actors page maps them to the API's order
const SORT_ORDERS: Record<string, { field: string; direction: string }> = {
  quotes: { field: "QUOTE_COUNT", direction: "DESC" },
  name: { field: "NAME", direction: "ASC" },
  recent: { field: "LAST_SEEN", direction: "DESC" },
};

const PARAMS: Record<string, ExportParam> = {
  q: { ...TEXT, variable: "search" },
  search: { ...TEXT, variable: "search" },
  type: { ...ACTOR_FILTER_RULES.type!, variable: "type" },
  sort: { ...ACTOR_FILTER_RULES.sort!, variable: "orderBy", toVariable: (v) => SORT_ORDERS[v] },
  orderBy: orderParam(["QUOTE_COUNT", "NAME", "LAST_SEEN"]),
};

/** Actors, one row per actor, most quoted first unless sorted otherwise. */
export const actorsExport: ExportList<ActorNode> = {
  name: "actors",
  params: PARAMS,
  async fetchPage(variables, after, size, run) {
    const d = await run<{ actors: ConnectionData<ActorNode> }>(pageQuery(ACTORS_QUERY, after), {
      ...variables,
      first: size,
      after,
    });
    return pageOf(d.actors);
  },
  columns: [
    { name: "actor_id", value: (a) => a.id },
    { name: "slug", value: (a) => a.slug },
    { name: "name", value: (a) => a.name },
    { name: "type", value: (a) => a.type },
    { name: "title", value: (a) => a.title },
    { name: "aliases", value: (a) => a.aliases },
    { name: "quote_count", value: (a) => a.quoteCount },
    { name: "first_seen", value: (a) => a.firstSeen },
    { name: "last_seen", value: (a) => a.lastSeen },
    { name: "explorer_url", value: (a, c) => `${c.origin}/actors/${encodeURIComponent(a.slug)}` },
  ],
};
