/**
 * Cross-article event linking: two extracted events are the same happening when
 * they have the same type, the same participants (by canonical name) and dates
 * that can name one day: the same day, a day apart (an evening in Washington is
 * the next morning in Kabul), or a day and the month holding it. A year says too
 * little to link with anything but the same year. Conservative: no date, no link.
 */
import type { EventType } from "@/lib/extraction/types.ts";

/** The parts of an event that linking compares (contract shape: canonical names, ISO partial date). */
export interface LinkableEvent {
  type: EventType;
  participants: readonly string[];
  date: string | null;
}

const DAY_MS = 86_400_000;
const norm = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const dayOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

/** Whether two partial ISO dates ("2019-09-07", "2019-09", "2019") can be the date of one happening. */
export function areDatesCompatible(a: string, b: string): boolean {
  if (a.length === 10 && b.length === 10) return Math.abs(dayOf(a) - dayOf(b)) <= DAY_MS;
  if (a.length === 4 || b.length === 4) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether `a` and `b`, from different articles, report one and the same happening. */
export function isSameEvent(a: LinkableEvent, b: LinkableEvent): boolean {
  if (a.type !== b.type || !a.date || !b.date) return false;
  if (!areDatesCompatible(a.date, b.date)) return false;
  const pa = new Set(a.participants.map(norm));
  const pb = new Set(b.participants.map(norm));
  if (pa.size === 0 || pa.size !== pb.size) return false;
  return [...pa].every((p) => pb.has(p));
}
