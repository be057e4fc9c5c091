/**
 * One event per happening within an article: a later mention of the same type
 * whose participants contain or are contained in an earlier event's (or share
 * two with it), at a compatible place, adds evidence instead of a new event.
 */
import type { EventRecord } from "../types.ts";

function keys(e: EventRecord): Set<string> {
  return new Set(e.participants.map((p) => p.actorKey));
}

/** Whether two events of one article report the same happening. */
export function isSameHappening(a: EventRecord, b: EventRecord): boolean {
  if (a.type !== b.type) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  const ka = keys(a), kb = keys(b);
  const shared = [...ka].filter((k) => kb.has(k)).length;
  if (shared === 0) return false;
  return shared === ka.size || shared === kb.size || shared >= 2;
}

/** `events` (in text order) with each happening's mentions merged into its first event. */
export function mergeEvents(events: readonly EventRecord[]): EventRecord[] {
  const merged: EventRecord[] = [];
  for (const e of events) {
    const i = merged.findIndex((m) => isSameHappening(m, e));
    if (i < 0) {
      merged.push(e);
      continue;
    }
    const m = merged[i]!;
    const seen = keys(m);
    merged[i] = {
      ...m,
      location: m.location ?? e.location,
      participants: [...m.participants, ...e.participants.filter((p) => !seen.has(p.actorKey))],
      evidence: m.evidence.some((s) => s.start === e.evidence[0]?.start) ? m.evidence : [...m.evidence, ...e.evidence],
    };
  }
  return merged;
}
