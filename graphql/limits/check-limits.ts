/**
 * Query limits checked before execution: depth, aliases and a GitHub-like cost
 * (nodes a query may return: each connection's page size times those above it).
 */
import { apiError } from "@/graphql/errors.ts";
import { DEFAULT_PAGE_SIZE } from "@/graphql/pagination/connection.ts";
import { MAX_LINKS } from "@/graphql/resolvers/max-links.ts";
import { measureSelections, type MeasuredField, type OperationMeasure, type WalkInput } from "./walk-operation.ts";

/** The limits, tuned so the explorer's deepest page fits with room to spare. */
export const LIMITS = Object.freeze({
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  /** Most nodes one query may ask for; GitHub allows 500,000 over a far larger graph. */
  maxNodes: 50_000,
});

const LINK_LISTS = new Set(["quotes", "events", "reports"]);

/** How many items a field may return per parent: connection page sizes, search limits, node id lists. */
export function pageSizeOf(field: MeasuredField): number {
  const { args: a, type } = field;
  if (type.name.endsWith("Connection")) return Number(a.first ?? a.last ?? DEFAULT_PAGE_SIZE) || 0;
  if (type.name === "SearchResults") return 3 * (Number(a.limit ?? 10) || 0);
  if (field.node.name.value === "nodes" && Array.isArray(a.ids)) return a.ids.length;
  // bounded plain lists (Event.quotes, Event.reports, Quote.events) count at their cap
  if ((type.name === "Quote" || type.name === "Event") && LINK_LISTS.has(field.node.name.value)) return MAX_LINKS;
  return 1;
}

/** Facts about an operation that the limits bound: depth, aliases, nodes, and the field visits measuring took. */
export type QueryShape = OperationMeasure;

/** Measures an operation's depth (introspection excluded), aliases (introspection included) and the nodes it may return. */
export function measureOperation(input: WalkInput): QueryShape {
  return measureSelections(input, pageSizeOf);
}

/** Throws the error of the first limit an operation exceeds. */
export function checkLimits(input: WalkInput): void {
  const s = measureOperation(input);
  const http = { http: { status: 400 } };
  if (s.depth > LIMITS.maxDepth)
    throw apiError("QUERY_TOO_DEEP", `Query depth ${s.depth} exceeds the maximum depth of ${LIMITS.maxDepth}.`, {
      ...http,
      depth: s.depth,
      maxDepth: LIMITS.maxDepth,
    });
  if (s.aliases > LIMITS.maxAliases)
    throw apiError("TOO_MANY_ALIASES", `Query uses ${s.aliases} aliases; the maximum is ${LIMITS.maxAliases}.`, {
      ...http,
      aliases: s.aliases,
      maxAliases: LIMITS.maxAliases,
    });
  if (s.nodes > LIMITS.maxNodes) {
    throw apiError(
      "QUERY_TOO_COMPLEX",
      `Query could return ${s.nodes} nodes, over the limit of ${LIMITS.maxNodes}; ask for smaller pages (first/last) in nested connections.`,
      { ...http, nodes: s.nodes, maxNodes: LIMITS.maxNodes },
    );
  }
}
