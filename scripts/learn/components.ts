/**
 * The learned components, listed once (the training side; the run-time side is
 * `lib/extraction/learned/`). Each component learns plain-JSON weights from
 * annotated articles: `train` is deterministic for a given seed, and `file` is
 * where `npm run train` commits them for `COMMITTED_MODELS` to load.
 */
import type { LearnedModels } from "@/lib/extraction/learned/learned-models.ts";
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";
import { ANTECEDENT } from "./antecedent-component.ts";
import { calibrateSpeaker, formatReliability } from "./calibrate-speaker.ts";
import { REPORTED_SPEECH } from "./reported-component.ts";
import { trainSpeaker } from "./train-speaker.ts";

/** One learned component of the pipeline. */
export interface LearnedComponent {
  /** Key of its weights in `LearnedModels` (what the stage reads). */
  name: string;
  /** Repository path of the committed weights file. */
  file: string;
  /** Whether `train` needs the CoreNLP silver annotations (`PolnearDoc.corenlp`). */
  needsCoreNlp?: boolean;
  /** Learns weights (plain JSON) from annotated articles; same docs and seed → same weights. */
  train(docs: readonly PolnearDoc[], seed: number): unknown;
  /**
   * Adds calibration fitted on held-out folds to trained weights, with report lines to print
   * (run by `npm run train` only: cross-validation scores choices, which calibration never changes).
   */
  calibrate?(
    docs: readonly PolnearDoc[],
    weights: unknown,
    folds: readonly string[][],
    seed: number,
  ): { weights: unknown; report: string[] };
}

/** The speaker scorer's calibration step: Platt parameters appended to the weights. */
function calibrateSpeakerWeights(
  docs: readonly PolnearDoc[],
  weights: unknown,
  folds: readonly string[][],
  seed: number,
) {
  const report = calibrateSpeaker(docs, folds, seed);
  return { weights: { ...(weights as object), calibration: report.calibration }, report: formatReliability(report) };
}

/** Every learned component, in training order (a later one may use the earlier ones' weights via `models`). */
export const LEARNED_COMPONENTS: readonly LearnedComponent[] = Object.freeze([
  {
    name: "speaker",
    file: "lib/extraction/attribution/scorer/speaker-weights.json",
    train: trainSpeaker,
    calibrate: calibrateSpeakerWeights,
  },
  REPORTED_SPEECH,
  ANTECEDENT,
]);

/** The component called `name`, or a clear error listing the known ones. */
export function getComponentOrThrow(name: string): LearnedComponent {
  const found = LEARNED_COMPONENTS.find((c) => c.name === name);
  if (!found)
    throw new Error(
      `unknown learned component "${name}" (known: ${LEARNED_COMPONENTS.map((c) => c.name).join(", ") || "none"})`,
    );
  return found;
}

/** Trains `components` (default: all) on `docs` and returns their weights by name. */
export function trainComponents(
  docs: readonly PolnearDoc[],
  seed: number,
  components: readonly LearnedComponent[] = LEARNED_COMPONENTS,
): LearnedModels {
  const models: Record<string, unknown> = {};
  for (const c of components) models[c.name] = c.train(docs, seed);
  return Object.freeze(models);
}

/** Whether any of `components` needs the CoreNLP annotations loaded. */
export function needsCoreNlp(components: readonly LearnedComponent[] = LEARNED_COMPONENTS): boolean {
  return components.some((c) => c.needsCoreNlp === true);
}
