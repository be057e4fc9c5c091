import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { DOUBLE_MARK } from "@/lib/extraction/lexicon/quote-marks.ts";
import { REPORTING_VERBS, SPEECH_VERBS, type ReportingFrame } from "@/lib/extraction/lexicon/speech-verbs.ts";
import type { Doc } from "@/lib/extraction/types.ts";
import { findApostropheQuoteCandidates, findApostropheQuotes, type ApostropheQuote } from "./apostrophe-quotes.ts";
import type { Cue } from "./cue.ts";
import { findClauseSubject } from "./find-clause-subject.ts";
import { findClosingAttribution } from "./find-closing-attribution.ts";
import { findSubjectBefore } from "./find-cue-before.ts";
import { findNounFrame } from "./find-noun-frame.ts";
import { getBackwardPhrase, getLooseForwardPhrase } from "./speaker-phrase.ts";
import { findTokenIndex, isQuoteMark } from "./token-index.ts";
import { DETERMINERS, PRONOUNS, VERB_MODIFIERS } from "./word-classes.ts";

/** How a candidate's content hangs on its cue; each is a feature of the learned scorer. */
export type ReportedPattern =
  | "that"
  | "bare"
  | "infinitive"
  | "question"
  | "object"
  | "closing"
  | "aside"
  | "according-before"
  | "according-after"
  | "as"
  | "closing-long"
  | "noun-that"
  | "according-mid"
  | "quoted";

/** A cue with the token range it may report, before the scorer decides whether it is reported speech. */
export interface ReportedCandidate {
  pattern: ReportedPattern;
  cue: Cue;
  /** Token range [from, to) of the reported content. */
  clause: [number, number];
  /** Token range [from, to) of the sentence, without its final punctuation. */
  sentence: [number, number];
  /** Index of the sentence in `doc.sentences`. */
  sentenceIndex: number;
  /** Whether the sentence holds a quote mark. */
  hasQuote: boolean;
  /** Whether the speaker phrase is only the words before the verb, no recognised subject. */
  loose?: boolean;
  /** For a shorter reading of a content, what it stops before (`rel` ", who …", `conj`, `apposition`, `dash`, `and-clause`, `sub`). */
  cut?: ContentCut;
  /** Token of the relative pronoun that is the verb's subject ("officials who said …"): the speaker mention, resolved through its antecedent. */
  relative?: number;
  /** For a two-apostrophe quotation (`quoted`), how many quotations the content joins (its continuations). */
  joined?: number;
}

/** Where a shorter reading of a content stops; the scorer weighs it against the longer one. */
export type ContentCut =
  "rel" | "conj" | "apposition" | "dash" | "and-clause" | "sub" | "participle" | "main-clause" | "continuation";

const CLOSING_REACH = 16;
// "said in an interview with The Associated Press last week that …": adjuncts before "that"
const THAT_REACH = 8;
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "to", "with", "after", "before", "while"]);
const QUESTION_WORDS = new Set(["whether", "if", "why", "how", "what", "when", "who", "where", "about"]);
const FINITE =
  /^(?:is|are|was|were|will|would|has|have|had|could|can|should|must|may|might|did|does|do|won't|can't|isn't|wasn't)$/;
const DAY =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|recently|earlier|later|also|again|repeatedly|publicly|privately|previously)$/;
const TIME_NOUN =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon|weekend)$/;

