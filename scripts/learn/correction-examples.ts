/**
 * Editors' corrections as training examples for the speaker scorer: one JSONL
 * line per example (what `npm run export:training` is to write, and
 * `train:attribution -- --with-corrections FILE` reads), turned into ranking
 * examples by running the rules over the article and labelling its candidates.
 */
import { SPEAKER_FEATURE_SET } from "@/lib/extraction/attribution/scorer/speaker-features.ts";
import type { SpeakerWeights } from "@/lib/extraction/attribution/scorer/speaker-scorer.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";
import { isSameMention, isSameQuote } from "@/scripts/lib/polnear-match.ts";
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";
import { DEFAULT_MARGIN, labelExamples, trainRanking, type RankingExample } from "./train-speaker.ts";

/** A span of the article text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One line of the training JSONL: an article, a quote in it, and its right speaker (null: nobody's words). */
export interface TrainingExample {
  text: string;
  quote: TextSpan;
  speaker: TextSpan | null;
  /** "correction" (an editor set the speaker) or "review" (an editor accepted the extractor's choice). */
  source: "correction" | "review";
}

function isSpan(v: unknown, text: string): v is TextSpan {
  const s = v as Partial<TextSpan> | null;
  return (
    typeof s === "object" &&
    s !== null &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    typeof s.text === "string" &&
    text.slice(s.start, s.end) === s.text
  );
}

/** Parses training JSONL; a bad line throws naming the file, the line and what is wrong. */
export function parseTrainingJsonl(content: string, file: string): TrainingExample[] {
  return content.split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    const where = `${file}:${i + 1}`;
    let v: Partial<TrainingExample>;
    try {
      v = JSON.parse(line) as Partial<TrainingExample>;
    } catch (err) {
      throw new Error(`${where}: not JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
    }
    if (typeof v.text !== "string") throw new Error(`${where}: "text" must be the article text`);
    if (!isSpan(v.quote, v.text)) throw new Error(`${where}: "quote" must be {start, end, text} of the article text`);
    if (v.speaker !== null && !isSpan(v.speaker, v.text))
      throw new Error(`${where}: "speaker" must be null or {start, end, text} of the article text`);
    if (v.source !== "correction" && v.source !== "review")
      throw new Error(`${where}: "source" is ${JSON.stringify(v.source)}, expected "correction" or "review"`);
    return [v as TrainingExample];
  });
}

/** The ranking example of one training example, or null when the rules find no such quote or no candidate names the speaker. */
export function toRankingExample(ex: TrainingExample): RankingExample | null {
  let found: RankingExample | null = null;
  const stages = createStages(NO_MODELS, {
    onSpeakerCandidates: (e) => {
      if (found || !isSameQuote(e.quote.text, ex.quote.text)) return;
      const texts = e.candidates.map((c) => c.span?.text ?? null);
      const positives = ex.speaker
        ? texts.flatMap((t, k) => (t !== null && isSameMention(t, ex.speaker!.text) ? [k] : []))
        : [texts.length - 1]; // NONE is listed last
      if (positives.length) found = { features: e.features.map((f) => [...f]), positives };
    },
  });
  extract({ text: ex.text }, stages);
  return found;
}

/** Trains the speaker scorer on `docs` plus the corrections, each counted `weight` times (deterministic). */
export function trainSpeakerWithCorrections(
  docs: readonly PolnearDoc[],
  corrections: readonly TrainingExample[],
  weight: number,
  seed: number,
): { weights: SpeakerWeights; used: number } {
  const extra = corrections.map(toRankingExample).filter((e): e is RankingExample => e !== null);
  const examples = [...docs.flatMap(labelExamples), ...extra.flatMap((e) => Array.from({ length: weight }, () => e))];
  return {
    weights: {
      version: 1,
      featureSet: SPEAKER_FEATURE_SET,
      weights: trainRanking(examples, seed),
      margin: DEFAULT_MARGIN,
    },
    used: extra.length,
  };
}
