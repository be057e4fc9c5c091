import { findSentenceFinalCue } from "@/lib/extraction/attribution/find-cue-after.ts";
import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import type { SpeakerPattern } from "./quote-site.ts";

/** An attribution closing the quote's sentence ("“…” to …, she said."). */
export const sentenceFinalCue: SpeakerPattern = {
  name: "sentence-final-cue",
  find(site) {
    const end = site.closing ? findTokenIndex(site.tokens, site.closing.end) : site.around.paragraphEnd;
    const cue = findSentenceFinalCue(site.tokens, site.after, Math.min(end, site.around.nextQuote));
    return cue ? [cue] : [];
  },
};
