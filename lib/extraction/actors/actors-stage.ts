import type { Stage } from "../types.ts";
import { findActorMentions } from "./find-actor-mentions.ts";

/**
 * Stage: mentions of named actors in every sentence. Needs sentences; alias
 * merging turns these mentions into actors afterwards.
 */
export const actorsStage: Stage = {
  name: "actors",
  run(doc) {
    return { ...doc, mentions: findActorMentions(doc) };
  },
};
