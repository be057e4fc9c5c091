import type { Token } from "../actors/tokenize.ts";
import { INVERTED_SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import { getBackwardPhrase, getForwardPhrase, getLooseForwardPhrase, type SpeakerPhrase } from "./speaker-phrase.ts";
import { findClauseSubject } from "./find-clause-subject.ts";
import { NOMINAL_HEADS, TITLE_WORDS } from "../lexicon/titles.ts";
import { isQuoteMark, isTerminal } from "./token-index.ts";
import { DETERMINERS, PRONOUNS, TIME_WORDS, VERB_MODIFIERS, isBackwardCue, isForwardCue } from "./word-classes.ts";

/** A speaker phrase with the cue (speech verb) that links it to a quote. */
export interface Cue {
  phrase: SpeakerPhrase;
  /** Token index of the speech verb ("said") or of "according". */
  verb: number;
}

const MAX_SUBJECT_TOKENS = 40;
const DASHES = /^[—–―-]$/;
// nouns of statements a possessive name can own ("Trump’s claim that …")
const CLAIM_NOUNS = new Set(["claim", "claims", "statement", "assertion", "remark", "remarks", "comment", "comments", "promise", "warning", "argument", "description", "words", "tweet", "pledge", "vow", "insistence", "contention", "suggestion", "accusation", "charge", "allegation"]);

/**
 * The attribution after a quote: "…,” said X", "…,” X said", "…,” X, a …, said",
 * "…,” according to X". `from` is the first token after the closing mark and
 * `limit` the first token past the paragraph or at the next quote.
 */
export function findCueAfter(tokens: readonly Token[], from: number, limit: number, quoteEndsStatement: boolean, checkShape = true): Cue | null {
  let j = from;
  while (j < limit && tokens[j]!.text === ",") j++;
  if (j < limit && DASHES.test(tokens[j]!.text)) {
    // a byline after a dash: "“…” ― Jane Doe"
    const phrase = getForwardPhrase(tokens, j + 1, limit);
    if (phrase && phrase.kind === "NAME" && (phrase.to >= limit || /^[.,]$/.test(tokens[phrase.to]!.text))) return { phrase, verb: j };
    j++;
  }
  const first = tokens[j];
  if (!first) return null;
  const w = first.text.toLowerCase();
  if (w === "according" && tokens[j + 1]?.text === "to") {
    const phrase = getLooseForwardPhrase(tokens, j + 2, limit);
    return phrase ? { phrase, verb: j } : null;
  }
  if (INVERTED_SPEECH_VERBS.has(w) && first.text === w) {
    const phrase = getLooseForwardPhrase(tokens, j + 1, limit);
    return phrase ? { phrase, verb: j } : null;
  }
  if (checkShape && !hasAttributionShape(tokens, from, j)) return null;
  // "“…,” Trump accused Holt …": a name right after a comma-ended quote, then its verb
  if (endsWithComma(tokens, from) && (tokens[j]?.isCap || PRONOUNS.has(w))) {
    const phrase = getForwardPhrase(tokens, j, limit);
    const verb = phrase ? tokens[phrase.to] : undefined;
    if (phrase && phrase.kind !== "NOMINAL" && verb && /^\p{Ll}+(?:ed|s)$/u.test(verb.text) && !VERB_MODIFIERS.has(verb.text)) return { phrase, verb: phrase.to };
  }
  for (let v = j; v < limit && v - j < MAX_SUBJECT_TOKENS; v++) {
    const t = tokens[v]!;
    if (isTerminal(t, tokens[v - 1], tokens[v + 1]) || isQuoteMark(t)) return null;
    if (!isForwardCue(t.text) || v === j) continue;
    if (quoteEndsStatement && !closesSoon(tokens, v + 1, limit)) return null;
    const phrase = getSubjectPhrase(tokens, j, v);
    return phrase ? { phrase, verb: v } : null;
  }
  return null;
}

/**
 * Whether the words after a closing mark can open an attribution: after a comma
 * (",” he said" / "”, he said"), or a name or pronoun right away; a fragment
 * running on into the author's sentence ("the “occupying” U.S. and …") cannot.
 */
function hasAttributionShape(tokens: readonly Token[], from: number, j: number): boolean {
  let inside = from - 2;
  while (inside > 0 && isQuoteMark(tokens[inside])) inside--;
  const lastInside = tokens[inside];
  if (j > from || (lastInside && /^[,.!?…—–-]$/.test(lastInside.text))) return true;
  const first = tokens[j];
  if (!first) return false;
  const w = first.text.toLowerCase();
  return PRONOUNS.has(w) || w === "the" || (first.isCap && first.text !== "U.S.");
}

function endsWithComma(tokens: readonly Token[], from: number): boolean {
  let inside = from - 2;
  while (inside > 0 && isQuoteMark(tokens[inside])) inside--;
  return tokens[inside]?.text === ",";
}

/** Whether the clause after a verb ends within a few tokens (“…” he said. / he said, adding). */
function closesSoon(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let i = k; i < limit && i - k < 10; i++) {
    const t = tokens[i]!.text;
    if (/^[.,;:!?]$/.test(t) || isQuoteMark(tokens[i])) return true;
  }
  return k >= limit;
}

