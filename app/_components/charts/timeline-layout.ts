/** Positions for a visual event timeline: time runs left to right, each event type gets its own lane. */

/** An event to place. */
export interface TimelineItem {
  key: string;
  date: string | null;
  type: string;
  label: string;
}

/** A placed event. */
export interface PlacedItem extends TimelineItem {
  x: number;
  y: number;
}

/** The whole layout: lanes (one per type, top to bottom), points and labelled axis ticks. */
export interface TimelineLayout {
  lanes: { type: string; y: number }[];
  points: PlacedItem[];
  ticks: { x: number; label: string }[];
  height: number;
}

/** Middle of a partial date's period in days since the epoch, so "2018" sits mid-year. */
export function dayOf(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const start = Date.UTC(y, m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  const end = m[3] ? start + 86_400_000 : m[2] ? Date.UTC(y, Number(m[2]), 1) : Date.UTC(y + 1, 0, 1);
  return (start + end) / 2 / 86_400_000;
}

/** Lays out dated items between `left` and `right`; undated items are not placed. */
export function layoutTimeline(
  items: readonly TimelineItem[],
  opts: { left: number; right: number; top: number; laneHeight: number },
): TimelineLayout {
  const dated = items.flatMap((it) => {
    const d = it.date ? dayOf(it.date) : null;
    return d === null ? [] : [{ it, d }];
  });
  const types = [...new Set(dated.map((x) => x.it.type))].sort();
  const lanes = types.map((type, i) => ({ type, y: opts.top + i * opts.laneHeight + opts.laneHeight / 2 }));
  const laneY = new Map(lanes.map((l) => [l.type, l.y]));
  if (!dated.length) return { lanes, points: [], ticks: [], height: opts.top };
  const lo = Math.min(...dated.map((x) => x.d));
  const hi = Math.max(...dated.map((x) => x.d));
  // a single day still gets a readable axis
  const span = Math.max(hi - lo, 30);
  const x = (d: number) => Math.round((opts.left + ((d - lo) / span) * (opts.right - opts.left)) * 10) / 10;
  const points = dated.map(({ it, d }) => ({ ...it, x: x(d), y: laneY.get(it.type)! }));
  const ticks = [lo, lo + span / 2, lo + span].map((d) => ({
    x: x(d),
    label: new Date(d * 86_400_000).toISOString().slice(0, 7),
  }));
  return { lanes, points, ticks, height: opts.top + lanes.length * opts.laneHeight };
}
