import type { Stage } from "@/lib/extraction/types.ts";
import { findActorMentions } from "./find-actor-mentions.ts";
import { tokenize } from "./tokenize.ts";

/**
 * Stage: mentions of named actors in every sentence. Needs sentences (and reads
 * the tagger's tokens and names when that stage ran); alias
 * merging turns these mentions into actors afterwards.
 */
export const actorsStage: Stage = {
  name: "actors",
  run(doc) {
    const tokens = doc.tokens ?? tokenize(doc.body);
    return { ...doc, tokens, mentions: findActorMentions(doc, tokens) };
  },
};
