import { hashString as importedHashString, mix as importedMix } from "./hash.ts";
import { getLexiconFlags, LEXICON_FLAG_BITS } from "./lexicon-flags.ts";
import { WordTable } from "./word-table.ts";

// Run under tsx (CommonJS output), an imported function is read through a getter at every call; the
// hashing below runs a dozen times per word, so it calls module-level aliases instead.
const hashString = importedHashString;
const mix = importedMix;

/**
 * Features of the tagger, one function per model. Each feature is a named
 * template (the `FEATURE_TEMPLATES` below, as in `suffix3=ing` or `prev_tag=DT`)
 * mixed with the hash of its value into one 32-bit id, so tagging builds no strings.
 * The model file records `FEATURE_SET`: weights trained on other templates are refused.
 */

/** Identifies the templates and their hashing; bump when either changes. */
export const FEATURE_SET = "pos-ner-4";

/** Template names, by id (index): what each feature id means when traced. */
export const FEATURE_TEMPLATES = Object.freeze([
  "-",
  "bias",
  "word",
  "lower",
  "suffix3",
  "prefix1",
  "shape",
  "prev_tag",
  "prev_tag+prev2_tag",
  "prev_tag+lower",
  "prev_lower",
  "prev_suffix3",
  "prev2_lower",
  "next_lower",
  "next_suffix3",
  "next2_lower",
  "lex",
  "doc_lower",
  "first+shape",
  "ner:bias",
  "ner:word",
  "ner:lower",
  "ner:shape",
  "ner:suffix3",
  "ner:pos",
  "ner:prev_pos",
  "ner:next_pos",
  "ner:prev_lower",
  "ner:next_lower",
  "ner:prev2_lower",
  "ner:next2_lower",
  "ner:prev_ner",
  "ner:prev_ner+prev2_ner",
  "ner:prev_ner+word",
  "ner:prev_shape",
  "ner:next_shape",
  "ner:pos+next_pos",
  "ner:prev_lower+lower",
  "ner:lex",
  "ner:prev_lex",
  "ner:next_lex",
  "ner:doc_lower",
  "ner:prev_ner+shape",
  "ner:first+word",
  "ner:lower+next_lower",
  "ner:prefix3",
  "ner:next_word+next_pos",
  "ner:run_end_lex",
  "ner:run_length+position",
  "ner:run_end_word",
] as const);

const T = Object.fromEntries(FEATURE_TEMPLATES.map((n, i) => [n, i])) as Record<
  (typeof FEATURE_TEMPLATES)[number],
  number
>;
const START = hashString("-START-");
const END = hashString("-END-");

/** Per-token values of one sentence, hashed once and shared by both models. */
export interface SentenceContext {
  n: number;
  word: Uint32Array;
  lower: Uint32Array;
  suffix3: Uint32Array;
  prefix1: Uint32Array;
  prefix3: Uint32Array;
  shape: Uint32Array;
  lex: Uint32Array;
  /** 1 when a capitalised word is also written in lower case elsewhere in the article, 2 when it is not. */
  docLower: Uint8Array;
  /** Index of the last word of the capitalised run holding each token (runs join across "of", "for", "the", "and"), or -1. */
  runEnd: Int32Array;
  /** Index of the first word of that run, or -1. */
  runStart: Int32Array;
  /** The word entries, by position. */
  entries: WordEntry[];
}

/**
 * What is known of one word regardless of its sentence: its hashed values by slot
 * (0 word, 1 lower, 2 suffix3, 3 prefix1, 4 prefix3, 5 shape, 6 lexicon flags), its lower case when
 * it is capitalised (for `doc_lower`), and room for a model's tag-dictionary entry and partial scores
 * (see tag-words.ts).
 */
export interface WordEntry {
  values: Uint32Array;
  /** The word in lower case when it starts with a capital, else null. */
  capitalLower: string | null;
  scores: Int32Array | null;
  scoresOf: object | null;
  /** The model's tag-dictionary tag of the word (-1: not in it), valid when `knownOf` is that model. */
  known: number;
  knownOf: object | null;
}

// cached per process and bounded (an entry with partial scores is about 1 kB): two generations, so
// filling up drops the words not seen since the last turn, not every word at once
const GENERATION_SIZE = 15_000;
let young = new WordTable<WordEntry>(GENERATION_SIZE);
let old = new WordTable<WordEntry>(GENERATION_SIZE);