/** Past the adjuncts between a verb and its content: "on Monday", "last week", "in a statement", "earlier". */
function skipAdjuncts(tokens: readonly Token[], k: number, end: number): number {
  for (let guard = 0; guard < 4 && k < end; guard++) {
    const t = tokens[k]!.text;
    // "said Monday's decision …": a day that owns a noun opens the content
    if ((DAY.test(t) && !/^['’]s$/.test(tokens[k + 1]?.text ?? "")) || t === ",") k++;
    else if (/^(?:on|last|this|next)$/.test(t) && TIME_NOUN.test(tokens[k + 1]?.text ?? "")) k += 2;
    else if (
      t === "in" &&
      /^(?:a|an)$/.test(tokens[k + 1]?.text ?? "") &&
      /^(?:statement|interview|speech|letter|tweet|post)$/.test(tokens[k + 2]?.text ?? "")
    )
      k += 3;
    else break;
  }
  return k;
}
const NOT_BARE = new Set([
  "in",
  "on",
  "at",
  "to",
  "during",
  "after",
  "before",
  "with",
  "by",
  "of",
  "for",
  "as",
  "from",
  "so",
  "goodbye",
  "yes",
  "no",
  "it",
  "out",
  "up",
  "nothing",
  "something",
  "anything",
]);

// a subject of up to this many words before its verb ("announced she and her husband are …")
const SUBJECT_REACH = 7;

/**
 * Whether a finite verb follows within a few words: the mark of a clause, not an object noun phrase.
 * The tagger's part of speech finds irregular pasts ("reported the email came"); a clause break ends the look.
 */
function hasFiniteVerbSoon(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from + 1; i < end && i - from <= SUBJECT_REACH; i++) {
    const t = tokens[i]!;
    if (FINITE.test(t.text.toLowerCase()) || /^\p{Ll}+ed$/u.test(t.text)) return i - from <= 5 || isVerbTag(t);
    if (isVerbTag(t) && i > from + 1) return true;
    if (/^[,;:.!?]$/.test(t.text) || isQuoteMark(t)) return false;
  }
  return false;
}

/** Whether the tagger read `t` as a finite verb (past, present or modal). */
function isVerbTag(t: Token): boolean {
  return t.pos === "VBD" || t.pos === "VBZ" || t.pos === "VBP" || t.pos === "MD";
}

/** Where the content of the verb at `v` starts, and through which pattern, or null. */
function getContentStart(
  tokens: readonly Token[],
  v: number,
  end: number,
  frame: ReportingFrame,
): [number, ReportedPattern] | null {
  const next = tokens[v + 1];
  if (!next || next.text === "by" || isQuoteMark(next) || next.text === ":") return null; // passive "claimed by"
  // "called for the impeachment of …", "is calling for his rivals to drop out"; "called him a liar" is no report
  // "called on Congress to act": the object and its infinitive
  if (frame.stem === "call") {
    if (next.text === "on" && hasInfinitiveSoon(tokens, v + 2, end, HEARER_REACH)) return [v + 2, "infinitive"];
    return next.text === "for" && v + 2 < end ? [v + 2, "object"] : null;
  }
  // "told The Post and Courier newspaper of Charleston on Saturday that …": an object before "that"
  // "said on NBC's Meet the Press on Sunday that …": a prepositional adjunct may run longer
  const reach = frame.stem === "tell" || ADJUNCT_PREPOSITIONS.has(next.text) ? 16 : THAT_REACH;
  for (let i = v + 1; i < end && i - v <= reach; i++) {
    const t = tokens[i]!.text;
    if (t === "that") return [i + 1, "that"];
    if (
      isQuoteMark(tokens[i]) ||
      t === ":" ||
      t === "." ||
      t === ";" ||
      (t === "," && REPORTING_VERBS.has(tokens[i + 1]?.text ?? ""))
    )
      break;
  }
  const k = skipAdjuncts(tokens, v + 1, end);
  const w = tokens[k]?.text.toLowerCase() ?? "";
  if (frame.question && QUESTION_WORDS.has(w)) return [k, "question"];
  // "asked the senator whether …", "is telling the crowd how he …": a hearer, then the question
  if (frame.question || frame.stem === "tell") {
    const q = findQuestionAfterObject(tokens, k, end);
    if (q >= 0) return [q, "question"];
  }
  if (frame.infinitive && (w === "to" || hasInfinitiveSoon(tokens, k, end))) return [k, "infinitive"];
  if (frame.stem === "tell") return findToldClause(tokens, k, end);
  // "said it would", "said it’s unclear", "said it detected" open a clause; "said it" alone is an object
  const afterIt = tokens[k + 1];
  const itClause =
    w === "it" &&
    (/^['’]s$/.test(afterIt?.text ?? "") ||
      FINITE.test(afterIt?.text ?? "") ||
      /^(?:VBD|VBZ|MD)$/.test(afterIt?.pos ?? ""));
  if (!next.isWord || (!itClause && (NOT_BARE.has(w) || NOT_BARE.has(next.text)))) return null;
  if (frame.bare && (PRONOUNS.has(w) || DETERMINERS.has(w) || tokens[k]!.isWord)) return [k, "bare"];
  if (frame.careful && hasFiniteVerbSoon(tokens, k - 1, end)) return [k, "bare"];
  if (frame.object && (DETERMINERS.has(w) || tokens[k]!.isCap)) return [k, "object"];
  return null;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "there"]);
// words that open a subject after "told <object>" ("told the AP her group never …")
const CLAUSE_OPENERS = new Set(["the", "her", "his", "their", "its", "our", "my"]);

/** "told Breitbart News he’d support …", "told reporters the plan was dead": an object, then a clause. */
function findToldClause(tokens: readonly Token[], k: number, end: number): [number, ReportedPattern] | null {
  for (let j = k + 1; j < end && j - k <= 6; j++) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    if ((SUBJECT_PRONOUNS.has(w) || CLAUSE_OPENERS.has(w)) && hasFiniteVerbSoon(tokens, j, end)) return [j, "bare"];
    if (!t.isWord || w === "that" || /^(?:VB|MD)/.test(t.pos ?? "")) return null;
  }
  return null;
}

// the words an object of "asked"/"told" may take before its question ("asked former Attorney General Jane Roe whether")
const HEARER_REACH = 6;

/** The question word after a hearer object of up to six words ("asked Sanders how …"), or -1. */
function findQuestionAfterObject(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 1; j < end && j - k <= HEARER_REACH; j++) {
    const t = tokens[j]!;
    if (QUESTION_WORDS.has(t.text)) return j + 1 < end ? j : -1;
    if (!t.isWord || /^(?:VB[DZP]|MD)$/.test(t.pos ?? "")) return -1;
  }
  return -1;
}

