import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { REPORTING_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import type { ReportedCandidate } from "./find-reported-candidates.ts";
import { DETERMINERS, PRONOUNS } from "./word-classes.ts";

/** Version of the feature set; a weights file names the one it was trained on. */
export const REPORTED_FEATURES_VERSION = 4;

function bucket(n: number): string {
  return n <= 2 ? "1-2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : n <= 40 ? "21-40" : "41+";
}

function wordClass(t: Token | undefined): string {
  if (!t) return "none";
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w)) return "pron";
  if (DETERMINERS.has(w)) return "det";
  if (!t.isWord) return `punct:${t.text}`;
  if (/^\p{N}/u.test(t.text)) return "num";
  return t.isCap ? "cap" : "lower";
}

// closed-class words whose identity next to the cue matters ("did not say", "said it", "told reporters")
const CLOSED = new Set([
  "not",
  "n't",
  "never",
  "would",
  "will",
  "could",
  "has",
  "have",
  "had",
  "also",
  "it",
  "that",
  "to",
  "the",
  "a",
  "he",
  "she",
  "they",
  "we",
  "i",
  "reporters",
  "in",
  "on",
  "of",
  "for",
  "about",
  "whether",
  "if",
  "there",
  "this",
  "his",
  "her",
  "their",
  "was",
  "is",
  "be",
  "been",
  "and",
  "but",
  ",",
  "who",
  "which",
  "as",
  "what",
  "how",
  "why",
  "later",
  "repeatedly",
  "publicly",
]);
const closed = (t: Token | undefined) =>
  t ? (CLOSED.has(t.text.toLowerCase()) ? t.text.toLowerCase() : wordClass(t)) : "none";

/**
 * The named features of one candidate ("pat=that", "verb=said", "subj=PRONOUN"),
 * built in one place for training and prediction alike.
 */
export function getReportedFeatures(tokens: readonly Token[], c: ReportedCandidate): string[] {
  const v = c.cue.verb;
  const verb = tokens[v]!.text.toLowerCase();
  const stem = verb === "according" ? "according" : (REPORTING_VERBS.get(verb)?.stem ?? verb);
  const [from, to] = c.clause;
  const length = to - from;
  const [sa, sb] = c.sentence;
  const subj = c.cue.phrase.kind;
  const subjLen = c.cue.phrase.to - c.cue.phrase.from;
  const cueFirst = v < from;
  const reachesEnd = to >= sb;
  // each neighbour's class once (several features name it)
  const len = bucket(length);
  const first = closed(tokens[from]);
  const prev = closed(tokens[v - 1]);
  const next = closed(tokens[v + 1]);
  const after = closed(tokens[to]);
  const cut = c.cut ?? "none";
  const f = [
    "bias",
    `pat=${c.pattern}`,
    `verb=${verb}`,
    `stem=${stem}`,
    `pat+stem=${c.pattern}|${stem}`,
    `subj=${subj}`,
    `pat+subj=${c.pattern}|${subj}`,
    `len=${len}`,
    `pat+len=${c.pattern}|${len}`,
    `subjlen=${bucket(subjLen)}`,
    `first=${first}`,
    `pat+first=${c.pattern}|${first}`,
    `prev=${prev}`,
    `prev2=${closed(tokens[v - 2])}`,
    `next=${next}`,
    `stem+next=${stem}|${next}`,
    `stem+prev=${stem}|${prev}`,
    `last=${closed(tokens[to - 1])}`,
    `after=${after}`,
    `quote=${c.hasQuote}`,
    `pat+quote=${c.pattern}|${c.hasQuote}`,
    `end=${reachesEnd}`,
    `pat+end=${c.pattern}|${reachesEnd}`,
    `cuefirst=${cueFirst}`,
    `subjstart=${c.cue.phrase.from === sa}`,
    `gap=${bucket(cueFirst ? from - v : v - to)}`,
    `startsSentence=${from === sa}`,
    `tense=${/ed$|^(?:said|told|wrote|thought)$/.test(verb) ? "past" : /ing$/.test(verb) ? "ing" : "present"}`,
    `verbcase=${tokens[v]!.isCap}`,
    `loose=${c.loose === true}`,
    `pat+loose=${c.pattern}|${c.loose === true}`,
    `sent0=${c.sentenceIndex === 0}`,
    `cut=${cut}`,
    `pat+cut=${c.pattern}|${cut}`,
    `after+cut=${after}|${cut}`,
    `joined=${c.joined === undefined ? "none" : Math.min(c.joined, 3)}`,
  ];
  addTaggerFeatures(tokens, c, f);
  return f;
}

function hasReportingVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (REPORTING_VERBS.has(tokens[i]!.text)) return true;
  return false;
}

const pos = (t: Token | undefined) => (t ? (t.pos ?? "?") : "none");
const FINITE_TAG = /^(?:VBD|VBZ|VBP|MD)$/;
const NEGATION = /^(?:not|n't|never|no)$/i;

/** What the tagger says: tags at the content's start and around the cue, a finite verb in the content, a modal, negation. */
function addTaggerFeatures(tokens: readonly Token[], c: ReportedCandidate, f: string[]): void {
  const v = c.cue.verb;
  const [from, to] = c.clause;
  let finiteAt = -1;
  let modal = false;
  for (let i = from; i < to; i++) {
    const tag = tokens[i]!.pos ?? "";
    if (finiteAt < 0 && FINITE_TAG.test(tag)) finiteAt = i - from;
    if (tag === "MD" || /^(?:will|would|won't)$/i.test(tokens[i]!.text)) modal = true;
  }
  const finite = finiteAt < 0 ? "none" : finiteAt <= 3 ? "near" : "far";
  const negated = NEGATION.test(tokens[v - 1]?.text ?? "") || NEGATION.test(tokens[v - 2]?.text ?? "");
  const head = tokens[c.cue.phrase.to - 1];
  // (unlike the main features' stem, a verb off the list counts as "according" here)
  const reportingStem = REPORTING_VERBS.get(tokens[v]!.text.toLowerCase())?.stem ?? "according";
  const fpos = pos(tokens[from]);
  const hpos = pos(head);
  f.push(
    `fpos=${fpos}`,
    `pat+fpos=${c.pattern}|${fpos}`,
    `fpos2=${fpos}|${pos(tokens[from + 1])}`,
    `npos=${pos(tokens[v + 1])}`,
    `ppos=${pos(tokens[v - 1])}`,
    `hpos=${hpos}`,
    `pat+hpos=${c.pattern}|${hpos}`,
    `finite=${finite}`,
    `pat+finite=${c.pattern}|${finite}`,
    `finite+len=${finite}|${bucket(to - from)}`,
    `modal=${modal}`,
    `neg=${negated}`,
    `stem+neg=${reportingStem}|${negated}`,
    `lastpos=${pos(tokens[to - 1])}`,
    `shead=${head?.text.toLowerCase() ?? "none"}`,
    `stem+subj=${reportingStem}|${c.cue.phrase.kind}`,
    `nested=${hasReportingVerb(tokens, from, to)}`,
    `rel=${c.relative !== undefined}`,
  );
}
