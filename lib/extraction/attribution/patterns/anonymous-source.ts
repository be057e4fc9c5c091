import type { Cue } from "@/lib/extraction/attribution/cue.ts";
import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import { SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import { getWindowTokens, type SpeakerPattern } from "./quote-site.ts";

// "a source familiar with the planning", "two officials close to the talks", "people with knowledge of the matter"
const DESCRIBED_SOURCE =
  /\b(?:an?|one|two|three|several|some|another|the)\s+(?:[\p{L}-]+ ){0,3}?(?:sources?|officials?|persons?|people|aides?|diplomats?|insiders?|advis[eo]rs?)\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|knowledgeable about|who (?:spoke|was|were|asked|requested|declined))\b[^,.;:“”"]{0,60}$/iu;

// the access phrases alone (each alternative of DESCRIBED_SOURCE's contains one, under the same flags): a
// text without any cannot match, and testing for them is far cheaper than the full pattern's backtracking
const ACCESS_PHRASE =
  /familiar with|close to|knowledge of|briefed on|involved in|knowledgeable about|who (?:spoke|was|were|asked|requested|declined)/iu;

/** An anonymous source described by its access ("a source familiar with the planning said"): the whole description. */
export const anonymousSource: SpeakerPattern = {
  name: "anonymous-source",
  find(site) {
    const out: Cue[] = [];
    const from = site.tokens[site.window[0]]?.start ?? 0;
    for (const v of getWindowTokens(site)) {
      const t = site.tokens[v]!;
      if (!SPEECH_VERBS.has(t.text) || site.isQuoted(t.start)) continue;
      const window = site.body.slice(Math.max(from, t.start - 160), t.start);
      // the description lies within the verb's own sentence (a bounded look-back keeps this linear)
      const cut = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(". "));
      const base = t.start - window.length + cut + 1;
      const text = site.body.slice(base, t.start).trimEnd();
      const m = ACCESS_PHRASE.test(text) ? DESCRIBED_SOURCE.exec(text) : null;
      if (!m) continue;
      const a = findTokenIndex(site.tokens, base + m.index);
      if (a < v && !site.isQuoted(site.tokens[a]!.start))
        out.push({ phrase: { from: a, to: v, kind: "NOMINAL" }, verb: v });
    }
    return out;
  },
};
