/**
 * The committed weights of every learned component, loaded once per process
 * (JSON modules next to the stage that uses them, written by `npm run train`).
 */
import type { LearnedModels } from "./learned-models.ts";
import reported from "../attribution/models/reported-speech.json" with { type: "json" };

/** Weights the default pipeline (`STAGES`) runs with. */
export const COMMITTED_MODELS: LearnedModels = Object.freeze({ reported });
