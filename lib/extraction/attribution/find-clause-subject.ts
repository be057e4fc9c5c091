import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { NOMINAL_HEADS } from "@/lib/extraction/lexicon/titles.ts";
import { getForwardPhrase, type SpeakerPhrase } from "./speaker-phrase.ts";
import { DETERMINERS, PRONOUNS } from "./word-classes.ts";

// subordinating words: their clause comes before the main clause's subject
const SUBORDINATORS = new Set([
  "although",
  "though",
  "while",
  "because",
  "whereas",
  "unless",
  "if",
  "when",
  "since",
  "once",
]);

function skipConjunctions(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && (CONJUNCTIONS.has(tokens[i]!.text.toLowerCase()) || /^[,;:—–-]$/.test(tokens[i]!.text))) i++;
  return i;
}

// words that open a sentence before its subject ("Though she called …", "In recent weeks, Reid …")
const CONJUNCTIONS = new Set([
  "but",
  "and",
  "yet",
  "so",
  "still",
  "meanwhile",
  "now",
  "then",
  "instead",
  "also",
  "however",
  "moreover",
  "indeed",
  "only",
  "more",
  "most",
  "many",
  "some",
  "other",
  "even",
  "nevertheless",
  "thus",
]);
const PREPOSITIONS = new Set([
  "in",
  "on",
  "during",
  "at",
  "after",
  "before",
  "since",
  "for",
  "with",
  "without",
  "despite",
  "unlike",
  "like",
  "as",
  "from",
  "over",
  "by",
  "last",
  "earlier",
  "later",
  "when",
  "throughout",
  "if",
  "because",
  "unless",
  "once",
  "whether",
  "until",
  "whenever",
  "asked",
  "speaking",
  "according",
]);

/** Past a dateline in capitals ("LOS ANGELES (AP) —", "NEWPORT NEWS, Va. -") opening a sentence. */
function skipDateline(tokens: readonly Token[], floor: number, to: number): number {
  let caps = false;
  for (let k = floor; k < to && k - floor < 12; k++) {
    const t = tokens[k]!;
    if (/^[—–-]$/.test(t.text)) return caps ? k + 1 : floor;
    if (t.isWord && /^\p{Lu}{2,}$/u.test(t.text)) caps = true;
    else if (t.isWord && /^\p{Ll}/u.test(t.text)) return floor;
  }
  return floor;
}

/**
 * The subject of the clause opening at `floor` when it names someone (a name,
 * a pronoun or a nominal with a person-like head), for a quote woven into the
 * author's sentence without a speech verb ("Reid has gone after Trump as a “…”").
 */
export function findClauseSubject(tokens: readonly Token[], floor: number, to: number): SpeakerPhrase | null {
  let i = skipConjunctions(tokens, skipDateline(tokens, floor, to), to);
  // an opening adverbial, participial or subordinate clause ("In August,", "Bemoaning the …,",
  // "Although the IMF did not …,") ends at its comma; the main clause's subject follows
  const opener = tokens[i];
  if (
    opener &&
    (PREPOSITIONS.has(opener.text.toLowerCase()) ||
      SUBORDINATORS.has(opener.text.toLowerCase()) ||
      /^\p{Lu}\p{Ll}+ing$/u.test(opener.text))
  ) {
    let c = i;
    while (c < to && tokens[c]!.text !== ",") c++;
    if (c < to) i = skipConjunctions(tokens, c + 1, to);
    else if (SUBORDINATORS.has(opener.text.toLowerCase()))
      i++; // the quote sits in the subordinate clause itself
    else return null;
  } else if (
    i > floor &&
    i < to &&
    tokens[i]!.isWord &&
    /^\p{Ll}/u.test(tokens[i]!.text) &&
    !PRONOUNS.has(tokens[i]!.text) &&
    !DETERMINERS.has(tokens[i]!.text)
  ) {
    // "While having a heated debate, a friend commented": a clause without its own subject ends at its comma
    let c = i;
    while (c < to && tokens[c]!.text !== ",") c++;
    if (c < to) i = c + 1;
  }
  const phrase = getForwardPhrase(tokens, i, to);
  if (!phrase || phrase.to >= to) return null;
  const next = tokens[phrase.to]!;
  // the subject must be followed by its verb (or an aside), not by more of a noun phrase
  if (!(next.isWord && /^\p{Ll}/u.test(next.text)) && next.text !== "," && next.text !== "(") return null;
  // "LOS ANGELES (AP) —": a dateline in capitals is a place, not a subject
  if (!next.isWord && tokens.slice(phrase.from, phrase.to).every((t) => !t.isWord || !/\p{Ll}/u.test(t.text)))
    return null;
  if (phrase.kind === "NOMINAL") {
    const head = tokens[phrase.to - 1]!.text.toLowerCase();
    if (!NOMINAL_HEADS.has(head) && !NOMINAL_HEADS.has(head.replace(/s$/, ""))) return null;
  }
  return phrase;
}