/** "urged party leaders to turn away": an object of up to four words (or `reach`), then "to". */
function hasInfinitiveSoon(tokens: readonly Token[], from: number, end: number, reach = 4): boolean {
  for (let i = from; i < end && i - from <= reach; i++) if (tokens[i]!.text === "to") return i > from;
  return false;
}

/** Where content starting at `start` ends: a quote mark, a coordinated reporting verb, a closing attribution. */
function getContentEnd(tokens: readonly Token[], start: number, end: number, pattern: ReportedPattern): number {
  for (let i = start; i < end; i++) {
    const t = tokens[i]!.text;
    if (isQuoteMark(tokens[i]) && !/^['’]$/.test(t)) return i;
    if (t === ";") return i;
    if (pattern === "object" && t === ",") return i;
    const n = tokens[i + 1]?.text ?? "";
    if ((t === "but" || t === "and") && REPORTING_VERBS.has(n)) return i;
    // "…, and he railed against …": a new clause with its own subject
    if (t === "," && (n === "and" || n === "but") && /^(?:he|she|they|we|I|it)$/.test(tokens[i + 2]?.text ?? ""))
      return i;
    if (t === "," && (n === "but" || n === "according" || REPORTING_VERBS.has(n))) return i;
    // only a short attribution closes the sentence ("…, the minister said."); the bound keeps this linear
    if (
      t === "," &&
      i > start &&
      end - i <= CLOSING_REACH &&
      (findClosingAttribution(tokens, i + 1, end)?.phrase.from ?? -1) > i
    )
      return i;
  }
  return end;
}

const REL = new Set(["who", "which", "where", "whose", "when"]);
const CONJ = new Set(["and", "but", "while", "as", "because", "although", "though", "so", "since", "even"]);
const APPOSITION = new Set(["a", "an", "the", "one", "including", "more", "with"]);
const SUB = new Set(["because", "while", "although", "though", "but", "after", "before", "unless", "whereas"]);

/**
 * The first place a content [start, stop) might end earlier: ", who …", ", and …", ", a …",
 * a dash or bracket, "and he …", "because …"; null when none stands past its third word.
 */
function findEarlyCut(tokens: readonly Token[], start: number, stop: number): [number, ContentCut] | null {
  for (let i = start + 3; i < stop - 1; i++) {
    const t = tokens[i]!.text;
    const n = tokens[i + 1]!.text.toLowerCase();
    if (t === ",") {
      if (REL.has(n)) return [i, "rel"];
      if (CONJ.has(n)) return [i, "conj"];
      if (APPOSITION.has(n)) return [i, "apposition"];
    } else if (/^[—–(]$/.test(t) || t === "--") return [i, "dash"];
    else if (t === "and" && SUBJECT_PRONOUNS.has(n)) return [i, "and-clause"];
    else if (SUB.has(t)) return [i, "sub"];
  }
  return null;
}

/**
 * The speaker phrase of the verb at `v`: for "…, X said, adding …" the subject of
 * the verb before, else its own subject, else the subject of the clause, else
 * (marked `loose`) the words right before it ("those surveyed say").
 */
function findVerbSubject(
  tokens: readonly Token[],
  a: number,
  v: number,
): { phrase: Cue["phrase"]; loose: boolean; relative?: number } | null {
  if (/ing$/.test(tokens[v]!.text) && tokens[v - 1]?.text === ",") {
    const before = REPORTING_VERBS.has(tokens[v - 2]?.text ?? "") ? findSubjectBefore(tokens, a, v - 2) : null;
    const phrase = before ?? findClauseSubject(tokens, a, v);
    if (phrase) return { phrase, loose: false };
  }
  const direct = findSubjectBefore(tokens, a, v);
  if (direct) return { phrase: findParticipleClauseSubject(tokens, a, v, direct) ?? direct, loose: false };
  // "…, while saying that …": the subject of the clause
  if (/ing$/.test(tokens[v]!.text) && /^(?:while|when|after|before|by|in|,)$/.test(tokens[v - 1]?.text ?? "")) {
    const phrase = findClauseSubject(tokens, a, v);
    if (phrase) return { phrase, loose: false };
  }
  // "people who say …": the relative pronoun's antecedent
  if (/^(?:who|that)$/.test(tokens[v - 1]?.text ?? "") && v - 2 >= a) {
    const phrase = getBackwardPhrase(tokens, v - 2, a);
    if (phrase) return { phrase, loose: false, relative: v - 1 };
  }
  // "Jane Roe, 60, a doctor, said": the words before the verb, past one trailing comma
  let to = tokens[v - 1]?.text === "," ? v - 1 : v;
  while (to > a && VERB_MODIFIERS.has(tokens[to - 1]!.text)) to--; // "… has claimed": not "has"
  // "Democrats — and some Republicans — say": past an aside between dashes or brackets
  to = skipAsideBefore(tokens, a, to);
  // "… never worked with X and said …": a verb coordinated with an earlier one shares its subject
  if (/^(?:and|but)$/.test(tokens[to - 1]?.text ?? "")) {
    const shared = findEarlierVerbSubject(tokens, a, to - 1);
    if (shared) return shared;
  }
  let from = to;
  while (
    from > a &&
    to - from < 6 &&
    tokens[from - 1]!.isWord &&
    !PHRASE_STOPS.has(tokens[from - 1]!.text.toLowerCase())
  )
    from--;
  return from < to ? { phrase: { from, to, kind: "NOMINAL" }, loose: true } : null;
}

/**
 * "Mr. Roe issued a statement Tuesday saying …", "She made a pitch to voters arguing …": the noun phrase before
 * a participle of saying is the object of an earlier finite verb, and the speaker is that verb's subject (the
 * clause's); "officials saying …" keeps its noun. Null when no finite verb stands between clause subject and phrase.
 */
function findParticipleClauseSubject(
  tokens: readonly Token[],
  a: number,
  v: number,
  direct: Cue["phrase"],
): Cue["phrase"] | null {
  if (!/ing$/.test(tokens[v]!.text) || direct.kind !== "NOMINAL") return null;
  const clause = findClauseSubject(tokens, a, direct.from);
  if (!clause || clause.to > direct.from) return null;
  for (let i = clause.to; i < direct.from; i++) if (isVerbTag(tokens[i]!)) return clause;
  return null;
}

const ASIDE_CLOSE: Readonly<Record<string, string>> = { "—": "—", "–": "–", "--": "--", ")": "(" };

/** From `to`, past an aside that closes right before it ("X — and Y — said", "X (R-Ky.) said"), to the words before it. */
function skipAsideBefore(tokens: readonly Token[], a: number, to: number): number {
  const open = ASIDE_CLOSE[tokens[to - 1]?.text ?? ""];
  if (!open) return to;
  for (let i = to - 2; i >= a && to - i <= 12; i--) if (tokens[i]!.text === open) return i;
  return to;
}

/**
 * The subject of the verb a coordinated verb at `and + 1` shares: the clause's subject, else the words before
 * the nearest earlier verb of saying ("X told the AP her group … and said …" reads "X").
 */
function findEarlierVerbSubject(tokens: readonly Token[], a: number, and: number): ReturnType<typeof findVerbSubject> {
  const clause = findClauseSubject(tokens, a, and);
  if (clause) return { phrase: clause, loose: false };
  for (let u = and - 1; u > a; u--) {
    if (!REPORTING_VERBS.has(tokens[u]!.text)) continue;
    const before = findSubjectBefore(tokens, a, u);
    return before ? { phrase: before, loose: false } : null;
  }
  return null;
}

/** The "who" right before the verb at `v` (past "has", "also", "repeatedly"), or -1. */
function findRelativeBefore(tokens: readonly Token[], a: number, v: number): number {
  let i = v - 1;
  while (i > a && VERB_MODIFIERS.has(tokens[i]!.text)) i--;
  return i > a && /^who$/i.test(tokens[i]!.text) ? i : -1;
}

const PHRASE_STOPS = new Set(["and", "but", "or", "that", "which", "while", "because", "as", "if", "when", "who"]);

/** Every cue-and-content candidate in one sentence's token range [a, end). */
function findInSentence(
  tokens: readonly Token[],
  a: number,
  end: number,
  inQuote: (i: number) => boolean,
): Omit<ReportedCandidate, "sentence" | "sentenceIndex" | "hasQuote">[] {
  const out: Omit<ReportedCandidate, "sentence" | "sentenceIndex" | "hasQuote">[] = [];
  for (let v = a; v < end; v++) {
    const w = tokens[v]!.text;
    if (inQuote(v)) continue;
    if (w === "According" || w === "according") {
      if (tokens[v + 1]?.text !== "to") continue;
      const phrase = getLooseForwardPhrase(tokens, v + 2, end) ?? getPhraseToComma(tokens, v + 2, end);
      if (!phrase) continue;
      if (v === a && tokens[phrase.to]?.text === ",")
        out.push({
          pattern: "according-before",
          cue: { phrase, verb: v },
          clause: [phrase.to + 1, getContentEnd(tokens, phrase.to + 1, end, "that")],
        });
      else if (v > a && (tokens[v - 1]?.text === "," || end - v <= 12))
        out.push({
          pattern: "according-after",
          cue: { phrase, verb: v },
          clause:
            tokens[v - 1]?.text === "," ? [firstOutside(tokens, a, v - 1), v - 1] : [firstOutside(tokens, a, v), v],
        });
      // "At the heart of it, according to X, a former envoy, was …", "But according to aides, he wants …":
      // the source sits inside the sentence and the report goes on after it
      if (v > a && tokens[phrase.to]?.text === ",") {
        let start = phrase.to + 1;
        const apposition = APPOSITION.has(tokens[start]?.text.toLowerCase() ?? "") || tokens[start]?.text === "another";
        const closing = apposition ? findCommaIn(tokens, start, Math.min(end, start + 12)) : -1;
        if (closing >= 0) start = closing + 1;
        const stop = getContentEnd(tokens, start, end, "that");
        if (stop - start >= 3) out.push({ pattern: "according-mid", cue: { phrase, verb: v }, clause: [start, stop] });
      }
      continue;
    }
    // "Mr. Trump's claim that …", "complaints that …": a speech noun and its clause
    const noun = findNounFrame(tokens, v, a, end);
    if (noun) {
      const stop = getContentEnd(tokens, noun.start, end, "that");
      if (stop - noun.start >= 2) {
        const base = { pattern: "noun-that" as const, cue: noun.cue, loose: noun.loose };
        out.push({ ...base, clause: [noun.start, stop] });
        const early = findEarlyCut(tokens, noun.start, stop);
        if (early) out.push({ ...base, clause: [noun.start, early[0]], cut: early[1] });
      }
      continue;
    }
    const frame = REPORTING_VERBS.get(w);
    if (!frame || v === a) continue;
    // "As Crane said, the two have become …": the content follows the comma
    const as = frame && tokens[v + 1]?.text === "," ? findAsBefore(tokens, a, v) : -1;
    if (as >= 0) {
      const stop = getContentEnd(tokens, v + 2, end, "that");
      const phrase = getLooseForwardPhrase(tokens, as + 1, v) ?? { from: as + 1, to: v, kind: "NOMINAL" as const };
      if (stop - (v + 2) >= 2) out.push({ pattern: "as", cue: { phrase, verb: v }, clause: [v + 2, stop] });
      continue;
    }
    const started = getContentStart(tokens, v, end, frame);
    const found = started && findVerbSubject(tokens, a, v);
    // "Smith, who has long said …": PolNeAR names the relative pronoun, the actor is its antecedent's
    const who = findRelativeBefore(tokens, a, v);
    const subject = found && who >= 0 && found.relative === undefined ? { ...found, relative: who } : found;
    if (started && subject) {
      const phrase = subject.phrase;
      let [start] = started;
      // "said he believes the mission …": the reported clause is the inner one
      if (
        PRONOUNS.has(tokens[start]?.text.toLowerCase() ?? "") &&
        REPORTING_VERBS.has(tokens[start + 1]?.text ?? "") &&
        tokens[start + 2]?.text !== "that"
      )
        start += 2;
      const cut = getContentEnd(tokens, start, end, started[1]);
      // "said flatly: “…”" introduces a quotation; "asserted that France had lost …: “…”" keeps its clause
      const stop = tokens[cut - 1]?.text === ":" ? cut - 1 : cut;
      if (stop - start >= 2) {
        const base = {
          pattern: started[1],
          cue: { phrase, verb: v },
          loose: subject.loose,
          ...(subject.relative === undefined ? {} : { relative: subject.relative }),
        };
        out.push({ ...base, clause: [start, stop] });
        const early = findEarlyCut(tokens, start, stop);
        if (early) out.push({ ...base, clause: [start, early[0]], cut: early[1] });
        // "While Ramos said that journalists …, he appears …": the subordinate clause ends at its comma
        const main = SUBORDINATE_OPENERS.test(tokens[a]!.text) ? findCommaIn(tokens, start + 2, stop) : -1;
        if (main >= 0 && main !== early?.[0]) out.push({ ...base, clause: [start, main], cut: "main-clause" });
      }
    }
  }
  for (let c = end - 1; c > a; c--) {
    if (tokens[c]!.text !== "," || inQuote(c)) continue;
    const after = nextComma(tokens, c + 1, end);
    if (!hasSpeechWord(tokens, c + 1, after)) continue;
    const closing = findClosingAttribution(tokens, c + 1, after);
    // the attribution must open right after the comma: "…, EgyptAir said", "…, said EgyptAir"
    if (!closing || !opensAfter(tokens, c, Math.min(closing.phrase.from, closing.verb))) {
      const long = after >= end ? findLongClosing(tokens, c, end) : null;
      if (long) out.push({ pattern: "closing-long", cue: long, clause: [firstOutside(tokens, a, c), c] });
      continue;
    }
    if (after >= end) out.push({ pattern: "closing", cue: closing, clause: [firstOutside(tokens, a, c), c] });
    else {
      const base = { pattern: "aside" as const, cue: closing };
      const from = firstOutside(tokens, a, c);
      out.push({ ...base, clause: [from, getContentEnd(tokens, after + 1, end, "that")] });
      // "Many of the closures, he said, have involved …, the latter …": the content may stop earlier
      const early = findEarlyCut(tokens, after + 1, getContentEnd(tokens, after + 1, end, "that"));
      if (early) out.push({ ...base, clause: [from, early[0]], cut: early[1] });
      // "Sales were great, he said, wiping sweat off his face": what follows is the speaker's act, not the report
      if (c - from >= 2 && /ing$/.test(tokens[after + 1]?.text ?? ""))
        out.push({ ...base, clause: [from, c], cut: "participle" });
    }
  }
  return out;
}

const SUBORDINATE_OPENERS = /^(?:While|Although|Though|If|When|Because|After|Before|Since|Even|Whereas|Unless)$/;

/** The first comma in [from, to), or -1. */
function findCommaIn(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.text === ",") return i;
  return -1;
}

/** The "As" opening "As X said," up to five words before the verb at `v`, or -1. */
function findAsBefore(tokens: readonly Token[], a: number, v: number): number {
  for (let i = v - 1; i >= a && v - i <= 6; i--) {
    const t = tokens[i]!.text;
    if (/^as$/i.test(t)) return i === a || /^(?:But|And|,)$/.test(tokens[i - 1]?.text ?? "") ? i : -1;
    if (!tokens[i]!.isWord) return -1;
  }
  return -1;
}

const INVERTED = /^(?:said|says|added|adds|noted|notes|wrote|writes|argued|argues|explained|explains|told)$/;

/**
 * A closing attribution the strict reader leaves out, its subject or its tail being long:
 * "…, said a handful of Democrats who point to …", "…, says political scientist Jane Roe in Almaty",
 * "…, Wilkin said during his campaign speech …". The speaker phrase is the words between comma and verb,
 * or the words after an inverted verb up to a relative pronoun or preposition.
 */
function findLongClosing(tokens: readonly Token[], c: number, end: number): Cue | null {
  const first = tokens[c + 1];
  if (!first) return null;
  if (INVERTED.test(first.text)) {
    const phrase = getLooseForwardPhrase(tokens, c + 2, end);
    if (phrase) return { phrase, verb: c + 1 };
    let to = c + 2;
    while (
      to < end &&
      to - c <= 8 &&
      tokens[to]!.isWord &&
      !/^(?:who|that|which|in|at|on|during|after)$/.test(tokens[to]!.text)
    )
      to++;
    return to > c + 2 ? { phrase: { from: c + 2, to, kind: "NOMINAL" }, verb: c + 1 } : null;
  }
  for (let v = c + 2; v < end && v - c <= 7; v++) {
    const t = tokens[v]!;
    if (!t.isWord) return null;
    if (INVERTED.test(t.text)) {
      const phrase = getBackwardPhrase(tokens, v - 1, c + 1);
      return { phrase: phrase ?? { from: c + 1, to: v, kind: "NOMINAL" }, verb: v };
    }
  }
  return null;
}

// "According to early results of the exit poll conducted by Edison Research for the Associated Press and …,"
const PHRASE_TO_COMMA_REACH = 20;

/** "According to early results of exit polls conducted for …,": the source runs to the comma. */
function getPhraseToComma(tokens: readonly Token[], from: number, end: number): Cue["phrase"] | null {
  const c = nextComma(tokens, from, end, PHRASE_TO_COMMA_REACH);
  return c > from && c - from <= PHRASE_TO_COMMA_REACH && (c < end || from < end)
    ? { from, to: c, kind: "NOMINAL" }
    : null;
}

/** Whether only quote marks stand between the comma `c` and token `at`. */
function opensAfter(tokens: readonly Token[], c: number, at: number): boolean {
  if (at <= c) return false;
  for (let i = c + 1; i < at; i++) if (!isQuoteMark(tokens[i])) return false;
  return true;
}

/** Whether a verb of saying or "according" stands in [from, to): the cheap test before reading an attribution. */
function hasSpeechWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SPEECH_VERBS.has(tokens[i]!.text) || tokens[i]!.text === "according") return true;
  return false;
}

