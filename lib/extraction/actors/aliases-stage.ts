import type { Stage } from "@/lib/extraction/types.ts";
import { mergeAliases } from "./merge-aliases.ts";

/** Stage: merges name mentions into one actor per entity and links each mention to it. */
export const aliasesStage: Stage = {
  name: "aliases",
  run(doc) {
    const { actors, mentions } = mergeAliases(doc.mentions);
    return { ...doc, actors, mentions };
  },
};
