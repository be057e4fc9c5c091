/**
 * The committed weights of every learned component, loaded once per process
 * (JSON modules next to the stage that uses them, written by `npm run train`).
 * A file trained for another feature set is left out, so the trainer itself can
 * still run after features change; a unit test keeps such a file from shipping.
 */
import { ANTECEDENT_FEATURES_VERSION } from "@/lib/extraction/attribution/antecedent-ranker.ts";
import antecedent from "@/lib/extraction/attribution/models/antecedent-weights.json" with { type: "json" };
import reported from "@/lib/extraction/attribution/models/reported-speech.json" with { type: "json" };
import { SPEAKER_FEATURE_SET } from "@/lib/extraction/attribution/scorer/speaker-features.ts";
import speaker from "@/lib/extraction/attribution/scorer/speaker-weights.json" with { type: "json" };
import type { LearnedModels } from "./learned-models.ts";

/** Weights the default pipeline (`STAGES`) runs with. */
export const COMMITTED_MODELS: LearnedModels = Object.freeze({
  reported,
  ...(speaker.featureSet === SPEAKER_FEATURE_SET ? { speaker } : {}),
  ...(antecedent.featuresVersion === ANTECEDENT_FEATURES_VERSION ? { antecedent } : {}),
});
