/**
 * Cross-article event linking: two extracted events are plainly the same when
 * they have the same type, the same participants (by canonical name) and the
 * same date at the precision both state. Conservative by design: no date, no link.
 */
import type { EventType } from "@/lib/extraction/types.ts";

/** The parts of an event that linking compares (contract shape: canonical names, ISO partial date). */
export interface LinkableEvent {
  type: EventType;
  participants: readonly string[];
  date: string | null;
}

const norm = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Whether `a` and `b`, from different articles, report one and the same happening. */
export function isSameEvent(a: LinkableEvent, b: LinkableEvent): boolean {
  if (a.type !== b.type || !a.date || !b.date) return false;
  if (!(a.date.startsWith(b.date) || b.date.startsWith(a.date))) return false;
  const pa = new Set(a.participants.map(norm));
  const pb = new Set(b.participants.map(norm));
  if (pa.size === 0 || pa.size !== pb.size) return false;
  return [...pa].every((p) => pb.has(p));
}
