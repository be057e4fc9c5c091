/**
 * The pronoun-antecedent ranker as a learned component: every speaker pronoun the attribution
 * stage resolves in the training articles (rules only, so the examples do not depend on another
 * component's weights), its candidates labelled by whether the actor is the pronoun's canonical
 * name in CoreNLP's silver coreference (`scripts/lib/silver-canonical.ts`), fitted by seeded
 * logistic regression. Pronouns whose silver chain names nobody, or none of whose candidates is
 * that name, teach nothing and are left out.
 */
import {
  ANTECEDENT_COMPONENT,
  ANTECEDENT_FEATURES_VERSION,
  type AntecedentEvent,
  type AntecedentModel,
} from "@/lib/extraction/attribution/antecedent-ranker.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, runPipeline } from "@/lib/extraction/pipeline.ts";
import { mapBodyToRaw } from "@/scripts/lib/body-to-raw.ts";
import { fitLogistic, type Example } from "@/scripts/lib/fit-logistic.ts";
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";
import { isSameActorName, readSilverCanonicals } from "@/scripts/lib/silver-canonical.ts";
import type { LearnedComponent } from "./components.ts";

/** The labelled candidates of one article's speaker pronouns (none without silver annotations). */
export function findAntecedentExamples(doc: PolnearDoc): Example[] {
  if (!doc.corenlp) return [];
  const events: AntecedentEvent[] = [];
  const stages = createStages(NO_MODELS, { onAntecedent: (e) => events.push(e) });
  const d = runPipeline({ text: doc.text }, stages);
  const toRaw = mapBodyToRaw(d.body, doc.text);
  const canonical = readSilverCanonicals(doc.text, doc.corenlp);
  const nameOf = new Map(d.actors.map((a) => [a.key, a.name]));
  const out: Example[] = [];
  for (const e of events) {
    const start = toRaw(e.at);
    if (start === null) continue;
    const word = /^[\p{L}’']+/u.exec(d.body.slice(e.at))?.[0] ?? "";
    const gold = canonical.getCanonical(start, start + Math.max(1, word.length));
    if (!gold) continue;
    const labels = e.candidates.map((c) => (isSameActorName(nameOf.get(c.key) ?? null, gold) ? 1 : 0));
    if (!labels.includes(1)) continue;
    e.candidates.forEach((c, i) => out.push({ features: c.features, label: labels[i]! }));
  }
  return out;
}

/** Fits the ranker's weights to labelled candidates. */
export function fitAntecedentModel(examples: readonly Example[], seed: number): AntecedentModel {
  return {
    featuresVersion: ANTECEDENT_FEATURES_VERSION,
    weights: fitLogistic(examples, { epochs: 10, rate: 0.1, l2: 1e-4, seed: seed + 31 }),
  };
}

/** The component listed in `LEARNED_COMPONENTS`. */
export const ANTECEDENT: LearnedComponent = {
  name: ANTECEDENT_COMPONENT,
  file: "lib/extraction/attribution/models/antecedent-weights.json",
  needsCoreNlp: true,
  train: (docs, seed) => fitAntecedentModel(docs.flatMap(findAntecedentExamples), seed),
};