/** The entry of word `w`, hashed once per process (while it stays in use). */
export function getWordEntry(w: string): WordEntry {
  const hash = hashString(w);
  let e = young.get(w, hash);
  if (e) return e;
  e = old.get(w, hash);
  if (!e) {
    const low = normalise(w);
    const values = Uint32Array.of(
      hash,
      hashString(low),
      hashString(low, Math.max(0, low.length - 3)),
      hashString(w, 0, 1),
      hashString(low, 0, 3),
      hashShape(w),
      getLexiconFlags(w),
    );
    e = {
      values,
      capitalLower: isCapital(w) ? w.toLowerCase() : null,
      scores: null,
      scoresOf: null,
      known: -1,
      knownOf: null,
    };
  }
  if (young.isFull) {
    old = young;
    young = new WordTable(GENERATION_SIZE);
  }
  young.add(w, hash, e);
  return e;
}

/** The pseudo-words before the first and after the last word of a sentence. */
export const START_ENTRY: WordEntry = {
  values: Uint32Array.of(START, START, START, START, START, START, 1 << 20),
  capitalLower: null,
  scores: null,
  scoresOf: null,
  known: -1,
  knownOf: null,
};
/** The pseudo-word after the last word. */
export const END_ENTRY: WordEntry = {
  values: Uint32Array.of(END, END, END, END, END, END, 1 << 21),
  capitalLower: null,
  scores: null,
  scoresOf: null,
  known: -1,
  knownOf: null,
};

function allocate(n: number): SentenceContext {
  return {
    n,
    word: new Uint32Array(n),
    lower: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    prefix1: new Uint32Array(n),
    prefix3: new Uint32Array(n),
    shape: new Uint32Array(n),
    lex: new Uint32Array(n),
    docLower: new Uint8Array(n),
    runEnd: new Int32Array(n),
    runStart: new Int32Array(n),
    entries: [],
  };
}

const RUN_LINKS = new Set(["of", "for", "the", "and", "on", "&", "de", "al", "bin"]);

function isCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0]!.toLowerCase());
}

/** Marks the capitalised runs of `words` (the span a multi-word name can take) in `ctx`. */
function markRuns(ctx: SentenceContext, words: readonly string[]): void {
  const n = words.length;
  let i = 0;
  while (i < n) {
    if (!isCapital(words[i]!)) {
      ctx.runStart[i] = -1;
      ctx.runEnd[i] = -1;
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    while (j < n && (isCapital(words[j]!) || (RUN_LINKS.has(words[j]!) && j + 1 < n && isCapital(words[j + 1]!)))) {
      if (isCapital(words[j]!)) last = j;
      j++;
    }
    for (let k = i; k < j; k++) {
      ctx.runStart[k] = i;
      ctx.runEnd[k] = last;
    }
    i = j;
  }
}

// one context reused from sentence to sentence (grown when a sentence is longer), so tagging allocates little
let shared = allocate(256);

/**
 * Hashes the values of `words` (one sentence); `lowerVocabulary` holds the article's lower-case words.
 * The context returned is reused by the next call: read it before building another.
 */
export function buildContext(words: readonly string[], lowerVocabulary: ReadonlySet<string>): SentenceContext {
  const n = words.length;
  if (shared.word.length < n) shared = allocate(Math.max(n, shared.word.length * 2));
  const ctx = shared;
  ctx.n = n;
  ctx.docLower.fill(0, 0, n);
  markRuns(ctx, words);
  ctx.entries.length = n;
  // the entries first, then their values: reading an entry's values waits on memory, and the reads of
  // one word no longer wait for the look-up of the next
  for (let i = 0; i < n; i++) ctx.entries[i] = getWordEntry(words[i]!);
  for (let i = 0; i < n; i++) {
    const e = ctx.entries[i]!;
    const v = e.values;
    ctx.word[i] = v[0]!;
    ctx.lower[i] = v[1]!;
    ctx.suffix3[i] = v[2]!;
    ctx.prefix1[i] = v[3]!;
    ctx.prefix3[i] = v[4]!;
    ctx.shape[i] = v[5]!;
    ctx.lex[i] = v[6]!;
    if (e.capitalLower !== null) ctx.docLower[i] = lowerVocabulary.has(e.capitalLower) ? 1 : 2;
  }
  return ctx;
}

/** Lower case, with numbers folded into classes (Honnibal: "!YEAR", "!DIGITS"). */
function normalise(w: string): string {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d{4}$/.test(w) ? "!YEAR" : "!DIGITS";
  return w.toLowerCase();
}

/** Hash of the word's shape: X for capitals, x for small letters, d for digits, runs cut at two ("Xxx" → "Xx"). */
function hashShape(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length && i < 24; i++) {
    const c = w.charCodeAt(i);
    const k =
      c >= 65 && c <= 90
        ? 88
        : c >= 97 && c <= 122
          ? 120
          : c >= 48 && c <= 57
            ? 100
            : c > 127
              ? w[i] !== w[i]!.toLowerCase()
                ? 88
                : 120
              : c;
    run = k === last ? run + 1 : 0;
    last = k;
    if (run < 2) h = Math.imul(h ^ k, 0x01000193);
  }
  return h >>> 0 || 1;
}

