import { buildContext, getNerFeatures, getPosFeatures, MAX_FEATURES } from "./features.ts";
import { addScores, type WeightTable } from "./weight-table.ts";

/** A loaded tagger: Penn POS tags and BIO name labels with their weights. */
export interface TaggerModel {
  version: string;
  featureSet: string;
  posTags: readonly string[];
  /** "O", then "B-PERSON", "I-PERSON", … */
  nerTags: readonly string[];
  pos: WeightTable;
  ner: WeightTable;
  /** Frequent words that always had one tag in training: tagged without scoring. */
  tagdict: ReadonlyMap<string, number>;
}

/** Tag ids of one sentence. */
export interface WordTags {
  pos: Uint8Array;
  ner: Uint8Array;
}

/** Context values standing for the tags before the first word. */
export const START_TAG = 200;
export const START_TAG2 = 201;

const feats = new Uint32Array(MAX_FEATURES);
let scores = new Int32Array(64);

/** POS tags and name labels of one sentence's `words`, greedy left to right. */
export function tagWords(model: TaggerModel, words: readonly string[], lowerVocabulary: ReadonlySet<string>): WordTags {
  const n = words.length;
  const ctx = buildContext(words, lowerVocabulary);
  const pos = new Uint8Array(n);
  const ner = new Uint8Array(n);
  if (scores.length < Math.max(model.posTags.length, model.nerTags.length)) scores = new Int32Array(256);
  for (let i = 0; i < n; i++) {
    const known = model.tagdict.get(words[i]!);
    if (known !== undefined) {
      pos[i] = known;
      continue;
    }
    const k = getPosFeatures(ctx, i, i > 0 ? pos[i - 1]! : START_TAG, i > 1 ? pos[i - 2]! : START_TAG2, feats);
    pos[i] = best(model.pos, k, -1);
  }
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? ner[i - 1]! : START_TAG;
    // a word in lower case or a mark after no name starts none: O without scoring ("of" inside a name is scored)
    if ((prev === 0 || prev === START_TAG) && !startsName(words[i]!)) continue;
    const k = getNerFeatures(ctx, pos, i, prev, i > 1 ? ner[i - 2]! : START_TAG2, feats);
    ner[i] = best(model.ner, k, prev);
  }
  return { pos, ner };
}

/** Whether a word can open a name: a capital, a digit or a mark that names use ("@", "#"). */
function startsName(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127 || c === 64 || c === 35;
}

/** The best class for the features in `feats`; for names (prevNer ≥ 0), an I- label only continues its own B-/I-. */
function best(table: WeightTable, count: number, prevNer: number): number {
  const c = table.classes;
  scores.fill(0, 0, c);
  addScores(table, feats, count, scores);
  let top = 0;
  let topScore = -Infinity;
  for (let j = 0; j < c; j++) {
    // BIO labels: 0 = O, odd = B-X, even = I-X of the B before it
    if (prevNer >= 0 && j > 0 && j % 2 === 0 && prevNer !== j && prevNer !== j - 1) continue;
    if (scores[j]! > topScore) {
      topScore = scores[j]!;
      top = j;
    }
  }
  return top;
}
