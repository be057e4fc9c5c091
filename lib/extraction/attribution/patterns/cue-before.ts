import { findCueBefore } from "@/lib/extraction/attribution/find-cue-before.ts";
import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import type { SpeakerPattern } from "./quote-site.ts";

/** "X said: “…”", "according to X, “…”", "X called it a “…”" before the opening mark. */
export const cueBefore: SpeakerPattern = {
  name: "cue-before",
  find(site) {
    const sentenceStart = site.sentence ? findTokenIndex(site.tokens, site.sentence.start) : site.floor;
    const cue = findCueBefore(site.tokens, site.floor, site.open, sentenceStart);
    return cue ? [cue] : [];
  },
};
