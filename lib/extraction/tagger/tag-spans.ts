import type { NamedSpan, Span } from "@/lib/extraction/types.ts";
import { tagWords, type TaggerModel } from "./tag-words.ts";

/** POS tag and BIO name label per token of one sentence, as strings. */
export interface TaggedSpans {
  pos: string[];
  ner: string[];
}

/** Tags the word tokens of one sentence of `body`. */
export function tagSpans(
  model: TaggerModel,
  tokens: readonly Span[],
  lowerVocabulary: ReadonlySet<string>,
): TaggedSpans {
  const words: string[] = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = tokens[i]!.text;
  const { pos, ner } = tagWords(model, words, lowerVocabulary);
  // plain loops: Array.from with a mapping function is several times slower on typed arrays
  const posTags: string[] = new Array<string>(pos.length);
  const nerTags: string[] = new Array<string>(ner.length);
  for (let i = 0; i < pos.length; i++) {
    posTags[i] = model.posTags[pos[i]!]!;
    nerTags[i] = model.nerTags[ner[i]!]!;
  }
  return { pos: posTags, ner: nerTags };
}

/** The names that BIO labels mark over `tokens` of `body`. */
export function findNamedSpans(body: string, tokens: readonly Span[], ner: readonly string[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!ner[i]!.startsWith("B-")) continue;
    const type = ner[i]!.slice(2) as NamedSpan["type"];
    let j = i + 1;
    while (j < tokens.length && ner[j] === `I-${type}`) j++;
    const start = tokens[i]!.start;
    const end = tokens[j - 1]!.end;
    out.push({ start, end, text: body.slice(start, end), type });
    i = j - 1;
  }
  return out;
}

/** Lower-case-initial words among `tokens` (the article's ordinary vocabulary, for the `doc_lower` feature). */
export function findLowerVocabulary(tokens: readonly Span[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) out.add(t.text);
  }
  return out;
}
