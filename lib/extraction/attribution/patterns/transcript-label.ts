import { findTranscriptLabel, TRANSCRIPT_LABEL } from "@/lib/extraction/attribution/attribute-quote.ts";
import type { SpeakerPattern } from "./quote-site.ts";

/**
 * "PENCE: …" opening the quote or its paragraph: the label speaks. Decisive: a
 * transcript's layout names its speakers, and news training data has too few to learn it.
 */
export const transcriptLabel: SpeakerPattern = {
  name: "transcript-label",
  decisive: true,
  find(site) {
    const { tokens, around } = site;
    const inside = TRANSCRIPT_LABEL.test(site.quote.text)
      ? findTranscriptLabel(tokens, site.open, Math.min(around.nextQuote, around.paragraphEnd))
      : null;
    const label = inside ?? findTranscriptLabel(tokens, around.paragraphStart, site.open);
    return label ? [{ phrase: label, verb: label.to }] : [];
  },
};
