/**
 * A learned ranker of pronoun antecedents. For a speaker pronoun ("he said", "her remarks"), the
 * candidates are the actors named outside quotes in the stretch before it and the latest speakers,
 * each described by named features (recency among names and among speakers, sentences between,
 * gender and type agreement, whether the name opens its sentence or is followed by a verb of saying
 * or another finite verb (its clause's subject),
 * how often it was named, the word before it); logistic-regression weights
 * (`LearnedModels.antecedent`, trained by scripts/learn/antecedent-component.ts on the silver
 * coreference of polnear-train) score them and the best one wins. Without weights the rule decides.
 */
import { getWeightMap } from "@/lib/extraction/learned/get-weight-map.ts";
import { lowerBound } from "@/lib/extraction/text/lower-bound.ts";
import type { Mention } from "@/lib/extraction/types.ts";
import { LOOKBACK, type SpeakerContext } from "./speaker-context.ts";

/** Name of the ranker in `LearnedModels` (and in scripts/learn/components.ts). */
export const ANTECEDENT_COMPONENT = "antecedent";

/** Bumped whenever the features below change meaning: weights of another version are not used. */
export const ANTECEDENT_FEATURES_VERSION = 4;

/** Weights of the ranker. */
export interface AntecedentModel {
  featuresVersion: number;
  weights: Readonly<Record<string, number>>;
}

/** Whether `value` has the shape of the ranker's weights file. */
export function isAntecedentModel(value: unknown): value is AntecedentModel {
  const m = value as Partial<AntecedentModel> | null;
  return !!m && typeof m.featuresVersion === "number" && typeof m.weights === "object" && m.weights !== null;
}

/** One actor a pronoun may refer to, with its features. */
export interface AntecedentCandidate {
  key: string;
  features: string[];
}

/** What the ranker saw for one pronoun (for training and explanations). */
export interface AntecedentEvent {
  /** Body offset of the pronoun, and the pronoun in its subject form ("he" for "his"). */
  at: number;
  pronoun: string;
  candidates: AntecedentCandidate[];
  rule: string | null;
  chosen: string | null;
}

/** Gender an actor's names and titles show, or null when they do not tell. */
export type Gender = "M" | "F" | null;

/** How the ranker reads actors: the rule's own type and gender tests. */
export interface AntecedentTests {
  isTypeCompatible(key: string, pronoun: string): boolean;
  genderOf(key: string): Gender;
}

