import { tokenize } from "@/lib/extraction/actors/tokenize.ts";
import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import type { NamedSpan, Stage, Token } from "@/lib/extraction/types.ts";
import { getTaggerModel } from "./load-tagger-model.ts";
import { findLowerVocabulary, findNamedSpans, tagSpans } from "./tag-spans.ts";
import { tokenizeWords } from "./tokenize-words.ts";

/**
 * Stage: tokens with parts of speech and names. The tagger reads Treebank-style
 * words sentence by sentence; its labels are copied onto `doc.tokens` (the finer
 * tokens later stages walk: "Mr" and "." apart) by offset, and the names it
 * recognised go to `doc.names`. Needs sentences.
 */
export const taggerStage: Stage = {
  name: "tagger",
  run(doc) {
    const model = getTaggerModel();
    const tokens: Token[] = tokenize(doc.body);
    const perSentence = doc.sentences.map((s) => tokenizeWords(doc.body, s.start, s.end));
    const lower = findLowerVocabulary(tokens);
    const names: NamedSpan[] = [];
    doc.sentences.forEach((s, k) => {
      const words = perSentence[k]!;
      if (!words.length) return;
      const tags = tagSpans(model, words, lower);
      names.push(...findNamedSpans(doc.body, words, tags.ner));
      // each fine token takes the labels of the word it starts in
      let w = 0;
      for (let i = findTokenIndex(tokens, s.start); i < tokens.length && tokens[i]!.start < s.end; i++) {
        const t = tokens[i]!;
        while (w + 1 < words.length && words[w]!.end <= t.start) w++;
        t.pos = tags.pos[w];
        t.ner =
          words[w]!.start === t.start || !tags.ner[w]!.startsWith("B-") ? tags.ner[w] : `I-${tags.ner[w]!.slice(2)}`;
      }
    });
    return { ...doc, tokens, names };
  },
};
