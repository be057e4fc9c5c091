/**
 * Relay connections: `first/after/last/before` become a page request, a page of
 * rows becomes edges, nodes, pageInfo and a lazily counted `totalCount`.
 */
import { badInput } from "@/graphql/errors.ts";
import type { Page, PageRequest } from "@/lib/db/queries/page-request.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";

/** Largest page a client may ask for, as on GitHub's API. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Standard connection arguments. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One edge; `extra` fields (e.g. sharedArticles) sit beside cursor and node. */
export type Edge<T, X = object> = { cursor: string; node: T } & X;

/** A connection as resolvers return it; `totalCount` runs only when asked for. */
export interface Connection<T, X = object> {
  edges: Edge<T, X>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

function checkSize(n: number | null | undefined, name: string): number | null {
  if (n === null || n === undefined) return null;
  if (!Number.isInteger(n) || n < 0) throw badInput(`\`${name}\` must be a non-negative integer, got ${n}.`, name);
  if (n > MAX_PAGE_SIZE)
    throw badInput(`Requesting ${n} records exceeds the \`${name}\` limit of ${MAX_PAGE_SIZE} records.`, name);
  return n;
}

/** Validates connection arguments for a list in `order` and turns them into a page request. */
export function toPageRequest(args: ConnectionArgs, order: string): PageRequest {
  const first = checkSize(args.first, "first");
  const last = checkSize(args.last, "last");
  if (first !== null && last !== null)
    throw badInput(
      "Passing both `first` and `last` is not supported; page forwards with first/after or backwards with last/before.",
      "last",
    );
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    backward: last !== null,
    after: args.after ? decodeCursor(args.after, order, "after") : null,
    before: args.before ? decodeCursor(args.before, order, "before") : null,
  };
}

/** Builds a connection from a page read for `request` in `order`. */
export function toConnection<T, X = object>(
  page: Page<T>,
  request: PageRequest,
  order: string,
  totalCount: () => Promise<number>,
  extra?: (row: T, index: number) => X,
): Connection<T, X> {
  // cursors are encoded when a field reads them: most operations ask for nodes alone
  const cursorOf = (i: number) => {
    const r = page.rows[i];
    return r ? encodeCursor(order, r.key) : null;
  };
  const edges = page.rows.map((r, i) => ({
    get cursor() {
      return cursorOf(i)!;
    },
    node: r.row,
    ...(extra ? extra(r.row, i) : ({} as X)),
  }));
  return {
    edges,
    nodes: page.rows.map((r) => r.row),
    pageInfo: {
      // the far side of a cursor is assumed non-empty, as Relay allows when checking it would cost a query
      hasNextPage: request.backward ? request.before !== null : page.hasMore,
      hasPreviousPage: request.backward ? page.hasMore : request.after !== null,
      get startCursor() {
        return cursorOf(0);
      },
      get endCursor() {
        return cursorOf(page.rows.length - 1);
      },
    },
    totalCount: memo(totalCount),
  };
}

function memo<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= fn());
}
