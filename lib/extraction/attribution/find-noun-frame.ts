import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import type { Cue } from "./cue.ts";
import { getBackwardPhrase, getLooseForwardPhrase } from "./speaker-phrase.ts";

/**
 * Nouns that name an act of saying and take its content as a "that" clause ("the claim that …",
 * "his warning that …"), singular and plural. Beliefs ("view", "belief") stay out: they report no speech.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  [
    "claim",
    "argument",
    "announcement",
    "complaint",
    "report",
    "warning",
    "promise",
    "pledge",
    "assertion",
    "suggestion",
    "insistence",
    "acknowledgment",
    "acknowledgement",
    "declaration",
    "prediction",
    "vow",
    "confirmation",
    "allegation",
    "accusation",
    "statement",
    "contention",
    "admission",
    "denial",
    "assurance",
    "charge",
  ].flatMap((n) => [n, n.endsWith("s") ? `${n}es` : `${n}s`]),
);

const POSSESSIVE = /^['’]s?$/;
const OPENING_PREPOSITIONS = /^(?:despite|after|before|with|amid|against|over|of|for|about|given|unlike|like)$/i;
const POSSESSIVE_PRONOUNS: Readonly<Record<string, true>> = { his: true, her: true, their: true, its: true };
// words that may stand between the noun and "that": a time or a short adjunct ("his claim Monday that")
const GAP_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last|this|week|month|year|earlier|again|,)$/;

/** A noun frame found at a speech noun: who made the statement, and where its content starts. */
export interface NounFrame {
  cue: Cue;
  /** Whether no owner names the speaker: the phrase is the noun phrase itself, shown, never resolved. */
  loose: boolean;
  /** First token of the content (after "that"). */
  start: number;
}

/**
 * "Mr. Trump's claim that …", "his insistence that …", "claims by the agencies that …",
 * "complaints that …": a speech noun with its content in a "that" clause. The speaker is the
 * noun's owner (a possessive or a "by" phrase); without one the noun phrase stands, marked loose.
 */
export function findNounFrame(tokens: readonly Token[], n: number, a: number, end: number): NounFrame | null {
  const noun = tokens[n]!;
  if (!SPEECH_NOUNS.has(noun.text.toLowerCase())) return null;
  // "the report said …", "claims he …": a verb, which the verb frames read
  if (/^(?:VB|MD)/.test(noun.pos ?? "") && !/^NN/.test(noun.pos ?? "")) return null;
  let k = n + 1;
  let by: Cue["phrase"] | null = null;
  if (tokens[k]?.text === "by" || tokens[k]?.text === "from") {
    by = getLooseForwardPhrase(tokens, k + 1, Math.min(end, k + 8));
    if (!by) return null;
    k = by.to;
  }
  for (let guard = 0; guard < 3 && k < end && GAP_WORDS.test(tokens[k]!.text); guard++) k++;
  if (tokens[k]?.text !== "that" || k + 2 >= end) return null;
  const owner = by ?? findOwner(tokens, n, a);
  if (owner) return { cue: { phrase: owner, verb: n }, loose: false, start: k + 1 };
  return { cue: { phrase: { from: n, to: n + 1, kind: "NOMINAL" }, verb: n }, loose: true, start: k + 1 };
}

/** The owner before the noun at `n`: "his" in "his claim", "Mr. Trump" in "Mr. Trump's repeated claim". */
function findOwner(tokens: readonly Token[], n: number, a: number): Cue["phrase"] | null {
  for (let i = n - 1; i >= a && n - i <= 3; i--) {
    const t = tokens[i]!;
    if (POSSESSIVE_PRONOUNS[t.text.toLowerCase()]) return { from: i, to: i + 1, kind: "PRONOUN" };
    if (POSSESSIVE.test(t.text) && i > a) {
      const phrase = getBackwardPhrase(tokens, i - 1, a);
      // "Despite Mr. Trump's claims": the preposition opening the sentence is no part of the owner
      return phrase && OPENING_PREPOSITIONS.test(tokens[phrase.from]!.text) && phrase.to - phrase.from > 1
        ? { ...phrase, from: phrase.from + 1 }
        : phrase;
    }
    if (!t.isWord || /^(?:the|a|an|that|this)$/i.test(t.text)) return null;
  }
  return null;
}
