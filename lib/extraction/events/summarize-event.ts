/**
 * A one-line summary of an event from its parts: agents, the trigger words,
 * targets and place ("Zalmay Khalilzad met Imran Khan in Islamabad").
 */
import type { EventParticipant } from "../types.ts";

/** The summary line for a trigger, its participants (by display name) and location. */
export function summarizeEvent(trigger: string, participants: readonly EventParticipant[], nameOf: (key: string) => string, location: string | null): string {
  const names = (role: EventParticipant["role"]) => participants.filter((p) => p.role === role).map((p) => nameOf(p.actorKey));
  const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}` : (xs[0] ?? ""));
  const parts = [list(names("AGENT")), trigger.replace(/\s+/g, " "), list([...names("TARGET"), ...names("OTHER")])];
  const line = parts.filter(Boolean).join(" ");
  return location && !line.includes(location) ? `${line} in ${location}` : line;
}
