/**
 * The reported-speech scorer as a learned component: every candidate of
 * `find-reported-candidates.ts` in the training articles, labelled by whether its
 * content matches an annotated content or quote (token F1 ≥ 0.5, as
 * score-polnear.mjs judges it), fitted by seeded logistic regression.
 */
import { tokenize, type Token } from "@/lib/extraction/actors/tokenize.ts";
import { findReportedCandidates } from "@/lib/extraction/attribution/find-reported-candidates.ts";
import { getReportedFeatures, REPORTED_FEATURES_VERSION } from "@/lib/extraction/attribution/reported-features.ts";
import { REPORTED_COMPONENT, type ReportedModel } from "@/lib/extraction/attribution/reported-model.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, runPipeline } from "@/lib/extraction/pipeline.ts";
import { fitLogistic, pickThreshold, tokenF1, type Example } from "@/scripts/lib/fit-logistic.ts";
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";
import type { LearnedComponent } from "./components.ts";

// the threshold keeps this precision on the training candidates (CV precision lands about 5 points lower);
// 0.905 rather than 0.9 keeps CV precision at 85 with the candidate frames of features v3
const TARGET_PRECISION = 0.905;
const BEFORE_ATTRIBUTION = (() => {
  const stages = createStages(NO_MODELS);
  return stages.slice(
    0,
    stages.findIndex((s) => s.name === "attribution"),
  );
})();

/** The labelled candidates of one article. */
export function findReportedExamples(doc: PolnearDoc): Example[] {
  const d = runPipeline({ text: doc.text }, BEFORE_ATTRIBUTION);
  const tokens = (d.tokens as Token[] | undefined) ?? tokenize(d.body);
  const contents = [
    ...(doc.view?.indirect ?? []).map((g) => g.content),
    ...(doc.view?.quotes ?? []).map((g) => g.text),
  ];
  return findReportedCandidates(d, tokens)
    .filter((c) => c.clause[1] - c.clause[0] >= 2)
    .map((c) => {
      const content = d.body.slice(tokens[c.clause[0]]!.start, tokens[c.clause[1] - 1]!.end);
      return {
        features: getReportedFeatures(tokens, c),
        label: contents.some((g) => tokenF1(content, g) >= 0.5) ? 1 : 0,
      };
    });
}

/** Fits the scorer and its threshold to labelled candidates. */
export function fitReportedModel(examples: readonly Example[], seed: number): ReportedModel {
  const weights = fitLogistic(examples, { epochs: 20, rate: 0.1, l2: 1e-5, seed: seed + 12 });
  return {
    featuresVersion: REPORTED_FEATURES_VERSION,
    threshold: pickThreshold(examples, weights, TARGET_PRECISION),
    weights,
  };
}

/** The component listed in `LEARNED_COMPONENTS`. */
export const REPORTED_SPEECH: LearnedComponent = {
  name: REPORTED_COMPONENT,
  file: "lib/extraction/attribution/models/reported-speech.json",
  train: (docs, seed) => fitReportedModel(docs.flatMap(findReportedExamples), seed),
};
