import {
  buildContext as importedBuildContext,
  entryAt as importedEntryAt,
  getNerDynamicFeatures as importedGetNerDynamicFeatures,
  getNerNeighbourFeatures,
  getNerOwnFeatures,
  getPosDynamicFeatures as importedGetPosDynamicFeatures,
  getPosNeighbourFeatures,
  getPosOwnFeatures,
  MAX_FEATURES,
  NEIGHBOUR_OFFSETS,
  type SentenceContext,
  type WordEntry,
} from "./features.ts";
import { addScores as importedAddScores, type WeightTable } from "./weight-table.ts";

// Run under tsx (CommonJS output), an imported function is read through a getter at every call; the
// functions called per word go through module-level aliases instead.
const buildContext = importedBuildContext;
const entryAt = importedEntryAt;
const getNerDynamicFeatures = importedGetNerDynamicFeatures;
const getPosDynamicFeatures = importedGetPosDynamicFeatures;
const addScores = importedAddScores;

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

/**
 * The partial scores a word contributes wherever it stands, computed once per word
 * and model: [POS own, POS as neighbour at -2, -1, +1, +2, names own, names at -2, -1, +1, +2].
 * Adding them equals scoring the same features one by one (scores are sums).
 */
function getPartialScores(model: TaggerModel, e: WordEntry): Int32Array {
  if (e.scores && e.scoresOf === model) return e.scores;
  const p = model.pos.classes;
  const q = model.ner.classes;
  const out = new Int32Array(5 * p + 5 * q);
  let k = getPosOwnFeatures(e.values, feats);
  addScores(model.pos, feats, k, out.subarray(0, p));
  NEIGHBOUR_OFFSETS.forEach((d, j) => {
    k = getPosNeighbourFeatures(e.values, d, feats);
    addScores(model.pos, feats, k, out.subarray((j + 1) * p, (j + 2) * p));
  });
  k = getNerOwnFeatures(e.values, feats);
  addScores(model.ner, feats, k, out.subarray(5 * p, 5 * p + q));
  NEIGHBOUR_OFFSETS.forEach((d, j) => {
    k = getNerNeighbourFeatures(e.values, d, feats);
    addScores(model.ner, feats, k, out.subarray(5 * p + (j + 1) * q, 5 * p + (j + 2) * q));
  });
  e.scores = out;
  e.scoresOf = model;
  return out;
}

/** The tag-dictionary tag of a word (-1: not in the dictionary), looked up once per word and model. */
function getKnownTag(model: TaggerModel, e: WordEntry, word: string): number {
  if (e.knownOf !== model) {
    e.known = model.tagdict.get(word) ?? -1;
    e.knownOf = model;
  }
  return e.known;
}

/**
 * Starts `scores` with the cached parts of token `i`: its own, and what each neighbour gives it.
 * One pass over the classes sums all five parts (the hottest loop of tagging).
 */
function addPartials(model: TaggerModel, ctx: SentenceContext, i: number, base: number, c: number): void {
  const own = getPartialScores(model, ctx.entries[i]!);
  // the neighbour at i + d sees token i at offset -d: its group for -d (NEIGHBOUR_OFFSETS = [-2, -1, 1, 2])
  const a = getPartialScores(model, entryAt(ctx, i - 2));
  const b = getPartialScores(model, entryAt(ctx, i - 1));
  const d = getPartialScores(model, entryAt(ctx, i + 1));
  const e = getPartialScores(model, entryAt(ctx, i + 2));
  const atA = base + 4 * c;
  const atB = base + 3 * c;
  const atD = base + 2 * c;
  const atE = base + c;
  for (let j = 0; j < c; j++) scores[j] = own[base + j]! + a[atA + j]! + b[atB + j]! + d[atD + j]! + e[atE + j]!;
}

/** POS tags and name labels of one sentence's `words`, greedy left to right. */
export function tagWords(model: TaggerModel, words: readonly string[], lowerVocabulary: ReadonlySet<string>): WordTags {
  const n = words.length;
  const ctx = buildContext(words, lowerVocabulary);
  const pos = new Uint8Array(n);
  const ner = new Uint8Array(n);
  const p = model.pos.classes;
  if (scores.length < Math.max(p, model.nerTags.length)) scores = new Int32Array(256);
  for (let i = 0; i < n; i++) {
    const known = getKnownTag(model, ctx.entries[i]!, words[i]!);
    if (known >= 0) {
      pos[i] = known;
      continue;
    }
    addPartials(model, ctx, i, 0, p);
    const k = getPosDynamicFeatures(ctx, i, i > 0 ? pos[i - 1]! : START_TAG, i > 1 ? pos[i - 2]! : START_TAG2, feats);
    pos[i] = best(model.pos, k, -1);
  }
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? ner[i - 1]! : START_TAG;
    // a word in lower case or a mark after no name starts none: O without scoring ("of" inside a name is scored)
    if ((prev === 0 || prev === START_TAG) && !startsName(words[i]!)) continue;
    addPartials(model, ctx, i, 5 * p, model.ner.classes);
    const k = getNerDynamicFeatures(ctx, pos, i, prev, i > 1 ? ner[i - 2]! : START_TAG2, feats);
    ner[i] = best(model.ner, k, prev);
  }
  return { pos, ner };
}

/** Whether a word can open a name: a capital, a digit or a mark that names use ("@", "#"). */
function startsName(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127 || c === 64 || c === 35;
}

/** Adds the features in `feats` to the partial `scores` and picks the best class; for names (prevNer ≥ 0), an I- label only continues its own B-/I-. */
function best(table: WeightTable, count: number, prevNer: number): number {
  const c = table.classes;
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