// candidates further back than this many characters are not considered (keeps each look linear)
const MAX_DISTANCE = 2000;
const MAX_NAMED = 6;
const SENTENCE_END = /[.!?]["”’]?\s/g;
const SPEECH_AFTER =
  /^(?:\s*,[^,.;“”"]{1,80},)?\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|argued|argues|noted|explained|insisted|declared|announced|replied|continued|tweeted)\b/;
// a finite verb right after the name (past an adverb or an apposition): the name is its clause's subject
const VERB_AFTER =
  /^(?:\s*,[^,.;“”"]{1,60},)?\s+(?:\p{Ll}+ly\s+)?(?:(?:is|was|has|had|have|will|would|could|can|did|does|do|may|might|must)\b|\p{Ll}{2,}(?:ed|es|s)\b)/u;
// a sentence, paragraph, quotation or dateline start, then at most two capitalised words (titles: "Councillor", "Gen. Sir")
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n\s*|[“"]\s*|\s[—–]\s*)(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

const PREPOSITIONS =
  /\b(?:for|to|with|of|by|about|against|from|than|like|on|at|in|into|over|under|toward|towards|behind|before|after|between)\s+(?:(?:the|a|an|former|then|President|Sen\.|Rep\.|Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?$/;

/** The kind of word before a name: a preposition, a lower-case word (a verb taking it as object), a comma, or a start. */
function PREV_CLASS(before: string): string {
  if (PREPOSITIONS.test(before)) return "prep";
  if (/,\s*$/.test(before)) return "comma";
  if (/\b(?:and|or)\s+$/.test(before)) return "and";
  if (/\b\p{Ll}+\s+$/u.test(before)) return "lower";
  return "other";
}

const bucket = (n: number, top: number) => (n >= top ? `${top}+` : String(n));

// the article's actors by how often they are named, once per article: the salient ones are who a pronoun most often means
const salienceCache = new WeakMap<readonly Mention[], { rank: Map<string, number>; opening: Set<string> }>();
const OPENING_CHARS = 300;

/** Each actor's rank by mention count in the article (0 = most named), and the actors named in its opening. */
function getSalience(mentions: readonly Mention[]): { rank: Map<string, number>; opening: Set<string> } {
  const known = salienceCache.get(mentions);
  if (known) return known;
  const counts = new Map<string, number>();
  const opening = new Set<string>();
  for (const m of mentions) {
    if (!m.actorKey) continue;
    counts.set(m.actorKey, (counts.get(m.actorKey) ?? 0) + 1);
    if (m.start < OPENING_CHARS) opening.add(m.actorKey);
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const rank = new Map(ordered.map(([key], i) => [key, i]));
  const result = { rank, opening };
  salienceCache.set(mentions, result);
  return result;
}

/** Offsets where sentence ends start in [from, to), found in one pass (candidates count theirs by binary search). */
function findSentenceEnds(body: string, from: number, to: number): number[] {
  const out: number[] = [];
  const text = body.slice(from, to);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) out.push(from + m.index);
  return out;
}

/**
 * The candidates for the pronoun at `at`, the rule's choice first, each with its features. Whether the
 * rule chose a candidate is not a feature: with it the ranker leant on the rule (CV pronoun canonical
 * 71.7) instead of learning the structure (73.3 without it).
 */
export function findAntecedentCandidates(
  ctx: SpeakerContext,
  at: number,
  pronoun: string,
  rule: string | null,
  tests: AntecedentTests,
): AntecedentCandidate[] {
  const body = ctx.body;
  const named: { key: string; latest: Mention; count: number; opens: number }[] = [];
  const byKey = new Map<string, (typeof named)[number]>();
  const from = lowerBound(ctx.mentions, at, (m) => m.start) - 1;
  for (let i = from; i >= 0 && from - i < LOOKBACK; i--) {
    const m = ctx.mentions[i]!;
    if (at - m.end > MAX_DISTANCE) break;
    if (!m.actorKey || ctx.isQuoted(m.start) || ctx.isNameModifier?.(m.end)) continue;
    if (!tests.isTypeCompatible(m.actorKey, pronoun)) continue;
    const opens = OPENS_SENTENCE.test(body.slice(Math.max(0, m.start - 40), m.start)) ? 1 : 0;
    const seen = byKey.get(m.actorKey);
    if (seen) {
      seen.count++;
      seen.opens += opens;
    } else if (named.length < MAX_NAMED) {
      const entry = { key: m.actorKey, latest: m, count: 1, opens };
      named.push(entry);
      byKey.set(m.actorKey, entry);
    }
  }
  const speakers: string[] = [];
  for (let i = ctx.speakers.length - 1; i >= 0 && speakers.length < 3; i--) {
    const s = ctx.speakers[i]!;
    if (s.at >= at || at - s.at > MAX_DISTANCE) continue;
    if (!speakers.includes(s.key) && tests.isTypeCompatible(s.key, pronoun)) speakers.push(s.key);
  }
  const p = pronoun.toLowerCase();
  const earliest = named.reduce((min, n) => Math.min(min, n.latest.end), at);
  const ends = findSentenceEnds(body, earliest, at);
  // a known gender that contradicts "he"/"she" rules a candidate out, as it does for the rule
  const want: Gender = p === "he" ? "M" : p === "she" ? "F" : null;
  const agrees = (key: string) => want === null || key === rule || (tests.genderOf(key) ?? want) === want;
  const keys = [...new Set([...(rule ? [rule] : []), ...named.map((n) => n.key), ...speakers])].filter(agrees);
  // the latest name that opens its sentence: the subject a following pronoun most often continues
  const opener = named.find((n) => OPENS_SENTENCE.test(body.slice(Math.max(0, n.latest.start - 40), n.latest.start)));
  const salience = getSalience(ctx.mentions);
  return keys.map((key) => {
    const f = ["bias", `bias&${p}`];
    const add = (name: string) => f.push(name, `${name}&${p}`);
    const n = byKey.get(key);
    const rank = n ? named.indexOf(n) : -1;
    add(n ? `r:${rank}` : "r:none");
    const srank = speakers.indexOf(key);
    add(srank >= 0 ? `s:${srank}` : "s:none");
    if (n) {
      const sentences = bucket(ends.length - lowerBound(ends, n.latest.end, (x) => x), 4);
      add(`d:${sentences}`);
      const newline = body.indexOf("\n", n.latest.end);
      if (newline >= 0 && newline < at) add("para");
      const before = body.slice(Math.max(0, n.latest.start - 40), n.latest.start);
      if (OPENS_SENTENCE.test(before)) add("opens");
      if (n === opener) add("latest-opener");
      if (n.opens) add(`o:${bucket(n.opens, 2)}`);
      add(`prev:${PREV_CLASS(before)}`);
      add(`r:${rank}&prev:${PREV_CLASS(before)}`);
      const after = body.slice(n.latest.end, n.latest.end + 100);
      if (SPEECH_AFTER.test(after)) add("sv");
      else if (VERB_AFTER.test(after)) {
        add("subj");
        add(`subj&d:${sentences}`);
      }
      if (/^['’]s\b/.test(body.slice(n.latest.end, n.latest.end + 3))) add("poss");
      add(`n:${bucket(n.count, 3)}`);
      if (rank === 0 && srank === 0) add("latest-both");
    }
    const salient = salience.rank.get(key);
    add(`sal:${salient === undefined ? "none" : bucket(salient, 3)}`);
    if (salience.opening.has(key)) add("in-opening");
    const type = ctx.actorByKey.get(key)?.type ?? "NONE";
    add(`t:${type}`);
    if (p === "he" || p === "she") {
      const g = tests.genderOf(key);
      add(g === null ? "g:unknown" : g === (p === "he" ? "M" : "F") ? "g:match" : "g:mismatch");
    }
    return { key, features: f };
  });
}

/** The best-scored candidate's key (the first, the rule's, on a tie), or null when there is none. */
export function rankAntecedents(model: AntecedentModel, candidates: readonly AntecedentCandidate[]): string | null {
  let best: string | null = null;
  let bestScore = -Infinity;
  const weights = getWeightMap(model.weights);
  for (const c of candidates) {
    let z = 0;
    for (const f of c.features) z += weights.get(f) ?? 0;
    if (z > bestScore) {
      bestScore = z;
      best = c.key;
    }
  }
  return best;
}
