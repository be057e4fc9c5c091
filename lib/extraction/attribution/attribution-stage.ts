import { findLowercaseVocabulary } from "@/lib/extraction/actors/find-actor-mentions.ts";
import { tokenize, type Token } from "@/lib/extraction/actors/tokenize.ts";
import { getModel, NO_MODELS, type LearnedModels } from "@/lib/extraction/learned/learned-models.ts";
import { STOP_NAMES } from "@/lib/extraction/lexicon/stop-names.ts";
import { NOMINAL_HEADS } from "@/lib/extraction/lexicon/titles.ts";
import { getSpanEndingAfter } from "@/lib/extraction/sentences/get-span-at.ts";
import type { Doc, Mention, QuoteRecord, Span, Stage } from "@/lib/extraction/types.ts";
import {
  ANTECEDENT_COMPONENT,
  ANTECEDENT_FEATURES_VERSION,
  isAntecedentModel,
  type AntecedentEvent,
} from "./antecedent-ranker.ts";
import { findQuoteCue, isTitleLike, TRANSCRIPT_LABEL, type FoundCue } from "./attribute-quote.ts";
import { findReportedSpeech } from "./find-reported-speech.ts";
import { findRelativeSubject } from "./relative-subject.ts";
import { REPORTED_COMPONENT, getStaleModelReason, isReportedModel } from "./reported-model.ts";
import { resolveSpeaker, type SpeakerContext } from "./resolve-speaker.ts";
import { rescoreSpeakers, type SpeakerCandidatesEvent } from "./scorer/rescore-speakers.ts";
import { isSpeakerWeights, toWeightMap } from "./scorer/speaker-scorer.ts";
import { findTokenIndex } from "./token-index.ts";

const MAX_SCARE_WORDS = 4;

function makeQuotedTest(quotes: readonly QuoteRecord[]): (offset: number) => boolean {
  const ranges = quotes.map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![0] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const r = ranges[lo - 1];
    return r !== undefined && offset < r[1];
  };
}

/** Hooks of the attribution stage (explain and training); none on the hot path. */
export interface AttributionOptions {
  /** Called per direct/partial quote with its speaker candidates and their features. */
  onSpeakerCandidates?: (event: SpeakerCandidatesEvent) => void;
  /** Called per speaker pronoun resolved, with its antecedent candidates and their features. */
  onAntecedent?: (event: AntecedentEvent) => void;
}

/**
 * Stage: who said each quote. Looks for the cue around the quote itself, then
 * borrows the speaker of a neighbouring quote in the same paragraph (a quote
 * split around its attribution), then of the previous paragraph's quote (the
 * continuation convention). Short quotes with no cue stay unattributed: scare
 * quotes and titles. Also adds reported speech as INDIRECT quotes.
 */