/** The entry at position `j` of the sentence, or the start / end pseudo-word. */
export function entryAt(ctx: SentenceContext, j: number): WordEntry {
  return j < 0 ? START_ENTRY : j >= ctx.n ? END_ENTRY : ctx.entries[j]!;
}

/** Offsets of the neighbours whose own values are features: the groups a word's partial scores are kept for. */
export const NEIGHBOUR_OFFSETS = Object.freeze([-2, -1, 1, 2] as const);

/** POS features of a word's own values (the same in every sentence). */
export function getPosOwnFeatures(v: Uint32Array, out: Uint32Array, k = 0): number {
  out[k++] = mix(T.bias, 0);
  out[k++] = mix(T.word, v[0]!);
  out[k++] = mix(T.lower, v[1]!);
  out[k++] = mix(T.suffix3, v[2]!);
  out[k++] = mix(T.prefix1, v[3]!);
  out[k++] = mix(T.shape, v[5]!);
  const lex = v[6]!;
  if (lex < 1 << 20) for (let b = 0; b < LEXICON_FLAG_BITS; b++) if (lex & (1 << b)) out[k++] = mix(T.lex, b + 1);
  return k;
}

/** POS features a word gives the word `offset` places from it (-1: it is that word's previous word). */
export function getPosNeighbourFeatures(v: Uint32Array, offset: number, out: Uint32Array, k = 0): number {
  if (offset === 1) {
    out[k++] = mix(T.prev_lower, v[1]!);
    out[k++] = mix(T.prev_suffix3, v[2]!);
  } else if (offset === 2) out[k++] = mix(T.prev2_lower, v[1]!);
  else if (offset === -1) {
    out[k++] = mix(T.next_lower, v[1]!);
    out[k++] = mix(T.next_suffix3, v[2]!);
  } else if (offset === -2) out[k++] = mix(T.next2_lower, v[1]!);
  return k;
}

/** POS features that depend on the tags before token `i` or on the article. */
export function getPosDynamicFeatures(
  ctx: SentenceContext,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
  k = 0,
): number {
  out[k++] = mix(T.prev_tag, prev);
  out[k++] = mix(mix(T["prev_tag+prev2_tag"], prev), prev2);
  out[k++] = mix(mix(T["prev_tag+lower"], prev), ctx.lower[i]!);
  if (ctx.docLower[i]) out[k++] = mix(T.doc_lower, ctx.docLower[i]! + (i === 0 ? 2 : 0));
  if (i === 0) out[k++] = mix(T["first+shape"], ctx.shape[i]!);
  return k;
}

/** All POS features of token `i` given the two tags before it (training reads these; tagging adds cached parts). */
export function getPosFeatures(ctx: SentenceContext, i: number, prev: number, prev2: number, out: Uint32Array): number {
  let k = getPosOwnFeatures(ctx.entries[i]!.values, out);
  for (const d of NEIGHBOUR_OFFSETS) k = getPosNeighbourFeatures(entryAt(ctx, i + d).values, -d, out, k);
  return getPosDynamicFeatures(ctx, i, prev, prev2, out, k);
}

/** Name features of a word's own values. */
export function getNerOwnFeatures(v: Uint32Array, out: Uint32Array, k = 0): number {
  out[k++] = mix(T["ner:bias"], 0);
  out[k++] = mix(T["ner:word"], v[0]!);
  out[k++] = mix(T["ner:lower"], v[1]!);
  out[k++] = mix(T["ner:shape"], v[5]!);
  out[k++] = mix(T["ner:suffix3"], v[2]!);
  out[k++] = mix(T["ner:prefix3"], v[4]!);
  const lex = v[6]!;
  if (lex < 1 << 20)
    for (let b = 0; b < LEXICON_FLAG_BITS; b++) if (lex & (1 << b)) out[k++] = mix(T["ner:lex"], b + 1);
  return k;
}

