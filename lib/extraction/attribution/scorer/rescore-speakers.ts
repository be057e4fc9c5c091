import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import type { QuoteSurroundings } from "@/lib/extraction/attribution/attribute-quote.ts";
import { createQuoteSite } from "@/lib/extraction/attribution/patterns/quote-site.ts";
import { SPEAKER_PATTERNS } from "@/lib/extraction/attribution/patterns/speaker-patterns.ts";
import { resolveSpeaker, type SpeakerContext } from "@/lib/extraction/attribution/resolve-speaker.ts";
import type { SpeakerPhrase } from "@/lib/extraction/attribution/speaker-phrase.ts";
import type { Doc, QuoteRecord } from "@/lib/extraction/types.ts";
import {
  findSpeakerCandidates,
  getCueText,
  type RuleChoice,
  type SpeakerCandidate,
} from "./find-speaker-candidates.ts";
import { getChoiceMargin, getSpeakerConfidence } from "./speaker-confidence.ts";
import { createFeatureContext, getSpeakerFeatures } from "./speaker-features.ts";
import { chooseCandidate, scoreFeatures, type WeightMap } from "./speaker-scorer.ts";

/** One quote's candidates as the scorer saw them (for --explain and for training). */
export interface SpeakerCandidatesEvent {
  body: string;
  quote: QuoteRecord;
  index: number;
  candidates: readonly SpeakerCandidate[];
  features: readonly (readonly string[])[];
  /** Scores under the weights in use, or null (rules only). */
  scores: readonly number[] | null;
  /** Index of the candidate taken. */
  chosen: number;
  /** Whether a decisive pattern (or a transcript turn) made the choice, so the scores were not consulted. */
  decisive: boolean;
}

const DECISIVE = new Set(SPEAKER_PATTERNS.filter((p) => p.decisive).map((p) => p.name));

/** Whether the rules gave a quote the speaker of a transcript label ("OLUMBO"): an upper-case label word. */
function isTranscriptTurn(choice: RuleChoice): boolean {
  return choice.kind === "NAME" && choice.mention !== null && /^\p{Lu}[\p{Lu}.'’ -]+$/u.test(choice.mention.text);
}

/** What rescoring needs from the attribution stage. */
export interface RescoreInput {
  doc: Doc;
  tokens: readonly Token[];
  ctx: SpeakerContext;
  /** The direct and partial quotes with the rules' speakers (changed in place when the scorer disagrees). */
  quotes: QuoteRecord[];
  arounds: readonly QuoteSurroundings[];
  kinds: ReadonlyMap<QuoteRecord, SpeakerPhrase["kind"]>;
  weights: WeightMap | null;
  onCandidates?: (event: SpeakerCandidatesEvent) => void;
}

/**
 * Weighs every speaker candidate of every quote and takes the best one in place
 * of the rules' choice. Candidates and features depend on the rules' choices
 * only (never on earlier scorer decisions), so training sees what prediction sees.
 */
export function rescoreSpeakers(input: RescoreInput): void {
  const { doc, tokens, ctx, quotes, weights } = input;
  const rules: RuleChoice[] = quotes.map((q) => ({ mention: q.speakerMention, kind: input.kinds.get(q) ?? null }));
  const before = quotes.map((q) => ({ speakerMention: q.speakerMention, speakerKey: q.speakerKey, cue: q.cue }));
  quotes.forEach((q, i) => {
    const site = createQuoteSite(
      doc.body,
      tokens,
      doc.sentences,
      q,
      input.arounds[i]!,
      ctx.isQuoted,
      ctx.mentions,
      ctx.isCommonWord,
    );
    const candidates = findSpeakerCandidates(site, i, quotes, rules);
    const fc = createFeatureContext(site, candidates, rules[i - 1]?.mention?.text.toLowerCase() ?? null);
    const features = candidates.map((c) => getSpeakerFeatures(fc, c, candidates.length));
    const rule = candidates.findIndex((c) => c.isRule);
    // a decisive pattern's choice stands when the rules made it too (overriding the rules' other
    // choices was right for 2 of 8 on polnear-train), and so does a transcript turn the rules
    // carried on from a label
    const decisive =
      rule >= 0 &&
      (candidates[rule]!.sources.some((s) => DECISIVE.has(s)) ||
        (q.chain !== undefined && isTranscriptTurn(rules[i]!)));
    const scores = weights ? features.map((f) => scoreFeatures(weights, f)) : null;
    const chosen =
      weights && scores
        ? chooseCandidate(
            weights,
            scores,
            rule,
            decisive,
            candidates.map((c) => c.kind !== "NONE" && c.span !== null),
          )
        : Math.max(0, rule);
    input.onCandidates?.({ body: doc.body, quote: q, index: i, candidates, features, scores, chosen, decisive });
    if (scores && weights?.calibration)
      q.confidence = getSpeakerConfidence(weights.calibration, getChoiceMargin(scores, chosen), decisive);
    const c = candidates[chosen];
    if (!weights || !c || c.isRule) return;
    if (c.kind === "NONE" || !c.span) {
      Object.assign(q, { speakerMention: null, speakerKey: null, cue: null });
      return;
    }
    if (c.borrowedFrom !== null && c.sources.every((s) => s === "previous-quote" || s === "next-quote")) {
      Object.assign(q, before[c.borrowedFrom]);
      return;
    }
    q.speakerMention = c.span;
    q.cue = getCueText(site, c);
    q.speakerKey = resolveSpeaker(ctx, c.span, c.kind, q.paragraph ?? 0);
    if (q.speakerKey) ctx.speakers.push({ key: q.speakerKey, at: c.span.start, paragraph: q.paragraph ?? 0 });
  });
}
