import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { INVERTED_SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import type { Cue } from "./cue.ts";
import { findClauseSubject } from "./find-clause-subject.ts";
import {
  getBackwardPhrase,
  getForwardPhrase,
  getLooseForwardPhrase,
  withNameApposition,
  withNameBefore,
  type SpeakerPhrase,
} from "./speaker-phrase.ts";
import { isQuoteMark } from "./token-index.ts";
import { PRONOUNS, TIME_WORDS, VERB_MODIFIERS, isBackwardCue } from "./word-classes.ts";

// nouns of statements a possessive name can own ("Trump’s claim that …")
const CLAIM_NOUNS = new Set([
  "claim",
  "claims",
  "statement",
  "assertion",
  "remark",
  "remarks",
  "comment",
  "comments",
  "promise",
  "warning",
  "argument",
  "description",
  "words",
  "tweet",
  "pledge",
  "vow",
  "insistence",
  "contention",
  "suggestion",
  "accusation",
  "charge",
  "allegation",
]);

/**
 * The attribution before a quote in the same clause: "X said: “…”",
 * "X told reporters that “…”", "According to X, “…”", "X called it a “…”".
 * `floor` is the first token of the clause and `to` the opening mark's token;
 * `sentenceFloor` the first token of the sentence (before any earlier quote in it).
 */
export function findCueBefore(tokens: readonly Token[], floor: number, to: number, sentenceFloor = floor): Cue | null {
  const cue = findInnerCueBefore(tokens, floor, to, sentenceFloor);
  return cue ? (findOuterCue(tokens, floor, cue) ?? cue) : null;
}

// verbs whose complement clause reports the speaker's own words ("Lynch said she recalled …",
// "she pointed to reports that X called …")
const OUTER_REPORTING = new Set([
  "said",
  "says",
  "added",
  "noted",
  "argued",
  "insisted",
  "explained",
  "acknowledged",
  "claimed",
  "believes",
  "thinks",
  "wrote",
  "told",
  "tells",
  "stressed",
  "suggested",
  "recalled",
  "ruled",
  "concluded",
  "reported",
  "found",
  "pointed",
  "cited",
]);

/**
 * The outer attribution of a nested one: in "X said she felt …" or "X said Y
 * called it a “…”" the quoted words are reported by X, the source news
 * annotation names.
 */
function findOuterCue(tokens: readonly Token[], floor: number, inner: Cue): Cue | null {
  let o = inner.phrase.from - 1;
  if (tokens[o]?.text === "that") {
    // "Trump said during a rally in Michigan that Clinton …": an adjunct may sit between verb and "that"
    for (let k = o - 1; k > floor && o - k <= 8 && tokens[k]!.isWord; k--) {
      if (OUTER_REPORTING.has(tokens[k]!.text)) {
        o = k + 1;
        break;
      }
    }
    o--;
  }
  while (o > floor && TIME_WORDS.has(tokens[o]!.text)) o--;
  if (o <= floor || !OUTER_REPORTING.has(tokens[o]!.text)) return null;
  const phrase = findSubjectBefore(tokens, floor, o);
  return phrase ? { phrase, verb: o } : null;
}

function findInnerCueBefore(tokens: readonly Token[], floor: number, to: number, sentenceFloor: number): Cue | null {
  for (let a = floor; a + 1 < to; a++) {
    // the cheap test first: lower-casing every token of the window costs a string each
    if (tokens[a + 1]!.text === "to" && tokens[a]!.text.toLowerCase() === "according") {
      const phrase = getLooseForwardPhrase(tokens, a + 2, to);
      if (phrase) return { phrase, verb: a };
    }
  }
  // "To her, “…”", "To Calloway, “…”": whose view the quote gives
  const toView = findToView(tokens, floor, to);
  if (toView) return toView;
  const opener = tokens[floor];
  // "Said Ellis: “…”": an inverted cue opening the sentence
  if (opener && opener.isCap && INVERTED_SPEECH_VERBS.has(opener.text.toLowerCase())) {
    const phrase = getForwardPhrase(tokens, floor + 1, to);
    if (phrase) return { phrase, verb: floor };
  }
  let relative: Cue | null = null;
  for (let v = to - 1; v >= floor; v--) {
    const t = tokens[v]!;
    if (isQuoteMark(t)) return relative;
    // "Donald Trump’s claim that there have been “…”" (not "called Mr. Obama’s remarks on Saturday “…”")
    if (
      CLAIM_NOUNS.has(t.text) &&
      /^['’]s$/.test(tokens[v - 1]?.text ?? "") &&
      v - 2 >= floor &&
      /^(?:that|about|of)$/.test(tokens[v + 1]?.text ?? "")
    ) {
      const phrase = getBackwardPhrase(tokens, v - 2, floor);
      if (phrase && phrase.kind === "NAME") return { phrase, verb: v };
    }
    // "as The Times put it, “…”": the subject of "put it" after "as"
    if (/^puts?$/.test(t.text) && tokens[v + 1]?.text === "it") {
      const phrase = getBackwardPhrase(tokens, skipToSubject(tokens, v - 1, floor), floor);
      const opener = phrase ? phrase.from - (/^(?:the|a|an)$/.test(tokens[phrase.from - 1]?.text ?? "") ? 2 : 1) : -1;
      if (phrase && /^as$/i.test(tokens[opener]?.text ?? "")) return { phrase, verb: v };
    }
    // "call them “lone wolves”", "what they call X’s “…”": an ambiguous verb that still introduces the quote
    const isNearCall = /^(?:call|calls)$/.test(t.text) && (to - v <= 3 || isWhatPronoun(tokens, v));
    if ((!isBackwardCue(t.text) && !isNearCall) || t.text !== t.text.toLowerCase()) continue;
    // "The official declined …, describing them as “…”": the subject opens the sentence
    if (/ing$/.test(t.text) && tokens[v - 1]?.text === ",") {
      const phrase = findClauseSubject(tokens, floor, v);
      if (phrase) return { phrase, verb: v };
      continue;
    }
    // "condemned what he called a “…”": the speaker is the clause's subject
    // (an earlier quote in the sentence does not hide the sentence's subject: "X urged … “a con” and … what he called “…”")
    if (isWhatPronoun(tokens, v)) {
      const subject =
        findClauseSubject(tokens, floor, v - 2) ??
        (sentenceFloor < floor ? findClauseSubject(tokens, sentenceFloor, v - 2) : null);
      if (subject) return { phrase: subject, verb: v };
    }
    const k = skipToSubject(tokens, v - 1, floor);
    // "The nominee outlined his plan and vowed to …": the subject of the first verb
    const coordinated = /^(?:and|but|or)$/.test(tokens[k]?.text ?? "");
    const phrase =
      k < floor ? null : coordinated ? findCoordinatedSubject(tokens, floor, k) : getBackwardPhrase(tokens, k, floor);
    if (!phrase) continue;
    // "told a young woman who suggested that …": a relative clause's verb yields to an earlier cue
    if (tokens[v - 1]?.text === "who" && phrase.from > floor) {
      relative ??= { phrase, verb: v };
      continue;
    }
    return { phrase: withNameBefore(tokens, withNameApposition(tokens, phrase, v), floor), verb: v };
  }
  return relative;
}

const OBJECT_PRONOUNS = new Set(["her", "him", "them"]);

/** "… because to her, “…”": "to" with a pronoun or name, a comma, then the quote. */
function findToView(tokens: readonly Token[], floor: number, to: number): Cue | null {
  const comma = to - 1;
  if (tokens[comma]?.text !== ",") return null;
  if (
    OBJECT_PRONOUNS.has(tokens[comma - 1]?.text ?? "") &&
    /^to$/i.test(tokens[comma - 2]?.text ?? "") &&
    comma - 2 >= floor
  ) {
    return { phrase: { from: comma - 1, to: comma, kind: "PRONOUN" }, verb: comma - 2 };
  }
  for (let a = comma - 2; a >= floor && comma - a <= 5; a--) {
    if (!/^to$/i.test(tokens[a]!.text)) continue;
    const phrase = getForwardPhrase(tokens, a + 1, comma);
    return phrase && phrase.kind === "NAME" && phrase.to === comma ? { phrase, verb: a } : null;
  }
  return null;
}

/** Whether the verb at `v` follows "what he", "what they" (a free relative: "what he called a “…”"). */
function isWhatPronoun(tokens: readonly Token[], v: number): boolean {
  return /^what$/i.test(tokens[v - 2]?.text ?? "") && PRONOUNS.has(tokens[v - 1]?.text ?? "");
}

/** The subject of the speech verb at `verb` within a clause starting at `floor`, or null. */
export function findSubjectBefore(tokens: readonly Token[], floor: number, verb: number): SpeakerPhrase | null {
  const k = skipToSubject(tokens, verb - 1, floor);
  if (k < floor) return null;
  if (/^(?:and|but|or)$/.test(tokens[k]!.text)) return findCoordinatedSubject(tokens, floor, k);
  const phrase = getBackwardPhrase(tokens, k, floor);
  return phrase && withNameBefore(tokens, withNameApposition(tokens, phrase, verb), floor);
}

/**
 * The subject shared by two coordinated verbs ("I laughed and said", "X
 * outlined his plan and vowed"): the word right before the first verb when it
 * names someone, else the subject of the whole clause.
 */
function findCoordinatedSubject(tokens: readonly Token[], floor: number, and: number): SpeakerPhrase | null {
  // "after she attacked the police and blamed …": the nearest subject pronoun of this clause
  for (let i = and - 1; i >= floor && and - i <= 10 && tokens[i]!.text !== ","; i--) {
    if (/^(?:he|she|they|we|I)$/.test(tokens[i]!.text)) return { from: i, to: i + 1, kind: "PRONOUN" };
  }
  const firstVerb = and - 1;
  if (firstVerb > floor && /^\p{Ll}+$/u.test(tokens[firstVerb]!.text)) {
    const near = getBackwardPhrase(tokens, skipToSubject(tokens, firstVerb - 1, floor), floor);
    if (near && near.kind !== "NOMINAL") return near;
  }
  return findClauseSubject(tokens, floor, and);
}

/** From the token before a verb back to the last word of its subject, past modifiers, time adjuncts and appositions. */
export function skipToSubject(tokens: readonly Token[], from: number, floor: number): number {
  let k = from;
  for (let guard = 0; guard < 12 && k >= floor; guard++) {
    const t = tokens[k]!;
    if (VERB_MODIFIERS.has(t.text) || TIME_WORDS.has(t.text) || t.text === "who" || /^\d/.test(t.text)) k--;
    else if (t.text === ",") k = skipApposition(tokens, k, floor);
    else if (isBackwardCue(t.text) && t.text === t.text.toLowerCase())
      k--; // "X said, noting …"
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
