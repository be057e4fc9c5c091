import type { DatePrecision } from "@/lib/extraction/types.ts";

/** A partial ISO date ("2018-03-15", "2018-03", "2018") as the start of its period (UTC) and its precision; null when absent or malformed. */
export function parsePartialDate(value: string | null | undefined): { date: Date; precision: DatePrecision } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value ?? "");
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime())) return null;
  return { date, precision: d ? "DAY" : mo ? "MONTH" : "YEAR" };
}

/** Formats a stored period start back to the partial ISO form its precision allows. */
export function toPartialIsoDate(date: Date | null, precision: DatePrecision | null): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 10);
}
