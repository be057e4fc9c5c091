/** What an exportable list is: its accepted filters, its documented columns, and how to read it page by page. */
import type { ExportParam } from "./export-filters.ts";

/** A cell: text, a number, a flag, a list (joined by "; " in CSV, an array in JSON Lines) or nothing. */
export type CellValue = string | number | boolean | null | readonly string[];

/** What a row's cells may depend on besides the node: the site's origin for explorer links. */
export interface RowContext {
  origin: string;
}

/** One column: its name (CSV header cell and JSON Lines key) and how a node gives its value. */
export interface ExportColumn<N> {
  name: string;
  value: (node: N, ctx: RowContext) => CellValue;
}

/** One page of a connection, as the export reads it. */
export interface ExportPage<N> {
  nodes: N[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** Rows matching over every page; only the first page (after = null) asks for it. */
  totalCount: number | null;
}

/** Runs one GraphQL operation in-process and returns its data (throws GraphQLOperationError). */
export type OperationRunner = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/** A list the explorer shows and the API pages, exported whole. */
export interface ExportList<N> {
  /** The file name's stem: quotes, statements, actors, events. */
  name: string;
  /** Accepted query parameters, page names and API argument names alike. */
  params: Readonly<Record<string, ExportParam>>;
  /** The columns in order; their names and meanings are documented in docs/exports.md. */
  columns: readonly ExportColumn<N>[];
  /** Turns filter variables into the operation's (e.g. an actor's slug into its id); throws ExportRequestError. */
  prepare?: (variables: Record<string, unknown>, run: OperationRunner) => Promise<Record<string, unknown>>;
  /** Reads `size` nodes after `after` (null: from the start) through the list's connection. */
  fetchPage: (
    variables: Record<string, unknown>,
    after: string | null,
    size: number,
    run: OperationRunner,
  ) => Promise<ExportPage<N>>;
}

/** A connection as the export operations select it. */
export interface ConnectionData<N> {
  nodes: N[];
  totalCount?: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The nodes and page of a GraphQL connection as an ExportPage. */
export function pageOf<N>(connection: ConnectionData<N>): ExportPage<N> {
  return {
    nodes: connection.nodes,
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
    totalCount: connection.totalCount ?? null,
  };
}

/**
 * The operation for the page after `after`: the first page asks for `totalCount`, later ones leave
 * it out, since counting scans every matching row and per page would make an export quadratic.
 */
export function pageQuery(query: string, after: string | null): string {
  return after === null ? query : query.replace(/\btotalCount\b/, "");
}
