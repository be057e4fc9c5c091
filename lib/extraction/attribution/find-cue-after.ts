import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { INVERTED_SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import { NOMINAL_HEADS, TITLE_WORDS } from "@/lib/extraction/lexicon/titles.ts";
import type { Cue } from "./cue.ts";
import { getForwardPhrase, getLooseForwardPhrase, withNameApposition, type SpeakerPhrase } from "./speaker-phrase.ts";
import { isQuoteMark, isTerminal } from "./token-index.ts";
import { DETERMINERS, PRONOUNS, TIME_WORDS, VERB_MODIFIERS, isForwardCue } from "./word-classes.ts";

const MAX_SUBJECT_TOKENS = 40;
const DASHES = /^[—–―-]$/;

/**
 * The attribution after a quote: "…,” said X", "…,” X said", "…,” X, a …, said",
 * "…,” according to X". `from` is the first token after the closing mark and
 * `limit` the first token past the paragraph or at the next quote.
 */
export function findCueAfter(
  tokens: readonly Token[],
  from: number,
  limit: number,
  quoteEndsStatement: boolean,
  checkShape = true,
): Cue | null {
  let j = from;
  while (j < limit && tokens[j]!.text === ",") j++;
  if (j < limit && DASHES.test(tokens[j]!.text)) {
    // a byline after a dash: "“…” ― Jane Doe"
    const phrase = getForwardPhrase(tokens, j + 1, limit);
    if (phrase && phrase.kind === "NAME" && (phrase.to >= limit || /^[.,]$/.test(tokens[phrase.to]!.text)))
      return { phrase, verb: j };
    j++;
  }
  const first = tokens[j];
  if (!first) return null;
  const w = first.text.toLowerCase();
  if (w === "according" && tokens[j + 1]?.text === "to") {
    const phrase = getLooseForwardPhrase(tokens, j + 2, limit);
    return phrase ? { phrase, verb: j } : null;
  }
  // "…,” as The Times put it." / "…,” as she said.": the subject of the "as" clause
  if (w === "as") {
    const phrase = getForwardPhrase(tokens, j + 1, limit);
    const verb = phrase ? tokens[phrase.to] : undefined;
    if (
      phrase &&
      verb &&
      ((/^puts?$/.test(verb.text) && tokens[phrase.to + 1]?.text === "it") || INVERTED_SPEECH_VERBS.has(verb.text))
    )
      return { phrase, verb: phrase.to };
    return null;
  }
  if (INVERTED_SPEECH_VERBS.has(w) && first.text === w) {
    const phrase = getLooseForwardPhrase(tokens, j + 1, limit);
    return phrase ? { phrase: withNameApposition(tokens, phrase, limit), verb: j } : null;
  }
  if (checkShape && !hasAttributionShape(tokens, from, j)) return null;
  // "“…,” Trump accused Holt …": a name right after a comma-ended quote, then its verb
  if (endsWithComma(tokens, from) && (tokens[j]?.isCap || PRONOUNS.has(w))) {
    const phrase = getForwardPhrase(tokens, j, limit);
    const verb = phrase ? tokens[phrase.to] : undefined;
    if (
      phrase &&
      phrase.kind !== "NOMINAL" &&
      verb &&
      /^\p{Ll}+(?:ed|s)$/u.test(verb.text) &&
      !VERB_MODIFIERS.has(verb.text)
    )
      return { phrase, verb: phrase.to };
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
  // a capitalised word must be followed by its speech verb: "“…” Olumbo said", not "the “occupying” Zamrani forces"
  return PRONOUNS.has(w) || w === "the" || (first.isCap && hasSpeechVerbSoon(tokens, j));
}

/** Whether a speech verb follows within the words a name and its apposition take ("Jane Doe, a spokeswoman, said"). */
function hasSpeechVerbSoon(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k - j <= 20; k++) {
    if (isForwardCue(tokens[k]!.text)) return true;
    if (/^[.!?;:]$/.test(tokens[k]!.text) && !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? "")) return false;
  }
  return false;
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
    // "X said:" introduces the words that follow, not the quote before
    if (t === ":") return false;
    if (/^[.,;!?]$/.test(t) || isQuoteMark(tokens[i])) return true;
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
  if (head) return withNameApposition(tokens, head, verb);
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
    const opensWithPreposition = /^(?:of|for|at|in|on|to|from|by|with)$/.test(tokens[from]!.text);
    phrase = c < end && c - from <= 3 && !opensWithPreposition ? getForwardPhrase(tokens, c, end) : null;
  }
  if (!phrase) return null;
  if (mustReachEnd && phrase.to < end) {
    // "the director of debate at the University said": a nominal that runs to the verb
    if (end - from > 10 || !(DETERMINERS.has(w) || t.isCap)) return null;
    const plain = tokens
      .slice(phrase.to, end)
      .every(
        (x) =>
          x.isCap ||
          /^(?:of|for|at|in|the|and|’s|'s|\.)$/.test(x.text) ||
          TITLE_WORDS.has(x.text) ||
          NOMINAL_HEADS.has(x.text),
      );
    return plain ? { from, to: end, kind: phrase.kind === "NAME" && !DETERMINERS.has(w) ? "NAME" : "NOMINAL" } : null;
  }
  return phrase;
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
