import { getBackwardPhrase } from "@/lib/extraction/attribution/speaker-phrase.ts";
import { VERB_MODIFIERS } from "@/lib/extraction/attribution/word-classes.ts";
import type { SpeakerPattern } from "./quote-site.ts";

// verbs that name something with the quoted words ("what critics have called “…”")
const NAMING_VERBS =
  /^(?:call|calls|called|dub|dubs|dubbed|term|terms|termed|label|labels|labelled|labeled|brand|brands|branded)$/;
// verbs that take the quoted words after "as" ("what she described as “…”"), or after "to" ("referred to")
const AS_VERBS =
  /^(?:describe|describes|described|characteri[sz]e|characteri[sz]es|characteri[sz]ed|refer|refers|referred|see|sees|saw|regard|regards|regarded)$/;
const REFER_VERBS = /^(?:refer|refers|referred)$/;

/**
 * "what critics have called “…”", "the plan, which Jane Doe described as “…”": the subject of a
 * free or relative clause whose verb names something with the quoted words is who used them.
 * Decisive when the rules chose it too: the construction leaves no other reading, and a broad
 * subject ("The film was a victory for what critics have called …") must not outweigh it. (Against
 * PolNeAR's mentions it is right 10 times in 17: annotators often mark the main clause's name
 * rather than the clause's "he", the same actor once resolved.)
 */
export const freeRelativeNaming: SpeakerPattern = {
  name: "free-relative-naming",
  decisive: true,
  find(site) {
    const { tokens, floor } = site;
    let k = site.open - 1;
    if (/^(?:the|a|an)$/i.test(tokens[k]?.text ?? "")) k--;
    // "called “…”", or "described as “…”" / "referred to “…”" (the verb before "as" or "to")
    const link = tokens[k]?.text;
    const linked = link === "as" ? AS_VERBS : link === "to" ? REFER_VERBS : null;
    const verb = linked ? k - 1 : k;
    if (verb < floor || !(linked ?? NAMING_VERBS).test(tokens[verb]!.text)) return [];
    let s = verb - 1;
    while (s >= floor && VERB_MODIFIERS.has(tokens[s]!.text)) s--;
    const phrase = s >= floor ? getBackwardPhrase(tokens, s, floor) : null;
    if (!phrase || phrase.to !== s + 1) return [];
    if (!/^(?:what|which|whom)$/i.test(tokens[phrase.from - 1]?.text ?? "")) return [];
    return [{ phrase, verb }];
  },
};
