/**
 * The cluster key of a new event: the key of the stored happening it is the same
 * as (same type and participants, a compatible date by `areDatesCompatible`:
 * "2019-09" and "2019-09-07", or a day apart), else its own key
 * `TYPE|actorIds|date`. The stored clusters are found by their keys alone (one
 * indexed IN list: the day, the days around it and its month, or a month's
 * days), so the lookup stays bounded whatever the table holds.
 */
import { areDatesCompatible } from "@/lib/extraction/events/is-same-event.ts";
import { query, type WriteSteps } from "./steps.ts";

/** How many members of a cluster are read to check their days (a cluster rarely has more reports). */
const MAX_MEMBERS = 200;

/** The partial date (day or month) a member's stored period start and precision stand for. */
function memberDate(date: unknown, precision: unknown): string | null {
  if (date === null || date === undefined) return null;
  const iso = new Date(date as string | number | Date).toISOString();
  return precision === "DAY" ? iso.slice(0, 10) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The keys a happening on `date` may already be stored under, nearest first. */
function neighbourKeys(base: string, date: string): string[] {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number?];
  const day = (offset: number) => new Date(Date.UTC(y, m - 1, (d ?? 1) + offset)).toISOString().slice(0, 10);
  if (d !== undefined) return [day(-1), day(1), date.slice(0, 7)].map((x) => base + x);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => base + day(i));
}

/** The cluster key for an event of `type` with `participantIds` (sorted) on the partial ISO `date`. */
export function* getEventClusterKey(
  type: string,
  participantIds: readonly number[],
  date: string | null,
): WriteSteps<string> {
  const base = `${type}|${participantIds.join(",")}|`;
  const own = base + (date ?? "?");
  // no date or no one taking part: too little to say two reports are one happening
  if (!date || !participantIds.length || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date)) return own;
  const keys = neighbourKeys(base, date);
  const rows = yield* query<{ clusterKey: string; date: unknown; datePrecision: unknown }>(
    `SELECT "clusterKey", "date", "datePrecision" FROM "Event" WHERE "clusterKey" IN (${[own, ...keys].map(() => "?").join(", ")}) ORDER BY "id" LIMIT ${MAX_MEMBERS}`,
    [own, ...keys],
  );
  if (rows.some((r) => r.clusterKey === own)) return own;
  const byKey = new Map<string, string[]>();
  for (const r of rows) {
    const d = memberDate(r.date, r.datePrecision);
    byKey.set(r.clusterKey, [...(byKey.get(r.clusterKey) ?? []), ...(d ? [d] : [])]);
  }
  // a cluster every member of which could be this happening; a month's report joins only one candidate
  const fits = keys.filter((k) => byKey.get(k)?.every((d) => areDatesCompatible(d, date)));
  if (date.length === 7) return fits.length === 1 ? fits[0]! : own;
  return fits[0] ?? own;
}