/**
 * The subject between a closing quote and its verb. Commas split it into an
 * apposition ("Bill Roggio, a senior fellow at …, said") or a lead-in
 * ("including X, Afghan adviser Y, told"): the first segment if it names
 * someone, else the last.
 */
function getSubjectPhrase(tokens: readonly Token[], from: number, verb: number): SpeakerPhrase | null {
  const segments: [number, number][] = [];
  let s = from;
  for (let k = from; k <= verb; k++) {
    if (k === verb || tokens[k]!.text === "," || tokens[k]!.text === "(") {
      if (k > s) segments.push([s, k]);
      s = k + 1;
      if (tokens[k]!.text === "(") while (s < verb && tokens[s - 1]!.text !== ")") s++;
    }
  }
  const firstSeg = segments[0];
  const lastSeg = segments[segments.length - 1];
  if (!firstSeg || !lastSeg) return null;
  const head = asSubject(tokens, firstSeg[0], firstSeg[1], segments.length === 1);
  if (head) return head;
  return segments.length > 1 ? asSubject(tokens, lastSeg[0], lastSeg[1], true) : null;
}

function asSubject(tokens: readonly Token[], from: number, to: number, mustReachEnd: boolean): SpeakerPhrase | null {
  let end = to;
  while (end > from && VERB_MODIFIERS.has(tokens[end - 1]!.text)) end--;
  const t = tokens[from];
  if (!t || end <= from) return null;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w)) return end === from + 1 ? { from, to: end, kind: "PRONOUN" } : null;
  let phrase = getForwardPhrase(tokens, from, end);
  if (!phrase) {
    // "panel Chairman Rep. Jason Chaffetz said": lower-case words before a name
    let c = from;
    while (c < end && !tokens[c]!.isCap) c++;
    phrase = c < end && c - from <= 3 ? getForwardPhrase(tokens, c, end) : null;
  }
  if (!phrase) return null;
  if (mustReachEnd && phrase.to < end) {
    // "the director of debate at the University said": a nominal that runs to the verb
    if (end - from > 10 || !(DETERMINERS.has(w) || t.isCap)) return null;
    const plain = tokens.slice(phrase.to, end).every((x) => x.isCap || /^(?:of|for|at|the|and|’s|'s|\.)$/.test(x.text) || TITLE_WORDS.has(x.text) || NOMINAL_HEADS.has(x.text));
    return plain ? { from, to: end, kind: phrase.kind === "NAME" && !DETERMINERS.has(w) ? "NAME" : "NOMINAL" } : null;
  }
  return phrase;
}

/**
 * The attribution before a quote in the same clause: "X said: “…”",
 * "X told reporters that “…”", "According to X, “…”", "X called it a “…”".
 * `floor` is the first token of the clause and `to` the opening mark's token.
 */
export function findCueBefore(tokens: readonly Token[], floor: number, to: number): Cue | null {
  const cue = findInnerCueBefore(tokens, floor, to);
  return cue ? (findOuterCue(tokens, floor, cue) ?? cue) : null;
}

// verbs whose complement clause reports the speaker's own words ("Lynch said she recalled …")
const OUTER_REPORTING = new Set(["said", "says", "added", "noted", "argued", "insisted", "explained", "acknowledged", "claimed", "believes", "thinks", "wrote", "told", "tells", "stressed", "suggested", "recalled"]);

/**
 * The outer attribution of a nested one: in "X said she felt …" or "X said Y
 * called it a “…”" the quoted words are reported by X, the source news
 * annotation names.
 */
function findOuterCue(tokens: readonly Token[], floor: number, inner: Cue): Cue | null {
  let o = inner.phrase.from - 1;
  if (tokens[o]?.text === "that") o--;
  while (o > floor && TIME_WORDS.has(tokens[o]!.text)) o--;
  if (o <= floor || !OUTER_REPORTING.has(tokens[o]!.text)) return null;
  const phrase = findSubjectBefore(tokens, floor, o);
  return phrase ? { phrase, verb: o } : null;
}

function findInnerCueBefore(tokens: readonly Token[], floor: number, to: number): Cue | null {
  for (let a = floor; a + 1 < to; a++) {
    if (tokens[a]!.text.toLowerCase() === "according" && tokens[a + 1]!.text === "to") {
      const phrase = getLooseForwardPhrase(tokens, a + 2, to);
      if (phrase) return { phrase, verb: a };
    }
  }
  const opener = tokens[floor];
  // "Said Ellis: “…”": an inverted cue opening the sentence
  if (opener && opener.isCap && INVERTED_SPEECH_VERBS.has(opener.text.toLowerCase())) {
    const phrase = getForwardPhrase(tokens, floor + 1, to);
    if (phrase) return { phrase, verb: floor };
  }
  for (let v = to - 1; v >= floor; v--) {
    const t = tokens[v]!;
    if (isQuoteMark(t)) return null;
    // "Donald Trump’s claim that there have been “…”"
    if (CLAIM_NOUNS.has(t.text) && /^['’]s$/.test(tokens[v - 1]?.text ?? "") && v - 2 >= floor) {
      const phrase = getBackwardPhrase(tokens, v - 2, floor);
      if (phrase && phrase.kind === "NAME") return { phrase, verb: v };
    }
    // "call them “lone wolves”": an ambiguous verb right before the quote still introduces it
    const isNearCall = /^(?:call|calls)$/.test(t.text) && to - v <= 3;
    if ((!isBackwardCue(t.text) && !isNearCall) || t.text !== t.text.toLowerCase()) continue;
    // "The official declined …, describing them as “…”": the subject opens the sentence
    if (/ing$/.test(t.text) && tokens[v - 1]?.text === ",") {
      const phrase = findClauseSubject(tokens, floor, v);
      if (phrase) return { phrase, verb: v };
      continue;
    }
    // "condemned what he called a “…”": the speaker is the clause's subject
    if (tokens[v - 2]?.text === "what" && PRONOUNS.has(tokens[v - 1]!.text)) {
      const subject = findClauseSubject(tokens, floor, v - 2);
      if (subject) return { phrase: subject, verb: v };
    }
    const k = skipToSubject(tokens, v - 1, floor);
    // "The nominee outlined his plan and vowed to …": the subject of the first verb
    const coordinated = /^(?:and|but|or)$/.test(tokens[k]?.text ?? "");
    const phrase = k < floor ? null : coordinated ? findCoordinatedSubject(tokens, floor, k) : getBackwardPhrase(tokens, k, floor);
    if (phrase) return { phrase, verb: v };
  }
  return null;
}

/** The subject of the speech verb at `verb` within a clause starting at `floor`, or null. */
export function findSubjectBefore(tokens: readonly Token[], floor: number, verb: number): SpeakerPhrase | null {
  const k = skipToSubject(tokens, verb - 1, floor);
  if (k < floor) return null;
  if (/^(?:and|but|or)$/.test(tokens[k]!.text)) return findCoordinatedSubject(tokens, floor, k);
  return getBackwardPhrase(tokens, k, floor);
}

/**
 * The subject shared by two coordinated verbs ("I laughed and said", "X
 * outlined his plan and vowed"): the word right before the first verb when it
 * names someone, else the subject of the whole clause.
 */
function findCoordinatedSubject(tokens: readonly Token[], floor: number, and: number): SpeakerPhrase | null {
  const firstVerb = and - 1;
  if (firstVerb > floor && /^\p{Ll}+$/u.test(tokens[firstVerb]!.text)) {
    const near = getBackwardPhrase(tokens, skipToSubject(tokens, firstVerb - 1, floor), floor);
    if (near && near.kind !== "NOMINAL") return near;
  }
  return findClauseSubject(tokens, floor, and);
}

/** From the token before a verb back to the last word of its subject, past modifiers, time adjuncts and appositions. */
function skipToSubject(tokens: readonly Token[], from: number, floor: number): number {
  let k = from;
  for (let guard = 0; guard < 12 && k >= floor; guard++) {
    const t = tokens[k]!;
    if (VERB_MODIFIERS.has(t.text) || TIME_WORDS.has(t.text) || t.text === "who" || /^\d/.test(t.text)) k--;
    else if (t.text === ",") k = skipApposition(tokens, k, floor);
    else if (isBackwardCue(t.text) && t.text === t.text.toLowerCase()) k--; // "X said, noting …"
    else break;
  }
  return k;
}

/** From the comma closing an apposition, the token before the comma that opens it. */
function skipApposition(tokens: readonly Token[], comma: number, floor: number): number {
  for (let i = comma - 1; i >= floor && comma - i < 30; i--) {
    if (tokens[i]!.text === ",") return i - 1;
  }
  return comma - 1;
}

/**
 * An attribution closing the quote's sentence after a comma: "“…” to drive up
 * profits, she said." Scans the commas between the quote and `end` (the
 * sentence's last token) for a subject and verb that end the sentence.
 */
export function findSentenceFinalCue(tokens: readonly Token[], from: number, end: number): Cue | null {
  for (let c = from; c < end; c++) {
    if (tokens[c]!.text !== ",") continue;
    const cue = findCueAfter(tokens, c + 1, end, false, false);
    if (!cue) continue;
    if (cue.phrase.to >= end - 2 || tokens[cue.verb]!.text === "according") return cue;
    // the verb closes the clause: "…, she said." / "…, she said Monday." / "…, she said, referencing …"
    let k = Math.max(cue.verb, cue.phrase.to - 1) + 1;
    while (k < end && TIME_WORDS.has(tokens[k]!.text)) k++;
    if (k >= end || /^[,.;:!?]$/.test(tokens[k]!.text)) return cue;
  }
  return null;
}

/**
 * A sentence that ends with its attribution ("…, Schiff said." / "…, said
 * Blair."), for the quote that follows it in the same paragraph.
 */
export function findClosingAttribution(tokens: readonly Token[], floor: number, end: number): Cue | null {
  // a sentence that is itself a quote and its attribution: take the attribution after the last mark
  for (let m = end - 1; m > floor; m--) {
    if (!isQuoteMark(tokens[m]) || !/^[”"]$/.test(tokens[m]!.text) || m + 1 >= end) continue;
    const cue = findCueAfter(tokens, m + 1, end, false);
    if (cue) return cue;
    break;
  }
  let e = end;
  while (e > floor && (isQuoteMark(tokens[e - 1]) || /^[.!?]$/.test(tokens[e - 1]!.text) || TIME_WORDS.has(tokens[e - 1]!.text))) e--;
  const last = tokens[e - 1];
  if (!last) return null;
  if (isForwardCue(last.text)) {
    const phrase = getBackwardPhrase(tokens, skipToSubject(tokens, e - 2, floor), floor);
    return phrase && phrase.kind !== "NOMINAL" ? { phrase, verb: e - 1 } : phrase ? { phrase, verb: e - 1 } : null;
  }
  for (let v = e - 2; v >= floor && e - v <= 30; v--) {
    if (isQuoteMark(tokens[v])) return null;
    // inverted order only right after a comma or the quote: "…, said Blair." (not "Trump declared the talks")
    if (INVERTED_SPEECH_VERBS.has(tokens[v]!.text) && (v === floor || tokens[v - 1]!.text === "," || isQuoteMark(tokens[v - 1]))) {
      const phrase = getLooseForwardPhrase(tokens, v + 1, e);
      const rest = phrase ? tokens[phrase.to] : undefined;
      return phrase && (phrase.to >= e - 1 || rest?.text === "," || rest?.text === "(") ? { phrase, verb: v } : null;
    }
  }
  return null;
}
