import type { Doc, QuoteRecord, Span } from "../types.ts";
import type { Token } from "../actors/tokenize.ts";
import { findTokenIndex, isQuoteMark } from "./token-index.ts";
import { findClosingAttribution } from "./find-closing-attribution.ts";
import { findSubjectBefore } from "./find-cue-before.ts";
import type { Cue } from "./cue.ts";
import { getLooseForwardPhrase, type SpeakerPhrase } from "./speaker-phrase.ts";
import { PRONOUNS, DETERMINERS } from "./word-classes.ts";

// verbs that report speech with a clause complement ("said (that) …")
const REPORTING = new Set([
  "said", "says", "told", "tells", "added", "adds", "noted", "notes", "warned", "warns", "argued", "argues",
  "insisted", "insists", "claimed", "claims", "stressed", "explained", "acknowledged", "confirmed", "confirms",
  "predicted", "suggested", "announced", "announces", "reported", "reports", "declared", "maintained",
  "maintains", "asserted", "admitted", "conceded", "emphasized", "emphasised", "believes", "believed",
  "thinks", "hopes", "wrote", "writes", "tweeted", "contended", "contends", "recalled", "revealed", "denied",
  "saying", "adding", "noting", "warning", "arguing", "insisting", "claiming",
]);
// reporting verbs that may drop "that" ("he said the talks failed")
const BARE_COMPLEMENT = new Set(["saying", "adding", "said", "says", "added", "adds", "noted", "warned", "argued", "insisted", "claimed", "told", "tells", "believes", "thinks", "hopes", "wrote", "tweeted", "maintained"]);
const MIN_CLAUSE_WORDS = 3;
const CAREFUL_BARE = new Set(["announced", "announces", "confirmed", "acknowledged", "stressed", "explained", "predicted", "suggested", "reported", "revealed", "declared", "conceded", "admitted", "emphasized", "emphasised"]);
const FINITE = /^(?:is|are|was|were|will|would|has|have|had|could|can|should|must|may|might|did|does|do)$/;

/** Whether a finite verb follows within a few words: the mark of a clause, not an object noun phrase. */
function hasFiniteVerbSoon(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from + 1; i < end && i - from <= 4; i++) if (FINITE.test(tokens[i]!.text)) return true;
  return false;
}
const PREPOSITIONS = new Set(["in", "on", "at", "to", "during", "after", "before", "with", "by", "of", "for", "as", "about", "from", "so", "what", "how", "why", "when", "which", "who", "goodbye", "yes", "no"]);

/** A reported statement found in the text, before its speaker phrase is resolved to an actor. */
export interface ReportedSpeech {
  record: QuoteRecord;
  /** How the speaker phrase (`record.speakerMention`) names the speaker. */
  kind: SpeakerPhrase["kind"];
}

/**
 * Reported speech without quote marks, as INDIRECT quotes whose text is the
 * reported clause: "X said (that) …", "…, X said.", "According to X, …".
 * Sentences holding a quotation are left to the direct-quote rules. Speakers are
 * resolved by the caller, in text order with the direct quotes.
 */