export function createAttributionStage(models: LearnedModels, options: AttributionOptions = {}): Stage {
  const weights = getModel(models, "speaker", isSpeakerWeights);
  const scorer = weights ? toWeightMap(weights) : null;
  const loaded = getModel(models, REPORTED_COMPONENT, isReportedModel);
  // weights of an older feature set score nothing sensible: rules only, and every article says why
  const stale = loaded ? getStaleModelReason(loaded) : null;
  const reportedModel = stale ? null : loaded;
  const ranker = getModel(models, ANTECEDENT_COMPONENT, isAntecedentModel);
  // weights of another feature version would score the wrong features: the rule decides
  const antecedentModel = ranker?.featuresVersion === ANTECEDENT_FEATURES_VERSION ? ranker : null;
  return {
    name: "attribution",
    run(doc) {
      const tokens = isTokenList(doc.tokens) ? doc.tokens : tokenize(doc.body);
      const actors = doc.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
      const lower = findLowercaseVocabulary(tokens);
      const ctx: SpeakerContext = {
        body: doc.body,
        actors,
        actorByKey: new Map(actors.map((a) => [a.key, a])),
        isCommonWord: (w) => lower.has(w),
        isNameModifier: (end) => isNounAfter(tokens, end),
        mentions: [...doc.mentions].sort((a, b) => a.start - b.start),
        added: [],
        isQuoted: makeQuotedTest(doc.quotes),
        speakers: [],
        antecedentModel,
        onAntecedent: options.onAntecedent,
      };
      const arounds = doc.quotes.map((q, i) => {
        // a multi-paragraph quote is attributed in the paragraph where it closes
        const p = getSpanEndingAfter(doc.paragraphs, (q.markEnd ?? q.end) - 1) ?? doc.paragraphs[q.paragraph ?? 0];
        const paragraphEnd = findTokenIndex(tokens, p ? p.end : doc.body.length);
        const next = doc.quotes[i + 1];
        const prev = doc.quotes[i - 1];
        const nextQuote =
          next && next.paragraph === q.paragraph ? findTokenIndex(tokens, next.markStart ?? next.start) : paragraphEnd;
        const previousQuoteEnd =
          prev && prev.paragraph === q.paragraph ? findTokenIndex(tokens, prev.markEnd ?? prev.end) : -1;
        const opening = doc.paragraphs[q.paragraph ?? 0];
        const paragraphStart = findTokenIndex(tokens, opening ? opening.start : 0);
        return { tokens, sentences: doc.sentences, paragraphEnd, nextQuote, previousQuoteEnd, paragraphStart };
      });
      const found = doc.quotes.map((q, i) => findQuoteCue(doc.body, q, arounds[i]!));
      const spanOf = (c: FoundCue): Span => {
        const a = tokens[c.phrase.from]!;
        const b = tokens[c.phrase.to - 1]!;
        return { start: a.start, end: b.end, text: doc.body.slice(a.start, b.end) };
      };
      const quotes = doc.quotes.map((q) => ({ ...q }));
      const jobs: { record: QuoteRecord; kind: FoundCue["phrase"]["kind"] }[] = [];
      const kinds = new Map<QuoteRecord, FoundCue["phrase"]["kind"]>();
      quotes.forEach((q, i) => {
        const cue = found[i];
        if (!cue || isCommonWordName(tokens, cue, lower, ctx.mentions)) return;
        q.speakerMention = spanOf(cue);
        const verb = tokens[cue.verb]?.text ?? null;
        q.cue = cue.place === "SUBJECT" ? null : verb === "according" ? "according to" : verb;
        jobs.push({ record: q, kind: cue.phrase.kind });
        kinds.set(q, cue.phrase.kind);
      });
      const reported = findReportedSpeech(doc, tokens, reportedModel);
      // resolve direct and reported speakers in text order, so "he" can point back to either
      for (const job of [...jobs, ...reported].sort(
        (a, b) => a.record.speakerMention!.start - b.record.speakerMention!.start,
      )) {
        const mention = job.record.speakerMention!;
        if ("loose" in job && job.loose) continue; // words before a verb, not a recognised subject: no actor from them
        // "officials who said …": the speaker is resolved from the relative pronoun's antecedent
        const from = (job as { antecedent?: Span }).antecedent ?? mention;
        job.record.speakerKey = resolveSpeaker(ctx, from, job.kind, job.record.paragraph ?? 0);
        if (job.record.speakerKey)
          ctx.speakers.push({ key: job.record.speakerKey, at: mention.start, paragraph: job.record.paragraph ?? 0 });
      }
      borrowNeighbourSpeakers(doc, quotes, kinds);
      if (scorer || options.onSpeakerCandidates) {
        rescoreSpeakers({
          doc,
          tokens,
          ctx,
          quotes,
          arounds,
          kinds,
          weights: scorer,
          onCandidates: options.onSpeakerCandidates,
        });
      }
      const all = [...quotes, ...reported.map((r) => r.record)].sort((a, b) => a.start - b.start);
      for (const q of all) {
        const relative =
          q.speakerMention && findRelativeSubject(doc.body, tokens, q.speakerMention, q.cue, q.markStart ?? q.start);
        // the relative clause introduces what follows it ("…,” said X, who said … is another quote's cue)
        if (relative && relative.end <= q.start) q.speakerMention = relative;
      }
      const mentions: Mention[] = [...doc.mentions, ...ctx.added].sort((a, b) => a.start - b.start);
      return {
        ...doc,
        actors: ctx.actors,
        mentions,
        quotes: all,
        warnings: stale ? [...doc.warnings, stale] : doc.warnings,
      };
    },
  };
}

/** The attribution stage with rules only (no learned weights). */
export const attributionStage: Stage = createAttributionStage(NO_MODELS);

/**
 * Whether a one-word "name" is an ordinary capitalised word ("Check", "After",
 * "Keeps"): it is written lower-case elsewhere in the article and names no actor.
 */
