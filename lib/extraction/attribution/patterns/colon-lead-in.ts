import { findClauseSubject } from "@/lib/extraction/attribution/find-clause-subject.ts";
import { findCueBefore } from "@/lib/extraction/attribution/find-cue-before.ts";
import { getSentenceTokens, type SpeakerPattern } from "./quote-site.ts";

/** A previous sentence ending in a colon ("X said:", "X put it bluntly:") introduces the quote. */
export const colonLeadIn: SpeakerPattern = {
  name: "colon-lead-in",
  find(site) {
    const prev = site.previous;
    if (!prev || !/:\s*$/.test(prev.text) || !opensSentence(site)) return [];
    const [from, to] = getSentenceTokens(site, prev);
    const lead = findCueBefore(site.tokens, from, to);
    if (lead) return [lead];
    const subject = findClauseSubject(site.tokens, from, to);
    return subject ? [{ phrase: subject, verb: subject.to }] : [];
  },
};

/** Whether the quote opens its sentence (nothing but space before the mark). */
export function opensSentence(site: Parameters<SpeakerPattern["find"]>[0]): boolean {
  return (
    site.sentence !== null &&
    /^\s*$/.test(site.body.slice(site.sentence.start, site.quote.markStart ?? site.quote.start))
  );
}
