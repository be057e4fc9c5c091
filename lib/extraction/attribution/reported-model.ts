import { getWeightMap } from "@/lib/extraction/learned/get-weight-map.ts";
import { REPORTED_FEATURES_VERSION } from "./reported-features.ts";

/** Name of the reported-speech scorer in `LearnedModels` (and in scripts/learn/components.ts). */
export const REPORTED_COMPONENT = "reported";

/** A logistic-regression scorer of reported-speech candidates: named feature weights and a decision threshold. */
export interface ReportedModel {
  featuresVersion: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** Whether `value` has the shape of a weights file (of any feature version). */
export function isReportedModel(value: unknown): value is ReportedModel {
  const m = value as Partial<ReportedModel> | null;
  return (
    !!m &&
    typeof m.threshold === "number" &&
    typeof m.weights === "object" &&
    m.weights !== null &&
    typeof m.featuresVersion === "number"
  );
}

/** Why `model` cannot score this code's features (trained on another feature version), or null. */
export function getStaleModelReason(model: ReportedModel): string | null {
  return model.featuresVersion === REPORTED_FEATURES_VERSION
    ? null
    : `reported-speech weights are for features v${model.featuresVersion}, the code builds v${REPORTED_FEATURES_VERSION}: reported speech runs on rules only until npm run train:reported`;
}

/** Checks a weights file's shape and feature version; throws naming what is wrong. */
export function parseReportedModel(raw: unknown): ReportedModel {
  const m = raw as Partial<ReportedModel> | null;
  if (!m || typeof m.threshold !== "number" || typeof m.weights !== "object" || m.weights === null) {
    throw new Error(
      `reported-speech model: expected { featuresVersion, threshold, weights }, got ${JSON.stringify(raw)?.slice(0, 80)}`,
    );
  }
  if (m.featuresVersion !== REPORTED_FEATURES_VERSION) {
    throw new Error(
      `reported-speech model: trained on features v${m.featuresVersion}, the code builds v${REPORTED_FEATURES_VERSION}; run npm run train:reported`,
    );
  }
  return { featuresVersion: m.featuresVersion, threshold: m.threshold, weights: m.weights };
}

/** The probability the model gives to a candidate described by `features` (weights are read-only once scored). */
export function scoreReported(model: ReportedModel, features: readonly string[]): number {
  const weights = getWeightMap(model.weights);
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
