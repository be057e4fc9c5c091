import type { Cue } from "@/lib/extraction/attribution/cue.ts";
import { skipToSubject } from "@/lib/extraction/attribution/find-cue-before.ts";
import { getBackwardPhrase, getForwardPhrase } from "@/lib/extraction/attribution/speaker-phrase.ts";
import { HEARER_OBJECT_FORMS, SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import { getWindowTokens, type SpeakerPattern } from "./quote-site.ts";

/** The subject before ("the official said") and the phrase after ("said the official") every speech verb in the window. */
export const speechVerbArgument: SpeakerPattern = {
  name: "speech-verb-argument",
  find(site) {
    const { tokens } = site;
    const [from, to] = site.window;
    const out: Cue[] = [];
    // the quote's own words are skipped: nothing inside it attributes it
    for (const v of getWindowTokens(site)) {
      const t = tokens[v]!;
      if (!t.isWord || !SPEECH_VERBS.has(t.text) || site.isQuoted(t.start)) continue;
      const before = v > from ? getBackwardPhrase(tokens, skipToSubject(tokens, v - 1, from), from) : null;
      if (before && !site.isQuoted(tokens[before.from]!.start)) out.push({ phrase: before, verb: v });
      // "told the crowd", "briefed reporters": a hearer, unless the form inverts ("asked the reporter")
      const after = HEARER_OBJECT_FORMS.has(t.text) ? null : getForwardPhrase(tokens, v + 1, to);
      if (after && !site.isQuoted(tokens[after.from]!.start)) out.push({ phrase: after, verb: v });
    }
    return out;
  },
};
