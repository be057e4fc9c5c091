import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import type { Cue } from "@/lib/extraction/attribution/cue.ts";
import { getWindowTokens, type SpeakerPattern } from "./quote-site.ts";

const MAX_WORDS = 8;

// tags a noun phrase may hold before its head ("the party's former chairman", "one Amiens employee")
const MODIFIER = /^(?:DT|PDT|PRP\$|POS|CD|JJ[RS]?|NNP?S?|VBN|VBG|HYPH)$/;
const COMMON_HEAD = /^NNS?$/;
const VERB = /^(?:VB[DZP]|MD)$/;

const tag = (t: Token | undefined) => t?.pos ?? "";

/**
 * The noun phrase ending at `head` ("The retired neurosurgeon"), with one "of"-complement after it
 * ("The former secretary of state"): [from, to) or null. Needs the tagger's POS tags.
 */
function getNounPhraseBefore(tokens: readonly Token[], end: number, floor: number): [number, number] | null {
  let head = end - 1;
  // "the secretary of state mocked": step over the complement to the head noun
  if (tag(tokens[head - 1]) === "IN" && tokens[head - 1]!.text === "of" && COMMON_HEAD.test(tag(tokens[head - 2])))
    head -= 2;
  else if (tag(tokens[head - 2]) === "IN" && tokens[head - 2]!.text === "of" && COMMON_HEAD.test(tag(tokens[head - 3])))
    head -= 3;
  if (!COMMON_HEAD.test(tag(tokens[head]))) return null;
  let from = head;
  while (from - 1 >= floor && head - from < MAX_WORDS && MODIFIER.test(tag(tokens[from - 1]))) from--;
  return [from, end];
}

/**
 * Every common-noun phrase right before a finite verb in the window ("the judge then turned",
 * "The conservative publication has been"): the subjects a reader considers when no name is near.
 */
export const nounPhraseSubject: SpeakerPattern = {
  name: "noun-phrase-subject",
  find(site) {
    const { tokens } = site;
    const out: Cue[] = [];
    for (const v of getWindowTokens(site)) {
      if (!VERB.test(tag(tokens[v])) || site.isQuoted(tokens[v]!.start)) continue;
      let end = v;
      while (end - 1 > site.window[0] && tag(tokens[end - 1]).startsWith("RB")) end--;
      const np = getNounPhraseBefore(tokens, end, site.window[0]);
      if (!np || np[0] < site.window[0] || site.isQuoted(tokens[np[0]]!.start)) continue;
      if (np[0] < site.after && np[1] > site.open) continue;
      out.push({ phrase: { from: np[0], to: np[1], kind: "NOMINAL" }, verb: v });
    }
    return out;
  },
};
