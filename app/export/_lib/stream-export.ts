/**
 * An export as a byte stream: the list's connection read page by page (keyset cursors, one
 * in-process GraphQL operation of at most EXPORT_BATCH_SIZE nodes per pull), each page encoded
 * and written before the next is read, so memory holds one page whatever the list's size.
 * The first page is read before the stream is handed out: bad filters fail as a status, not mid-file.
 */
import { csvHeader, csvRows, jsonlRows, type ExportFormat } from "./encode-rows.ts";
import { readExportFilters } from "./export-filters.ts";
import type { ExportList, ExportPage, OperationRunner, RowContext } from "./export-list.ts";

/** Nodes read per operation: the API's largest page, so an export costs what paging the API would. */
export const EXPORT_BATCH_SIZE = 100;
/** Most rows one export writes; past it a last line says the file is cut short. */
export const MAX_EXPORT_ROWS = 100_000;

/** How an export runs: its operation runner, the origin for explorer links, and its bounds. */
export interface ExportOptions {
  run: OperationRunner;
  origin: string;
  batchSize?: number;
  maxRows?: number;
}

/** A started export: the stream of the file and what is known before it is read. */
export interface StartedExport {
  stream: ReadableStream<Uint8Array>;
  /** Rows matching the filters (the file holds at most `maxRows` of them). */
  totalCount: number;
  maxRows: number;
  /** The filter variables the list was read with, after `prepare`. */
  variables: Record<string, unknown>;
}

/**
 * The note closing a file cut at `maxRows`: a CSV record with the message in its first cell and the
 * other `columns - 1` cells empty (as wide as the header, so strict readers accept it), or a JSON line with `truncated: true`.
 */
export function truncationNote(format: ExportFormat, maxRows: number, totalCount: number, columns = 1): string {
  const message = `# Truncated: this export stops at ${maxRows} rows of ${totalCount}; narrow the filters to export the rest.`;
  return format === "csv"
    ? csvRows([[message, ...Array<null>(Math.max(0, columns - 1)).fill(null)]])
    : `${JSON.stringify({ truncated: true, message, rowLimit: maxRows, totalCount })}\n`;
}

/** Reads the first page of `list` under the filters of `query` and returns the stream of the whole export. */
export async function startExport<N>(
  list: ExportList<N>,
  format: ExportFormat,
  query: URLSearchParams,
  options: ExportOptions,
): Promise<StartedExport> {
  const { run, batchSize = EXPORT_BATCH_SIZE, maxRows = MAX_EXPORT_ROWS } = options;
  const filters = readExportFilters(list.params, query);
  const variables = list.prepare ? await list.prepare(filters, run) : filters;
  const ctx: RowContext = { origin: options.origin };
  const names = list.columns.map((c) => c.name);
  const encode = (nodes: N[]) => {
    const rows = nodes.map((n) => list.columns.map((c) => c.value(n, ctx)));
    return format === "csv" ? csvRows(rows) : jsonlRows(names, rows);
  };
  let page: ExportPage<N> = await list.fetchPage(variables, null, Math.min(batchSize, maxRows), run);
  const totalCount = page.totalCount;
  if (totalCount === null) throw new Error(`export of ${list.name}: the first page must carry totalCount`);
  const bytes = new TextEncoder();
  let written = 0;
  let headerSent = format !== "csv";
  // highWaterMark 0: a page is read only when the reader asks for more, never ahead of a slow download
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          controller.enqueue(bytes.encode(csvHeader(names)));
          headerSent = true;
        }
        const take = page.nodes.slice(0, maxRows - written);
        written += take.length;
        if (take.length) controller.enqueue(bytes.encode(encode(take)));
        const more = page.hasNextPage && page.endCursor !== null && page.nodes.length > 0;
        if (written >= maxRows && (more || page.nodes.length > take.length)) {
          controller.enqueue(
            bytes.encode(truncationNote(format, maxRows, Math.max(totalCount, written + 1), names.length)),
          );
          controller.close();
          return;
        }
        if (!more) {
          controller.close();
          return;
        }
        try {
          page = await list.fetchPage(variables, page.endCursor, Math.min(batchSize, maxRows - written), run);
        } catch (err) {
          // the status is sent by now: the download fails (the stream errors) and the cause is logged here
          console.error(`export of ${list.name} failed after ${written} rows:`, err);
          throw err;
        }
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, totalCount, maxRows, variables };
}