/** Name features a word gives the word `offset` places from it (-1: it is that word's previous word). */
export function getNerNeighbourFeatures(v: Uint32Array, offset: number, out: Uint32Array, k = 0): number {
  if (offset === 1) {
    out[k++] = mix(T["ner:prev_lower"], v[1]!);
    out[k++] = mix(T["ner:prev_shape"], v[5]!);
    out[k++] = mix(T["ner:prev_lex"], v[6]!);
  } else if (offset === 2) out[k++] = mix(T["ner:prev2_lower"], v[1]!);
  else if (offset === -1) {
    out[k++] = mix(T["ner:next_lower"], v[1]!);
    out[k++] = mix(T["ner:next_shape"], v[5]!);
    out[k++] = mix(T["ner:next_lex"], v[6]!);
  } else if (offset === -2) out[k++] = mix(T["ner:next2_lower"], v[1]!);
  return k;
}

/** The POS tag id at `j` of a sentence of `n` words, or the ids standing for before the start (254) and after the end (255). */
function posAt(pos: Uint8Array, n: number, j: number): number {
  return j < 0 ? 254 : j >= n ? 255 : pos[j]!;
}

/** Name features that depend on POS tags, earlier labels, word pairs, the run or the article. */
export function getNerDynamicFeatures(
  ctx: SentenceContext,
  pos: Uint8Array,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
  k = 0,
): number {
  const n = ctx.n;
  const p = posAt(pos, n, i);
  const pPrev = posAt(pos, n, i - 1);
  const pNext = posAt(pos, n, i + 1);
  const prevLower = entryAt(ctx, i - 1).values[1]!;
  const next = entryAt(ctx, i + 1).values;
  out[k++] = mix(T["ner:pos"], p);
  out[k++] = mix(T["ner:prev_pos"], pPrev);
  out[k++] = mix(T["ner:next_pos"], pNext);
  out[k++] = mix(mix(T["ner:pos+next_pos"], p), pNext);
  out[k++] = mix(mix(T["ner:prev_lower+lower"], prevLower), ctx.lower[i]!);
  out[k++] = mix(mix(T["ner:lower+next_lower"], ctx.lower[i]!), next[1]!);
  out[k++] = mix(mix(T["ner:next_word+next_pos"], next[0]!), pNext);
  out[k++] = mix(T["ner:prev_ner"], prev);
  out[k++] = mix(mix(T["ner:prev_ner+prev2_ner"], prev), prev2);
  out[k++] = mix(mix(T["ner:prev_ner+word"], prev), ctx.word[i]!);
  out[k++] = mix(mix(T["ner:prev_ner+shape"], prev), ctx.shape[i]!);
  if (ctx.docLower[i]) out[k++] = mix(T["ner:doc_lower"], ctx.docLower[i]! + (i === 0 ? 2 : 0));
  if (i === 0) out[k++] = mix(T["ner:first+word"], ctx.word[i]!);
  const end = ctx.runEnd[i]!;
  if (end >= 0) {
    // what the whole run ends in ("… Bank", "… Khan") and where the token sits in it
    out[k++] = mix(T["ner:run_end_lex"], ctx.lex[end]! + (end === i ? 1 << 20 : 0));
    out[k++] = mix(T["ner:run_end_word"], ctx.word[end]!);
    const start = ctx.runStart[i]!;
    out[k++] = mix(mix(T["ner:run_length+position"], Math.min(end - start + 1, 5)), Math.min(i - start, 3));
  }
  return k;
}

/** All name features of token `i` given the sentence's POS tags and the two labels before it. */
export function getNerFeatures(
  ctx: SentenceContext,
  pos: Uint8Array,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
): number {
  let k = getNerOwnFeatures(ctx.entries[i]!.values, out);
  for (const d of NEIGHBOUR_OFFSETS) k = getNerNeighbourFeatures(entryAt(ctx, i + d).values, -d, out, k);
  return getNerDynamicFeatures(ctx, pos, i, prev, prev2, out, k);
}

/** Upper bound on the features of one token (for the reusable `out` buffer). */
export const MAX_FEATURES = 56;
