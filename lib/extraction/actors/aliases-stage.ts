import type { Stage } from "@/lib/extraction/types.ts";
import { joinAcronyms } from "./join-acronyms.ts";
import { mergeAliases } from "./merge-aliases.ts";

/** Stage: merges name mentions into one actor per entity and links each mention to it. */
export const aliasesStage: Stage = {
  name: "aliases",
  run(doc) {
    const merged = mergeAliases(doc.mentions);
    // after merging: an acronym the article defines joins the actor its expansion became
    const { actors, mentions } = joinAcronyms(doc.body, merged.actors, merged.mentions);
    return { ...doc, actors, mentions };
  },
};
