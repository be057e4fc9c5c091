import { getWindowTokens, type SpeakerPattern } from "./quote-site.ts";

// subject, relative ("who said") and possessive ("her remarks") pronouns: each can name a source
const SOURCE_PRONOUNS: ReadonlySet<string> = new Set(
  ["he", "she", "they", "we", "I", "it", "who", "which", "his", "her", "their", "its"].flatMap((w) => [
    w,
    w[0]!.toUpperCase() + w.slice(1),
  ]),
);

/** Every pronoun that can name a source, outside quotes, in the window a reader scans. */
export const nearbyPronoun: SpeakerPattern = {
  name: "nearby-pronoun",
  find(site) {
    const out = [];
    for (const i of getWindowTokens(site)) {
      const t = site.tokens[i]!;
      if (SOURCE_PRONOUNS.has(t.text) && !site.isQuoted(t.start))
        out.push({ phrase: { from: i, to: i + 1, kind: "PRONOUN" as const }, verb: -1 });
    }
    return out;
  },
};
