/**
 * "The two leaders agreed …", "both sides signed …": a collective noun phrase
 * refers back to the people or parties of the event told just before, so it
 * stands for them (each in the phrase's role) instead of being an actor of its own.
 */
import type { EventParticipant } from "@/lib/extraction/types.ts";

// "the two leaders", "both sides", "the three governments"
const COLLECTIVE = /^(?:the\s+)?(?:two|both|three|all three)\s+(?:of\s+them|[\p{Ll}-]+s)$/u;

/** Whether `name` is a collective phrase such as "the two leaders". */
export function isCollectivePhrase(name: string): boolean {
  return COLLECTIVE.test(name.trim().toLowerCase());
}

/**
 * `participants` with every collective phrase replaced by the participants of
 * `earlier` (the event told before it, if any, with at least two of them); a
 * collective phrase with nothing to refer to is kept.
 */
export function resolveCollectiveParticipants(
  participants: readonly EventParticipant[],
  nameOf: (key: string) => string | undefined,
  earlier: readonly EventParticipant[] | null,
): EventParticipant[] {
  if (!earlier || earlier.length < 2) return [...participants];
  const out: EventParticipant[] = [];
  for (const p of participants) {
    if (!isCollectivePhrase(nameOf(p.actorKey) ?? "")) out.push(p);
    else for (const e of earlier) out.push({ actorKey: e.actorKey, role: p.role });
  }
  return out.filter((p, i) => out.findIndex((q) => q.actorKey === p.actorKey) === i);
}
