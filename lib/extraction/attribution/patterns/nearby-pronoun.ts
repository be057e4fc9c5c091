import type { SpeakerPattern } from "./quote-site.ts";

// subject, relative ("who said") and possessive ("her remarks") pronouns: each can name a source
const SUBJECT_PRONOUNS = /^(?:he|she|they|we|I|it|who|which|his|her|their|its)$/i;

/** Every pronoun that can name a source, outside quotes, in the window a reader scans. */
export const nearbyPronoun: SpeakerPattern = {
  name: "nearby-pronoun",
  find(site) {
    const out = [];
    for (let i = site.window[0]; i < site.window[1]; i++) {
      const t = site.tokens[i]!;
      if (SUBJECT_PRONOUNS.test(t.text) && !site.isQuoted(t.start)) out.push({ phrase: { from: i, to: i + 1, kind: "PRONOUN" as const }, verb: -1 });
    }
    return out;
  },
};
