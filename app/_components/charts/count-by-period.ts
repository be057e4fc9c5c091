/** Partial ISO dates counted per month or per year, with empty periods filled in so gaps show. */

/** One bar group: a period and one count per series. */
export interface PeriodBucket {
  key: string;
  label: string;
  counts: number[];
}

/** Buckets of a chart and the unit they use. */
export interface PeriodCounts {
  unit: "month" | "year";
  buckets: PeriodBucket[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// beyond this many months a monthly chart gets unreadable on a phone, so years are used
const MAX_MONTHS = 24;

function parse(date: string | null | undefined): { y: number; m: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? "");
  return m ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : null } : null;
}

/** A date standing for `count` items (a day on which an actor was quoted five times). */
export interface DatedCount {
  date: string | null | undefined;
  count: number;
}

type Parsed = { y: number; m: number | null; n: number };

/** Counts each series' dates (or dated counts) per period; undated items are left out, year-only dates force yearly buckets. */
export function countByPeriod(series: readonly (readonly (string | null | undefined | DatedCount)[])[]): PeriodCounts {
  const parsed = series.map((dates) =>
    dates.flatMap((d): Parsed[] => {
      const [date, n] = typeof d === "object" && d !== null ? [d.date, d.count] : [d, 1];
      const p = parse(date);
      return p && n > 0 ? [{ ...p, n }] : [];
    }),
  );
  const all = parsed.flat();
  if (!all.length) return { unit: "year", buckets: [] };
  const index = (d: { y: number; m: number | null }) => d.y * 12 + ((d.m ?? 1) - 1);
  // a reduce, not Math.min(...): an actor may have more dates than a call takes arguments
  const lo = all.reduce((a, d) => Math.min(a, index(d)), Infinity);
  const hi = all.reduce((a, d) => Math.max(a, index(d)), -Infinity);
  const unit = all.every((d) => d.m !== null) && hi - lo < MAX_MONTHS ? "month" : "year";
  const keyOf = (d: { y: number; m: number | null }) =>
    unit === "month" ? `${d.y}-${String(d.m).padStart(2, "0")}` : String(d.y);
  const buckets: PeriodBucket[] = [];
  const step = unit === "month" ? 1 : 12;
  for (let i = unit === "month" ? lo : Math.floor(lo / 12) * 12; i <= hi; i += step) {
    const y = Math.floor(i / 12);
    const m = (i % 12) + 1;
    const key = unit === "month" ? `${y}-${String(m).padStart(2, "0")}` : String(y);
    buckets.push({ key, label: unit === "month" ? `${MONTHS[m - 1]} ${y}` : String(y), counts: series.map(() => 0) });
  }
  const byKey = new Map(buckets.map((b) => [b.key, b]));
  parsed.forEach((dates, s) => dates.forEach((d) => (byKey.get(keyOf(d))!.counts[s]! += d.n)));
  return { unit, buckets };
}
