import committed from "./models/reported-speech.json" with { type: "json" };
import { REPORTED_FEATURES_VERSION } from "./reported-features.ts";

/** A logistic-regression scorer of reported-speech candidates: named feature weights and a decision threshold. */
export interface ReportedModel {
  featuresVersion: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** The model shipped with the extractor (written by `npm run train:reported`). */
const COMMITTED: ReportedModel = parseReportedModel(committed);
let active: ReportedModel = COMMITTED;

/** Checks a weights file's shape and feature version; throws naming what is wrong. */
export function parseReportedModel(raw: unknown): ReportedModel {
  const m = raw as Partial<ReportedModel> | null;
  if (!m || typeof m.threshold !== "number" || typeof m.weights !== "object" || m.weights === null) {
    throw new Error(`reported-speech model: expected { featuresVersion, threshold, weights }, got ${JSON.stringify(raw)?.slice(0, 80)}`);
  }
  if (m.featuresVersion !== REPORTED_FEATURES_VERSION) {
    throw new Error(`reported-speech model: trained on features v${m.featuresVersion}, the code builds v${REPORTED_FEATURES_VERSION}; run npm run train:reported`);
  }
  return { featuresVersion: m.featuresVersion, threshold: m.threshold, weights: m.weights };
}

/** The probability the model gives to a candidate described by `features`. */
export function scoreReported(model: ReportedModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The model the pipeline uses now. */
export function getReportedModel(): ReportedModel {
  return active;
}

/** Swaps the model for training and cross-validation scripts (`null` restores the committed one). */
export function useReportedModel(model: ReportedModel | null): void {
  active = model ?? COMMITTED;
}