export function findReportedSpeech(doc: Doc, tokens: readonly Token[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const s of doc.sentences) {
    const a = findTokenIndex(tokens, s.start);
    let b = findTokenIndex(tokens, s.end);
    const mark = s.text.search(/["“”]/);
    if (mark === 0) continue;
    if (mark > 0) {
      // only the author's words before a quotation can report speech: "Khan said peace …: “We will …”"
      if (!/[:,—–-]\s*$/.test(s.text.slice(0, mark)) || findCueAfterMark(s.text, mark)) continue;
      b = findTokenIndex(tokens, s.start + mark);
      while (b > a && /^[:,—–-]$/.test(tokens[b - 1]!.text)) b--;
    }
    // before a quotation only "X said (that) …:" reports speech; a closing attribution there belongs to the quote
    const found = mark > 0 ? findReportingVerb(tokens, a, b) : findReported(tokens, a, b);
    if (!found || found.clause[1] - found.clause[0] < MIN_CLAUSE_WORDS) continue;
    const first = tokens[found.clause[0]]!;
    const last = tokens[found.clause[1] - 1]!;
    const mentionFrom = tokens[found.cue.phrase.from]!;
    const mentionTo = tokens[found.cue.phrase.to - 1]!;
    const mention: Span = { start: mentionFrom.start, end: mentionTo.end, text: doc.body.slice(mentionFrom.start, mentionTo.end) };
    const verb = tokens[found.cue.verb]!.text;
    out.push({
      kind: found.cue.phrase.kind,
      record: {
        start: first.start, end: last.end, text: doc.body.slice(first.start, last.end), kind: "INDIRECT", speakerKey: null,
        speakerMention: mention, cue: verb.toLowerCase() === "according" ? "according to" : verb,
        context: { start: s.start, end: s.end, text: s.text }, paragraph: s.paragraph,
      },
    });
  }
  return out;
}

function findReported(tokens: readonly Token[], a: number, b: number): { cue: Cue; clause: [number, number] } | null {
  let end = b;
  while (end > a && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
  const lastComma = findLastComma(tokens, a, end);
  // "According to the statement, the prime minister said …": the inner speaker reports it
  const inner = findReportingVerb(tokens, a, end);
  if (!inner && tokens[a]?.text === "According" && tokens[a + 1]?.text === "to") {
    const phrase = getLooseForwardPhrase(tokens, a + 2, end);
    if (phrase && tokens[phrase.to]?.text === ",") return { cue: { phrase, verb: a }, clause: [phrase.to + 1, end] };
  }
  if (inner) {
    const closing = lastComma > inner.clause[0] ? findClosingAttribution(tokens, lastComma + 1, end) : null;
    return closing ? { ...inner, clause: [inner.clause[0], Math.min(inner.clause[1], lastComma)] } : inner;
  }
  if (lastComma > a) {
    const closing = findClosingAttribution(tokens, lastComma + 1, b);
    if (closing && closing.phrase.from > lastComma) return { cue: closing, clause: [a, lastComma] };
    if (tokens[lastComma + 1]?.text === "according" && tokens[lastComma + 2]?.text === "to") {
      const phrase = getLooseForwardPhrase(tokens, lastComma + 3, end);
      if (phrase) return { cue: { phrase, verb: lastComma + 1 }, clause: [a, lastComma] };
    }
  }
  return null;
}

function findReportingVerb(tokens: readonly Token[], a: number, end: number): { cue: Cue; clause: [number, number] } | null {
  for (let v = a + 1; v < end; v++) {
    const w = tokens[v]!.text;
    if (!REPORTING.has(w)) continue;
    let start = getClauseStart(tokens, v, end);
    if (start < 0 || start >= end) continue;
    const phrase = findSubjectBefore(tokens, a, v);
    if (!phrase) continue;
    // "said he believes the mission …": the reported clause is the inner one
    if (PRONOUNS.has(tokens[start]!.text.toLowerCase()) && REPORTING.has(tokens[start + 1]?.text ?? "")) start += 2;
    if (tokens[start]?.text === "that") start++;
    if (start >= end) continue;
    const stop = findClauseEnd(tokens, start, end);
    return { cue: { phrase, verb: v }, clause: [start, stop] };
  }
  return null;
}

/** Where a reported clause ends: before a coordinated reporting verb ("… but added that …") or a closing attribution. */
function findClauseEnd(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i + 1 < end; i++) {
    const t = tokens[i]!.text;
    if ((t === "but" || t === "and") && REPORTING.has(tokens[i + 1]!.text)) return i;
    if (t === "," && tokens[i + 1]?.text === "but") return i;
  }
  return end;
}

function getClauseStart(tokens: readonly Token[], v: number, end: number): number {
  const verb = tokens[v]!.text;
  let k = v + 1;
  if (tokens[k]?.text === "by") return -1; // passive: "an attack claimed by the Taliban"
  // "told reporters (on Sunday) that …", "confirmed to the AP that …"
  for (let i = k; i < end && i - k < 8; i++) {
    if (tokens[i]!.text === "that") return i + 1;
    if (isQuoteMark(tokens[i]) || tokens[i]!.text === ":") break;
  }
  if (verb === "told" || verb === "tells") return -1;
  while (k < end && /^(?:on|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in|a|an|statement|interview|recently|earlier|later|,)$/.test(tokens[k]!.text) && k - v < 6) k++;
  if (tokens[k]?.text === "that") return k + 1;
  // "announced Kabul is willing": a clause only if a finite verb follows soon (not "announced a plan")
  if (CAREFUL_BARE.has(verb)) return hasFiniteVerbSoon(tokens, v + 1, end) ? v + 1 : -1;
  if (!BARE_COMPLEMENT.has(verb)) return -1;
  const t = tokens[v + 1];
  if (!t || isQuoteMark(t) || t.text === ":" || t.text === ",") return -1;
  const w = t.text.toLowerCase();
  if (PREPOSITIONS.has(w)) return -1;
  return PRONOUNS.has(w) || DETERMINERS.has(w) || t.isWord ? v + 1 : -1;
}

function findLastComma(tokens: readonly Token[], a: number, end: number): number {
  for (let i = end - 1; i > a; i--) if (tokens[i]!.text === ",") return i;
  return -1;
}

/** Whether the quotation starting at `mark` is a full statement introduced by the sentence ("X said: “…”"), whose content is direct, not reported. */
function findCueAfterMark(text: string, mark: number): boolean {
  return /(?:said|says|told \w+|added|wrote|tweeted|asked)\s*[:,]?\s*$/.test(text.slice(0, mark));
}
