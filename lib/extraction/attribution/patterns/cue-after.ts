import { findCueAfter } from "@/lib/extraction/attribution/find-cue-after.ts";
import type { SpeakerPattern } from "./quote-site.ts";

/** "…,” X said" / "…,” said X" / "…,” according to X" right after the closing mark. */
export const cueAfter: SpeakerPattern = {
  name: "cue-after",
  find(site) {
    const endsStatement = /[.!?…]\s*$/.test(site.quote.text);
    const cue = findCueAfter(
      site.tokens,
      site.after,
      Math.min(site.around.nextQuote, site.around.paragraphEnd),
      endsStatement,
    );
    return cue ? [cue] : [];
  },
};
