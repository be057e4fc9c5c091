import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { lowerBound } from "@/lib/extraction/text/lower-bound.ts";
import type { Doc, QuoteRecord, Span } from "@/lib/extraction/types.ts";
import { findReportedCandidates, type ReportedCandidate } from "./find-reported-candidates.ts";
import { getReportedFeatures } from "./reported-features.ts";
import { scoreReported, type ReportedModel } from "./reported-model.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";

const MIN_CONTENT_TOKENS = 2;

/** A reported statement found in the text, before its speaker phrase is resolved to an actor. */
export interface ReportedSpeech {
  record: QuoteRecord;
  /** How the speaker phrase (`record.speakerMention`) names the speaker. */
  kind: SpeakerPhrase["kind"];
  /** Whether the phrase is only the words before the verb (no recognised subject): shown, never resolved to an actor. */
  loose?: boolean;
  /** The phrase the speaker is resolved from when the mention is a relative pronoun ("officials who said"): its antecedent. */
  antecedent?: Span;
}

/** A candidate with the scorer's probability. */
export interface ScoredCandidate extends ReportedCandidate {
  score: number;
}

// without weights ("rules only"), the patterns that nearly always report speech
const RULE_PATTERNS = new Set(["that", "closing", "according-before", "according-after"]);

/** Every candidate of the article with its score (1 or 0 for the rules alone when `model` is null). */
export function scoreReportedCandidates(
  doc: Doc,
  tokens: readonly Token[],
  model: ReportedModel | null,
): ScoredCandidate[] {
  return findReportedCandidates(doc, tokens)
    .filter((c) => c.clause[1] - c.clause[0] >= MIN_CONTENT_TOKENS)
    .map((c) => ({
      ...c,
      score: model
        ? scoreReported(model, getReportedFeatures(tokens, c))
        : RULE_PATTERNS.has(c.pattern) && !c.loose
          ? 1
          : 0,
    }));
}

function overlap(a: [number, number], b: [number, number]): number {
  const shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return shared <= 0 ? 0 : shared / Math.min(a[1] - a[0], b[1] - b[0]);
}

/** Whether `inner`'s cue sits inside `outer`'s content: a nested report. */
function isNested(outer: ReportedCandidate, inner: ReportedCandidate): boolean {
  return inner.cue.verb >= outer.clause[0] && inner.cue.verb < outer.clause[1];
}

/** The candidates kept so far: their cue verbs, and themselves sorted by clause start (with the longest clause) to find overlaps. */
interface Kept {
  verbs: Set<number>;
  byStart: ScoredCandidate[];
  longest: number;
}

const clauseStart = (c: ScoredCandidate): number => c.clause[0];

/** Whether `c` repeats a kept candidate: the same cue, or two readings of one stretch (a report inside a report is not one). */
function repeatsKept(kept: Kept, c: ScoredCandidate): boolean {
  if (kept.verbs.has(c.cue.verb)) return true;
  const [from, to] = c.clause;
  // only clauses sharing a token overlap: those starting before `to` and less than the longest clause before `from`
  for (let i = lowerBound(kept.byStart, from - kept.longest + 1, clauseStart); i < kept.byStart.length; i++) {
    const k = kept.byStart[i]!;
    if (k.clause[0] >= to) break;
    if (overlap(k.clause, c.clause) >= 0.8 && !isNested(k, c) && !isNested(c, k)) return true;
  }
  return false;
}

function keep(kept: Kept, c: ScoredCandidate): void {
  kept.verbs.add(c.cue.verb);
  // after the kept ones starting at the same token: ties stay in the order they were kept, as a stable sort leaves them
  kept.byStart.splice(lowerBound(kept.byStart, c.clause[0] + 1, clauseStart), 0, c);
  kept.longest = Math.max(kept.longest, c.clause[1] - c.clause[0]);
}

/**
 * The candidates the model accepts, one per cue and per stretch of content (the likelier one wins).
 * Each candidate is checked against the kept ones it overlaps only, so a long article stays near-linear.
 */
export function selectReported(scored: readonly ScoredCandidate[], threshold: number): ScoredCandidate[] {
  const kept: Kept = { verbs: new Set(), byStart: [], longest: 0 };
  for (const c of [...scored].sort((x, y) => y.score - x.score || x.clause[0] - y.clause[0])) {
    if (c.score < threshold) break;
    if (!repeatsKept(kept, c)) keep(kept, c);
  }
  return kept.byStart;
}

/**
 * Reported speech without quote marks, as INDIRECT quotes whose text is the
 * reported content: candidates from `find-reported-candidates.ts`, kept when the
 * learned scorer (`reported-model.ts`, from `LearnedModels`) accepts them. Speakers are resolved by the
 * caller, in text order with the direct quotes.
 */
export function findReportedSpeech(doc: Doc, tokens: readonly Token[], model: ReportedModel | null): ReportedSpeech[] {
  const chosen = selectReported(scoreReportedCandidates(doc, tokens, model), model ? model.threshold : 0.5);
  return chosen.map((c) => {
    const s = doc.sentences[c.sentenceIndex]!;
    const first = tokens[c.clause[0]]!;
    const last = tokens[c.clause[1] - 1]!;
    const spanOf = (from: number, to: number): Span => ({
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      text: doc.body.slice(tokens[from]!.start, tokens[to - 1]!.end),
    });
    const phrase = spanOf(c.cue.phrase.from, c.cue.phrase.to);
    const mention = c.relative === undefined ? phrase : spanOf(c.relative, c.relative + 1);
    const verb = tokens[c.cue.verb]!.text;
    return {
      kind: c.cue.phrase.kind,
      loose: c.loose === true,
      ...(c.relative === undefined ? {} : { antecedent: phrase }),
      record: {
        start: first.start,
        end: last.end,
        text: doc.body.slice(first.start, last.end),
        kind: "INDIRECT",
        speakerKey: null,
        speakerMention: mention,
        cue: verb.toLowerCase() === "according" ? "according to" : verb,
        context: { start: s.start, end: s.end, text: s.text },
        paragraph: s.paragraph,
      },
    };
  });
}
