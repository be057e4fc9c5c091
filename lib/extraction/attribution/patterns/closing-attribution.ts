import { findClosingAttribution } from "@/lib/extraction/attribution/find-closing-attribution.ts";
import { opensSentence } from "./colon-lead-in.ts";
import { getSentenceTokens, type SpeakerPattern } from "./quote-site.ts";

/** The previous sentence of the paragraph ends with its attribution ("…, Schiff said."): its speaker goes on. */
export const closingAttribution: SpeakerPattern = {
  name: "closing-attribution",
  find(site) {
    const prev = site.previous;
    if (!prev || prev.paragraph !== site.sentence?.paragraph || !opensSentence(site)) return [];
    const [from, to] = getSentenceTokens(site, prev);
    const cue = findClosingAttribution(site.tokens, from, to);
    return cue ? [cue] : [];
  },
};