function nextComma(tokens: readonly Token[], from: number, end: number, reach = 12): number {
  for (let i = from; i < end && i - from <= reach; i++) if (tokens[i]!.text === ",") return i;
  return end;
}

/** After the last quote mark before `to`: "“…,” he said, the plan failed" keeps only the author's words. */
function firstOutside(tokens: readonly Token[], a: number, to: number): number {
  for (let i = to - 1; i >= a; i--) if (isQuoteMark(tokens[i]) && !/^['’]$/.test(tokens[i]!.text)) return i + 1;
  return a;
}

/**
 * Every reading of "X said (that) …", "…, X said.", "The plan, X said, …",
 * "According to X, …", "X urged Y to …", "X asked whether …" in the article,
 * outside quotations; the learned scorer keeps the ones that report speech.
 */
export function findReportedCandidates(doc: Doc, tokens: readonly Token[]): ReportedCandidate[] {
  const apostropheQuotes = findApostropheQuotes(doc, tokens);
  const quoted = findQuotedTokens(doc, tokens, apostropheQuotes);
  const inQuote = (i: number) => quoted[i] === 1;
  const out: ReportedCandidate[] = [];
  doc.sentences.forEach((s, sentenceIndex) => {
    const a = findTokenIndex(tokens, s.start);
    let end = findTokenIndex(tokens, s.end);
    while (end > a && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
    const hasQuote = DOUBLE_MARK.test(s.text);
    for (const c of findInSentence(tokens, a, end, inQuote))
      out.push({ ...c, sentence: [a, end], sentenceIndex, hasQuote });
  });
  out.push(...findApostropheQuoteCandidates(doc, tokens, apostropheQuotes));
  return out;
}

/** 1 for every token inside a quotation (its marks included; two-apostrophe ones too), in one sweep over tokens and quotes. */
function findQuotedTokens(
  doc: Doc,
  tokens: readonly Token[],
  apostropheQuotes: readonly ApostropheQuote[],
): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  const ranges = doc.quotes
    .map((q) => [q.markStart ?? q.start, q.markEnd ?? q.end] as const)
    .sort((x, y) => x[0] - y[0]);
  for (const [from, to] of ranges) {
    for (let k = findTokenIndex(tokens, from); k < tokens.length && tokens[k]!.start < to; k++) flags[k] = 1;
  }
  // their cues and contents are read by `apostrophe-quotes.ts`, as a whole
  for (const q of apostropheQuotes) flags.fill(1, q.from, q.to);
  return flags;
}
