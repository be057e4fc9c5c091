import type { Sentence, Stage } from "@/lib/extraction/types.ts";
import { findParagraphs } from "./find-paragraphs.ts";
import { findSentenceBreaks } from "./find-sentence-breaks.ts";

/** Splits one paragraph into trimmed sentence spans of `body`. */
export function findSentences(
  body: string,
  start: number,
  end: number,
  paragraph: number,
  firstIndex: number,
): Sentence[] {
  const text = body.slice(start, end);
  const cuts = [0, ...findSentenceBreaks(text), text.length];
  const sentences: Sentence[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    let s = cuts[c]!;
    let e = cuts[c + 1]!;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    sentences.push({
      start: start + s,
      end: start + e,
      text: text.slice(s, e),
      index: firstIndex + sentences.length,
      paragraph,
    });
  }
  return sentences;
}

/**
 * Stage: paragraphs (non-blank lines) and sentences of `doc.body`.
 * Runs after cleaning so offsets point into the final body.
 */
export const sentencesStage: Stage = {
  name: "sentences",
  run(doc) {
    const paragraphs = findParagraphs(doc.body);
    const sentences: Sentence[] = [];
    paragraphs.forEach((p, index) => {
      sentences.push(...findSentences(doc.body, p.start, p.end, index, sentences.length));
    });
    return { ...doc, paragraphs, sentences };
  },
};
