/**
 * `npm run train:tagger`: learns the POS tagger and the name recogniser from the
 * polnear-train silver annotations ONLY (never dev), deterministically (fixed
 * seed and shuffle order: two runs write the same file), and writes the
 * quantised, pruned weights to lib/extraction/tagger/model-data.ts.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  buildContext,
  FEATURE_SET,
  getNerFeatures,
  getPosFeatures,
  MAX_FEATURES,
} from "@/lib/extraction/tagger/features.ts";
import { MODEL_VERSION } from "@/lib/extraction/tagger/model-version.ts";
import { START_TAG, START_TAG2 } from "@/lib/extraction/tagger/tag-words.ts";
import { encodeWeights } from "@/lib/extraction/tagger/weight-table.ts";
import { AveragedPerceptron, seededRandom, shuffle } from "./lib/averaged-perceptron.ts";
import { readSilverDocs } from "./lib/corenlp.ts";
import { NER_TAGS, toTaggedSentences, type TaggedSentence } from "./lib/tagger-data.ts";

const SEED = 14;
const POS_EPOCHS = Number(process.env.POS_EPOCHS ?? 5);
const NER_EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
// weights below this fraction of the model's largest are dropped (the name model's largest, its O bias, is far larger)
const PRUNE = { pos: Number(process.env.PRUNE_POS ?? 0.001), ner: Number(process.env.PRUNE_NER ?? 0.0001) };
const OUT = path.resolve(import.meta.dirname, "../../lib/extraction/tagger/model-data.ts");

/** Words seen often enough with one tag almost always (Honnibal's thresholds). */
function buildTagdict(sentences: readonly TaggedSentence[], tagIds: Map<string, number>): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences)
    s.words.forEach((w, i) => {
      const m = counts.get(w) ?? new Map<string, number>();
      counts.set(w, m);
      m.set(s.pos[i]!, (m.get(s.pos[i]!) ?? 0) + 1);
    });
  const dict = new Map<string, number>();
  for (const [w, m] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [tag, n] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (total >= 20 && n / total >= 0.97) dict.set(w, tagIds.get(tag)!);
  }
  return dict;
}

function trainPos(
  sentences: TaggedSentence[],
  tagIds: Map<string, number>,
  tagdict: Map<string, number>,
): AveragedPerceptron {
  const model = new AveragedPerceptron(tagIds.size);
  const feats = new Uint32Array(MAX_FEATURES);
  const random = seededRandom(SEED);
  const order = [...sentences];
  for (let epoch = 0; epoch < POS_EPOCHS; epoch++) {
    let right = 0;
    let all = 0;
    for (const s of shuffle(order, random)) {
      const ctx = buildContext(s.words, s.lower);
      const pred = new Uint8Array(s.words.length);
      for (let i = 0; i < s.words.length; i++) {
        const truth = tagIds.get(s.pos[i]!)!;
        const known = tagdict.get(s.words[i]!);
        if (known !== undefined) pred[i] = known;
        else {
          const k = getPosFeatures(ctx, i, i > 0 ? pred[i - 1]! : START_TAG, i > 1 ? pred[i - 2]! : START_TAG2, feats);
          pred[i] = model.predict(feats, k);
          model.update(truth, pred[i]!, feats, k);
        }
        right += pred[i] === truth ? 1 : 0;
        all++;
      }
    }
    console.log(`pos epoch ${epoch + 1}: train accuracy ${(right / all).toFixed(4)}, ${model.size} features`);
  }
  model.average();
  return model;
}

function trainNer(sentences: TaggedSentence[], tagIds: Map<string, number>): AveragedPerceptron {
  const model = new AveragedPerceptron(NER_TAGS.length);
  const nerIds = new Map(NER_TAGS.map((t, i) => [t, i]));
  const feats = new Uint32Array(MAX_FEATURES);
  const random = seededRandom(SEED + 1);
  const order = [...sentences];
  for (let epoch = 0; epoch < NER_EPOCHS; epoch++) {
    let wrong = 0;
    for (const s of shuffle(order, random)) {
      const ctx = buildContext(s.words, s.lower);
      const pos = Uint8Array.from(s.pos, (p) => tagIds.get(p)!);
      const pred = new Uint8Array(s.words.length);
      for (let i = 0; i < s.words.length; i++) {
        const prev = i > 0 ? pred[i - 1]! : START_TAG;
        const k = getNerFeatures(ctx, pos, i, prev, i > 1 ? pred[i - 2]! : START_TAG2, feats);
        pred[i] = model.predict(feats, k, (j) => !(j > 0 && j % 2 === 0 && prev !== j && prev !== j - 1));
        const truth = nerIds.get(s.ner[i]!)!;
        model.update(truth, pred[i]!, feats, k);
        if (pred[i] !== truth) wrong++;
      }
    }
    console.log(`ner epoch ${epoch + 1}: ${wrong} token errors, ${model.size} features`);
  }
  model.average();
  return model;
}

function main(): void {
  const t0 = performance.now();
  const sentences = toTaggedSentences(readSilverDocs("train"));
  const posTags = [...new Set(sentences.flatMap((s) => s.pos))].sort();
  const tagIds = new Map(posTags.map((t, i) => [t, i]));
  const tagdict = buildTagdict(sentences, tagIds);
  console.log(`${sentences.length} sentences, ${posTags.length} POS tags, ${tagdict.size} words in the tag dictionary`);
  const pos = trainPos(sentences, tagIds, tagdict).quantise(PRUNE.pos);
  const ner = trainNer(sentences, tagIds).quantise(PRUNE.ner);
  const header = {
    version: MODEL_VERSION,
    featureSet: FEATURE_SET,
    trainedOn: "polnear-train silver (CoreNLP)",
    seed: SEED,
    epochs: { pos: POS_EPOCHS, ner: NER_EPOCHS },
    prune: PRUNE,
    posTags,
    nerTags: NER_TAGS,
    tagdict: Object.fromEntries([...tagdict].map(([w, id]) => [w, posTags[id]!])),
  };
  const posB64 = Buffer.from(encodeWeights(pos.rows)).toString("base64");
  const nerB64 = Buffer.from(encodeWeights(ner.rows)).toString("base64");
  const src = [
    "// Generated by `npm run train:tagger` (scripts/train/train-tagger.ts) from polnear-train silver annotations. Do not edit.",
    "/** The tagger's header (version, feature set, tag sets, tag dictionary) as JSON. */",
    `export const MODEL_HEADER = ${JSON.stringify(JSON.stringify(header))};`,
    "/** POS weights, base64 (see weight-table.ts for the layout). */",
    `export const POS_WEIGHTS = "${posB64}";`,
    "/** Name weights, base64. */",
    `export const NER_WEIGHTS = "${nerB64}";`,
    "",
  ].join("\n");
  fs.writeFileSync(OUT, src);
  const hash = crypto.createHash("sha256").update(src).digest("hex").slice(0, 16);
  console.log(
    `wrote ${path.relative(process.cwd(), OUT)}: ${(src.length / 1e6).toFixed(2)} MB, pos ${pos.rows.size} features, ner ${ner.rows.size} features, sha256 ${hash}, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main();
