/**
 * One event per happening within an article: a later mention of the same type
 * whose participants contain or are contained in an earlier event's (or share
 * two with it), at a compatible place, adds evidence instead of a new event. A
 * definite mention ("the meeting", "his organization's meeting") refers back to
 * the latest event of its type; when none was kept, it takes up the latest mention
 * of its type that named no one ("Gunmen attacked a gathering … The group claimed
 * responsibility for the attack"), so the happening keeps its first sentence and date.
 */
import type { EventRecord } from "@/lib/extraction/types.ts";

/** An event found at one trigger, and whether its words refer back to one told before. */
export interface EventCandidate {
  event: EventRecord;
  anaphoric: boolean;
}

function keys(e: EventRecord): Set<string> {
  return new Set(e.participants.map((p) => p.actorKey));
}

/** Whether two events of one article report the same happening. */
export function isSameHappening(a: EventRecord, b: EventRecord): boolean {
  if (a.type !== b.type) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  const ka = keys(a),
    kb = keys(b);
  const shared = [...ka].filter((k) => kb.has(k)).length;
  if (shared === 0) return false;
  return shared === ka.size || shared === kb.size || shared >= 2;
}

function absorb(into: EventRecord, e: EventRecord): EventRecord {
  const seen = keys(into);
  const known = into.evidence.some((s) => s.start === e.evidence[0]?.start);
  return {
    ...into,
    location: into.location ?? e.location,
    participants: [...into.participants, ...e.participants.filter((p) => !seen.has(p.actorKey))],
    evidence: known ? into.evidence : [...into.evidence, ...e.evidence],
    // told once by the article itself, the happening is no longer the speaker's claim alone
    reported: into.reported && e.reported,
    reportedBy: into.reported && e.reported ? (into.reportedBy ?? e.reportedBy) : null,
  };
}

/** The events of `candidates` (in text order), each happening's mentions merged into its first event. */
export function mergeEvents(candidates: readonly EventCandidate[]): EventRecord[] {
  const merged: EventRecord[] = [];
  // indices of merged events by participant and by type, so a candidate only meets events it could join
  const byActor = new Map<string, number[]>();
  const lastOfType = new Map<string, number>();
  const index = (i: number) => {
    for (const p of merged[i]!.participants) {
      const list = byActor.get(p.actorKey) ?? [];
      if (!list.includes(i)) byActor.set(p.actorKey, [...list, i]);
    }
    lastOfType.set(merged[i]!.type, Math.max(i, lastOfType.get(merged[i]!.type) ?? -1));
  };
  const unnamed = new Map<string, EventRecord>();
  for (const { event: found, anaphoric } of candidates) {
    let event = found;
    const sharing = [...new Set(event.participants.flatMap((p) => byActor.get(p.actorKey) ?? []))].sort(
      (a, b) => a - b,
    );
    let i = sharing.find((k) => isSameHappening(merged[k]!, event)) ?? -1;
    if (i < 0 && anaphoric)
      i = sharing.filter((k) => merged[k]!.type === event.type).pop() ?? lastOfType.get(event.type) ?? -1;
    const before = unnamed.get(event.type);
    if (i < 0 && anaphoric && before && event.participants.length) {
      event = {
        ...event,
        location: before.location ?? event.location,
        reported: before.reported && event.reported,
        reportedBy: before.reported && event.reported ? (before.reportedBy ?? event.reportedBy) : null,
        evidence: [...before.evidence, ...event.evidence.filter((s) => s.start !== before.evidence[0]?.start)],
      };
      unnamed.delete(event.type);
    }
    if (i >= 0) merged[i] = absorb(merged[i]!, event);
    else if (event.participants.length) merged.push(event);
    else {
      unnamed.set(event.type, event);
      continue;
    }
    index(i >= 0 ? i : merged.length - 1);
  }
  return merged;
}
