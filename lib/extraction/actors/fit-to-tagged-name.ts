import { FIRST_NAMES } from "@/lib/extraction/lexicon/first-names.ts";
import type { Token } from "@/lib/extraction/types.ts";
import type { NameCandidate } from "./classify-name-run.ts";

/**
 * An untitled person candidate read against the tagger's names: the capitalised words around the
 * person that the tagger puts in no name are not hers ("Unlike Jane Doe", "Vote for Doe", "Jane Doe
 * T-shirts"), and a run the tagger reads wholly as an organisation is one ("Acme Motor", "Newsline").
 * Returns the candidate unchanged when the tagger did not run or agrees; null never (a trimmed
 * candidate always keeps the tagger's person).
 */
export function fitToTaggedName(
  body: string,
  cand: NameCandidate,
  tokens: readonly Token[],
  at: number,
): NameCandidate {
  if (cand.type !== "PERSON" || cand.title !== null || cand.lexiconName) return cand;
  let first = -1;
  let last = -1;
  let words = 0;
  let orgWords = 0;
  let outside = false;
  for (let i = at; i < tokens.length && tokens[i]!.start < cand.end; i++) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    if (t.ner === undefined) return cand;
    words++;
    if (t.ner.endsWith("-PERSON")) {
      if (first < 0) first = i;
      last = i;
    } else if (t.ner.endsWith("-ORGANIZATION")) orgWords++;
    else if (t.ner === "O") outside = true;
  }
  if (first < 0) {
    // one word alone is too weak a reading ("Trump" in "the Trump campaign" is tagged with the campaign)
    const isOrganization = words > 1 && orgWords === words && !FIRST_NAMES.has(tokens[at]!.text);
    return isOrganization ? { ...cand, type: "ORGANIZATION" } : cand;
  }
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  if (!outside || (start === cand.start && end === cand.end)) return cand;
  // only words the tagger leaves outside every name are cut; a person next to an organisation stays as it was read
  for (let i = at; i < tokens.length && tokens[i]!.start < cand.end; i++) {
    const t = tokens[i]!;
    if (t.isWord && (t.start < start || t.start >= end) && t.ner !== "O") return cand;
  }
  const text = body.slice(start, end);
  const keepsFirstName = start === cand.start && cand.evidence === "NAMED";
  const evidence = !/\s/.test(text) ? "SINGLE" : keepsFirstName ? "NAMED" : "MULTI";
  return { ...cand, start, end, titleStart: start, text, evidence };
}
