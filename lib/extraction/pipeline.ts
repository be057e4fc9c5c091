import { actorsStage } from "./actors/actors-stage.ts";
import { aliasesStage } from "./actors/aliases-stage.ts";
import { createAttributionStage, type AttributionOptions } from "./attribution/attribution-stage.ts";
import { clean } from "./clean/clean.ts";
import { toContract } from "./contract.ts";
import { datesStage } from "./dates/dates-stage.ts";
import { eventsStage } from "./events/events-stage.ts";
import { toExtractedArticle } from "./extracted-article.ts";
import { COMMITTED_MODELS } from "./learned/committed-models.ts";
import type { LearnedModels } from "./learned/learned-models.ts";
import { metadata } from "./metadata/metadata.ts";
import { normalize } from "./normalize.ts";
import { quotesStage } from "./quotes/quotes-stage.ts";
import { sentencesStage } from "./sentences/sentences-stage.ts";
import { taggerStage } from "./tagger/tagger-stage.ts";
import type { ContractOutput, Doc, ExtractionInput, Stage } from "./types.ts";

/** Version stamp stored with every article, bumped when extraction output changes. */
export const EXTRACTOR_VERSION = "0.6.7";

/** Optional observers of the stages (explain, training); the default pipeline has none. */
export type StageHooks = AttributionOptions;

/**
 * The pipeline as data: each stage reads what the earlier ones produced.
 * Order matters: cleaning fixes `body` before any offset is taken, actors come
 * before quotes so attribution can resolve names, events come last because they
 * name participants by actor; the tagger runs on sentences and feeds actors. Stages with learned parts read their weights from
 * `models` (the committed ones for `STAGES`, in-memory ones for cross-validation).
 */
export function createStages(models: LearnedModels, hooks: StageHooks = {}): readonly Stage[] {
  return Object.freeze([
    normalize,
    clean,
    metadata,
    sentencesStage,
    taggerStage,
    actorsStage,
    aliasesStage,
    quotesStage,
    createAttributionStage(models, hooks),
    eventsStage,
    datesStage,
  ]);
}

/** The default pipeline: the stages with the committed learned weights. */
export const STAGES: readonly Stage[] = createStages(COMMITTED_MODELS);

/** An empty working document for `input`. */
export function createDoc(input: ExtractionInput): Doc {
  return {
    input,
    raw: input.text,
    body: input.text,
    meta: { title: null, publisher: null, author: null, url: null, publishedAt: null, dateline: null },
    furniture: [],
    warnings: [],
    paragraphs: [],
    sentences: [],
    mentions: [],
    actors: [],
    quotes: [],
    events: [],
  };
}

/** Runs every stage over `input` and returns the finished document. */
export function runPipeline(input: ExtractionInput, stages: readonly Stage[] = STAGES): Doc {
  return stages.reduce((doc, stage) => stage.run(doc), createDoc(input));
}

/** Extracts one article into the contract JSON (a view of the write model, extracted-article.ts). Pure: no I/O, no clock. */
export function extract(input: ExtractionInput, stages: readonly Stage[] = STAGES): ContractOutput {
  return toContract(toExtractedArticle(runPipeline(input, stages)));
}
