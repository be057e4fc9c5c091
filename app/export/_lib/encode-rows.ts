/**
 * Rows as CSV (RFC 4180 through csv-stringify: CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled) or as JSON Lines. CSV cells that start with = + - @, a tab or a
 * carriage return (and their full-width forms) get a leading ' so a spreadsheet shows them as text
 * instead of running them as formulas (csv-stringify's `escape_formulas`); numbers are left alone.
 */
import { stringify } from "csv-stringify/sync";
import type { CellValue } from "./export-list.ts";

/** The two formats, by file extension. */
export type ExportFormat = "csv" | "jsonl";

/** Content-Type of each format. */
export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: "text/csv; charset=utf-8; header=present",
  jsonl: "application/x-ndjson; charset=utf-8",
};

// quote_record_delimiter: a lone \n or \r in a cell is quoted too (csv-stringify only looks for CRLF once the delimiter is set)
const CSV_OPTIONS = { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true } as const;

/** A list cell in CSV: its items joined by "; ". */
function csvCell(v: CellValue): string | number | null {
  if (v === null) return null;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string" || typeof v === "number") return v;
  return v.join("; ");
}

/** The CSV header line of `columns`. */
export function csvHeader(columns: readonly string[]): string {
  return stringify([columns], CSV_OPTIONS);
}

/** Rows (cells in column order) as CSV lines, each ending in CRLF. */
export function csvRows(rows: readonly (readonly CellValue[])[]): string {
  return rows.length
    ? stringify(
        rows.map((r) => r.map(csvCell)),
        CSV_OPTIONS,
      )
    : "";
}

/** Rows as JSON Lines: one object per line, keyed by column name, lists as arrays. */
export function jsonlRows(columns: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return rows.map((r) => `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null])))}\n`).join("");
}
