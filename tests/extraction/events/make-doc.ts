import { createDoc } from "@/lib/extraction/pipeline.ts";
import { sentencesStage } from "@/lib/extraction/sentences/sentences-stage.ts";
import type { ActorType, Doc, Mention } from "@/lib/extraction/types.ts";

/** A document of `body` with sentences and one mention per occurrence of each actor's name forms. */
export function makeDoc(body: string, actors: Record<string, { type: ActorType; forms?: string[] }>): Doc {
  const doc = sentencesStage.run({ ...createDoc({ text: body }), body });
  const mentions: Mention[] = [];
  for (const [name, { forms = [] }] of Object.entries(actors)) {
    for (const form of [name, ...forms]) {
      for (const m of body.matchAll(new RegExp(`\\b${form.replace(/[.]/g, "\\.")}(?![\\w])`, "g"))) {
        if (!mentions.some((x) => x.start < m.index + form.length && m.index < x.end)) {
          mentions.push({
            start: m.index,
            end: m.index + form.length,
            text: form,
            actorKey: name.toLowerCase(),
            form: "NAME",
          });
        }
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const records = Object.entries(actors).map(([name, a]) => ({
    key: name.toLowerCase(),
    name,
    type: a.type,
    aliases: a.forms ?? [],
    title: null,
  }));
  return { ...doc, mentions, actors: records };
}
