import { getNameFit, getNameWords } from "@/lib/extraction/actors/person-name.ts";
import type { ActorRecord } from "@/lib/extraction/types.ts";
import { lowerBound, type SpeakerContext } from "./speaker-context.ts";

/**
 * The person of the article a speaker's name fits, by the alias rule of the actor stage: a surname
 * alone joins the person named in full ("Trump" → "Donald Trump"), a full name joins the surname
 * already met ("Carly Doe" → "Doe"); two given names never fit. Among several, the best fit, then the
 * one named nearest before `at`. Null when no person fits.
 */
export function findSamePerson(ctx: SpeakerContext, name: string, at: number): ActorRecord | null {
  const words = getNameWords(name).length;
  if (!words) return null;
  const lastSeen = new Map<string, number>();
  for (const m of ctx.mentions.slice(0, lowerBound(ctx.mentions, at)))
    if (m.actorKey) lastSeen.set(m.actorKey, m.start);
  let best: ActorRecord | null = null;
  let bestFit = 1;
  for (const a of ctx.actors) {
    if (a.type !== "PERSON") continue;
    const fit = words <= getNameWords(a.name).length ? getNameFit(name, a.name) : getNameFit(a.name, name);
    const nearer = best !== null && (lastSeen.get(a.key) ?? -1) > (lastSeen.get(best.key) ?? -1);
    if (fit > bestFit || (fit === bestFit && best !== null && nearer)) {
      best = a;
      bestFit = fit;
    }
  }
  return best;
}
