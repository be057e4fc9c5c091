/**
 * GET /export/{list}.{csv|jsonl}: the list under the request's filters as a streamed download.
 * Lists: quotes, statements, actors, events (docs/exports.md documents every column and filter).
 * Bad filters answer 400 and an unknown actor 404, in plain text naming the value.
 */
import { siteOriginOf } from "@/app/embed/_lib/site-origin.ts";
import { GraphQLOperationError, runOperation, type RunOptions } from "@/graphql/execute.ts";
import { actorsExport } from "./actors-export.ts";
import { CONTENT_TYPES, type ExportFormat } from "./encode-rows.ts";
import { eventsExport } from "./events-export.ts";
import { ExportRequestError } from "./export-filters.ts";
import type { ExportList, OperationRunner } from "./export-list.ts";
import { quotesExport } from "./quotes-export.ts";
import { statementsExport } from "./statements-export.ts";
import { startExport } from "./stream-export.ts";

/** Every exportable list by name. */
export const EXPORT_LISTS: Readonly<Record<string, ExportList<unknown>>> = Object.freeze({
  quotes: anyList(quotesExport),
  statements: anyList(statementsExport),
  actors: anyList(actorsExport),
  events: anyList(eventsExport),
});

// each list's columns read the nodes its own fetchPage returns, so erasing the node type is safe
function anyList<N>(list: ExportList<N>): ExportList<unknown> {
  return list as unknown as ExportList<unknown>;
}

/** Options of one export; tests pass their database and smaller bounds. */
export interface HandleExportOptions {
  db?: RunOptions["db"];
  batchSize?: number;
  maxRows?: number;
}

const TEXT_HEADERS = {
  "content-type": "text/plain; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
};

/** The in-process runner of exports: no response cache, and the API's bad-input errors as a 400. */
function runnerFor(db: RunOptions["db"]): OperationRunner {
  return async <T>(query: string, variables: Record<string, unknown>) => {
    try {
      return await runOperation<T>(query, variables, { db, cache: false });
    } catch (err) {
      if (err instanceof GraphQLOperationError && err.code === "BAD_USER_INPUT")
        throw new ExportRequestError(err.errors[0]?.message ?? err.message);
      throw err;
    }
  };
}

/** The download's file name: the list, the actor when one is named, and today's date (UTC). */
export function exportFileName(list: string, format: ExportFormat, actor: unknown, today = new Date()): string {
  const who =
    typeof actor === "string"
      ? `-${actor
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")}`
      : "";
  return `${list}${who === "-" ? "" : who}-${today.toISOString().slice(0, 10)}.${format}`;
}

/** Answers an export request for `file` (e.g. "quotes.csv"). */
export async function handleExport(
  request: Request,
  file: string,
  options: HandleExportOptions = {},
): Promise<Response> {
  const m = /^([a-z]+)\.(csv|jsonl)$/.exec(file);
  const list = m && Object.hasOwn(EXPORT_LISTS, m[1]!) ? EXPORT_LISTS[m[1]!]! : null;
  if (!m || !list)
    return new Response(
      `No export at /export/${file.slice(0, 100)}: exports are ${Object.keys(EXPORT_LISTS).join(", ")}, each as .csv or .jsonl.\n`,
      { status: 404, headers: TEXT_HEADERS },
    );
  const format = m[2] as ExportFormat;
  const query = new URL(request.url).searchParams;
  try {
    const started = await startExport(list, format, query, {
      run: runnerFor(options.db),
      origin: siteOriginOf(request),
      batchSize: options.batchSize,
      maxRows: options.maxRows,
    });
    const name = exportFileName(list.name, format, query.get("actor")?.trim() || null);
    return new Response(started.stream, {
      headers: {
        "content-type": CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "x-total-count": String(started.totalCount),
        "x-export-row-limit": String(started.maxRows),
        "x-export-truncated": String(started.totalCount > started.maxRows),
      },
    });
  } catch (err) {
    if (err instanceof ExportRequestError)
      return new Response(`${err.message}\n`, { status: err.status, headers: TEXT_HEADERS });
    throw err;
  }
}
