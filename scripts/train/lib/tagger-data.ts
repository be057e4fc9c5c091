/**
 * Silver sentences as the tagger learns from them: word strings, POS ids, BIO
 * name ids and the article's lower-case vocabulary (for the `doc_lower` feature).
 */
import type { SilverDoc } from "./corenlp.ts";

/** Name types the recogniser learns; CoreNLP's other labels (DATE, NUMBER, …) count as O. */
export const NAME_TYPES = Object.freeze(["PERSON", "ORGANIZATION", "LOCATION", "MISC"] as const);
/** BIO labels in model order: O, then B-/I- per type. */
export const NER_TAGS: readonly string[] = Object.freeze(["O", ...NAME_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]);

/** One training sentence. */
export interface TaggedSentence {
  words: string[];
  pos: string[];
  /** BIO labels. */
  ner: string[];
  /** Character spans of the silver tokens. */
  spans: [number, number][];
  lower: ReadonlySet<string>;
}

/** Lower-case-initial words of a text: a capitalised word also written this way is an ordinary word. */
export function lowerVocabularyOf(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) out.add(w);
  }
  return out;
}

/** BIO labels from CoreNLP's per-token types (a run of one type is one name). */
export function toBio(ner: readonly string[]): string[] {
  const types = new Set<string>(NAME_TYPES);
  return ner.map((t, i) => (!types.has(t) ? "O" : i > 0 && ner[i - 1] === t ? `I-${t}` : `B-${t}`));
}

/** Every non-empty sentence of `docs` with its labels. */
export function toTaggedSentences(docs: readonly SilverDoc[]): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const d of docs) {
    const all = d.sentences.flatMap((s) => s.tokens.map(([a, b]) => d.text.slice(a, b)));
    const lower = lowerVocabularyOf(all);
    for (const s of d.sentences) {
      if (!s.tokens.length) continue;
      out.push({
        words: s.tokens.map(([a, b]) => d.text.slice(a, b)),
        pos: s.pos,
        ner: toBio(s.ner),
        spans: s.tokens,
        lower,
      });
    }
  }
  return out;
}