function isCommonWordName(
  tokens: readonly Token[],
  cue: FoundCue,
  lower: ReadonlySet<string>,
  mentions: readonly Mention[],
): boolean {
  if (cue.phrase.kind !== "NAME" || cue.phrase.to - cue.phrase.from !== 1) return false;
  const t = tokens[cue.phrase.from]!;
  const prev = tokens[cue.phrase.from - 1];
  // only a sentence-initial word is capitalised for no reason
  if (prev && !/^[.!?:;"“”‘’'—–-]$/.test(prev.text)) return false;
  if (mentions.some((m) => m.start <= t.start && m.end >= t.end)) return false;
  const word = t.text.toLowerCase();
  if (NOMINAL_HEADS.has(word) || NOMINAL_HEADS.has(word.replace(/s$/, ""))) return false; // "Police said"
  return lower.has(t.text.toLowerCase()) || STOP_NAMES.has(t.text);
}

/** "(CROSSTALK.)", "(Applause)": a bracketed stage direction is nobody's words. */
function isStageDirection(text: string): boolean {
  return /^[([].*[)\]]\W*$/.test(text);
}

/** Gives every piece of a multi-paragraph quote the speaker found for any piece (the last one's cue first). */
function shareChainSpeakers(quotes: QuoteRecord[], kinds: Map<QuoteRecord, FoundCue["phrase"]["kind"]>): void {
  const byChain = new Map<number, QuoteRecord>();
  for (const q of quotes) if (q.chain !== undefined && q.speakerMention) byChain.set(q.chain, q);
  // in a quoted transcript ("“PENCE: …" paragraphs) an unlabelled paragraph goes on the latest label's turn
  const turn = new Map<number, QuoteRecord>();
  for (const q of quotes) {
    if (q.chain !== undefined && q.speakerMention && TRANSCRIPT_LABEL.test(q.text)) turn.set(q.chain, q);
    const source =
      q.chain !== undefined && !q.speakerMention && !isStageDirection(q.text)
        ? (turn.get(q.chain) ?? byChain.get(q.chain))
        : undefined;
    if (!source) continue;
    q.speakerMention = source.speakerMention;
    q.speakerKey = source.speakerKey;
    q.cue = source.cue;
    copyKind(kinds, source, q);
  }
}

function copyKind(kinds: Map<QuoteRecord, FoundCue["phrase"]["kind"]>, from: QuoteRecord, to: QuoteRecord): void {
  const kind = kinds.get(from);
  if (kind) kinds.set(to, kind);
}

/** Whether the document's tokens came from the actors stage (spans carrying the word flags). */
function isTokenList(spans: Doc["tokens"]): spans is Token[] {
  return spans !== undefined && (spans.length === 0 || "isWord" in spans[0]!);
}

/** Gives unattributed quotes the speaker of the quote they continue (same or previous paragraph). */
function borrowNeighbourSpeakers(
  doc: Doc,
  quotes: QuoteRecord[],
  kinds: Map<QuoteRecord, FoundCue["phrase"]["kind"]>,
): void {
  shareChainSpeakers(quotes, kinds);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.speakerMention) continue;
    const words = (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const p = doc.paragraphs[q.paragraph ?? 0];
    const opensParagraph = p !== undefined && (q.markStart ?? q.start) <= p.start + 1;
    const sentence = getSpanEndingAfter(doc.sentences, q.markStart ?? q.start) ?? undefined;
    const opensSentence = sentence !== undefined && sentence.start >= (q.markStart ?? q.start) - 1;
    // "called him “A” and “B”": quotes joined by a conjunction share their speaker
    const previous = quotes[i - 1];
    if (
      previous?.speakerMention &&
      previous.paragraph === q.paragraph &&
      previous.markEnd !== undefined &&
      q.markStart !== undefined &&
      /^\s*(?:,|,?\s*(?:and|or|nor))\s*$/.test(doc.body.slice(previous.markEnd, q.markStart))
    ) {
      q.speakerMention = previous.speakerMention;
      q.speakerKey = previous.speakerKey;
      q.cue = previous.cue;
      copyKind(kinds, previous, q);
      continue;
    }
    // "(CROSSTALK.)", "(Applause)": a stage direction is nobody's words
    if (isTitleLike(q.text) || isStageDirection(q.text)) continue;
    const isShort = words <= MAX_SCARE_WORDS && !opensParagraph && !opensSentence;
    const sameSentence = (o: QuoteRecord | undefined) => o !== undefined && o.context.start === q.context.start;
    const same = [quotes[i - 1], quotes[i + 1]].find(
      (o) => o && o.paragraph === q.paragraph && o.speakerMention && (!isShort || sameSentence(o)),
    );
    if (isShort && !same) continue;
    const source =
      same ??
      (opensParagraph && previous && previous.speakerMention && (q.paragraph ?? 0) - (previous.paragraph ?? 0) === 1
        ? previous
        : undefined);
    if (!source) continue;
    q.speakerMention = source.speakerMention;
    q.speakerKey = source.speakerKey;
    q.cue = source.cue;
    copyKind(kinds, source, q);
    // a quote continued from another attributed one is a statement, not a fragment
    if (q.kind === "PARTIAL" && opensParagraph) q.kind = "DIRECT";
  }
}

/** Whether the token right after `end` is a lower-case common noun (the tagger's NN/NNS): the name before it modifies it. */
function isNounAfter(tokens: readonly Token[], end: number): boolean {
  const t = tokens[findTokenIndex(tokens, end)];
  return t !== undefined && t.start <= end + 1 && !t.isCap && (t.pos === "NN" || t.pos === "NNS");
}
