import { findCueBefore } from "@/lib/extraction/attribution/find-cue-before.ts";
import { getSentenceTokens, type SpeakerPattern } from "./quote-site.ts";

/** "X called him a master at deals. “He showed …”": the speaker of the sentence before (same or previous paragraph). */
export const previousSentenceCue: SpeakerPattern = {
  name: "previous-sentence-cue",
  find(site) {
    const prev = site.previous;
    if (!prev) return [];
    const [from, to] = getSentenceTokens(site, prev);
    const cue = findCueBefore(site.tokens, from, to);
    return cue ? [cue] : [];
  },
};
