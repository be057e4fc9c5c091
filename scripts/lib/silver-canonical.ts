/**
 * The canonical name of an annotated source mention, read off CoreNLP's silver annotations: the
 * mention itself when a person or organisation name heads it, else the fullest such name in its
 * coreference chain ("he" → "Jared Bernstein"). Null when nothing names it (anonymous sources).
 */
import { normalizeText, tokenF1 } from "./polnear-match.ts";
import type { CoreNlpDoc } from "./polnear.ts";

const NAME_TYPES = new Set(["PERSON", "ORGANIZATION", "LOCATION"]);

/** Finds canonical names of source spans in one article. */
export interface CanonicalReader {
  /** The name the span [start, end) stands for, or null. */
  getCanonical(start: number, end: number): string | null;
}

/** Builds the reader for one article's text and silver annotations. */
export function readSilverCanonicals(text: string, corenlp: CoreNlpDoc): CanonicalReader {
  const nerAt = new Map<number, string>();
  const names: { start: number; end: number; type: string }[] = [];
  for (const s of corenlp.sentences) {
    let run: { start: number; end: number; type: string } | null = null;
    s.tokens.forEach(([a, b], i) => {
      const ner = s.ner[i] ?? "O";
      nerAt.set(a, ner);
      if (NAME_TYPES.has(ner) && run && run.type === ner) run.end = b;
      else {
        if (run) names.push(run);
        run = NAME_TYPES.has(ner) ? { start: a, end: b, type: ner } : null;
      }
    });
    if (run) names.push(run);
  }
  // the first person named inside [start, end), else its first name of any type, as written
  const nameWithin = (start: number, end: number): { text: string; type: string } | null => {
    let first: (typeof names)[number] | null = null;
    for (const n of names) {
      if (n.start < start || n.end > end) continue;
      if (n.type === "PERSON") return { text: text.slice(n.start, n.end), type: n.type };
      first ??= n;
    }
    return first ? { text: text.slice(first.start, first.end), type: first.type } : null;
  };
  const rank = (type: string) => (type === "PERSON" ? 3 : type === "ORGANIZATION" ? 2 : 1);
  return {
    getCanonical(start, end) {
      const own = nameWithin(start, end);
      if (own) return own.text;
      for (const chain of corenlp.coref ?? []) {
        if (!chain.some((m) => m.head[0] >= start && m.head[1] <= end)) continue;
        // the chain's representative when a name heads it, else its best-typed, longest name
        let best: { text: string; type: string; representative: boolean } | null = null;
        for (const m of chain) {
          if (!NAME_TYPES.has(nerAt.get(m.head[0]) ?? "O")) continue;
          const name = nameWithin(m.start, m.end);
          if (!name) continue;
          const cand = { ...name, representative: m.representative === true };
          const better =
            !best ||
            (cand.representative && !best.representative) ||
            (cand.representative === best.representative &&
              (rank(cand.type) > rank(best.type) ||
                (rank(cand.type) === rank(best.type) && cand.text.length > best.text.length)));
          if (better) best = cand;
        }
        if (best) return best.text;
      }
      return null;
    },
  };
}

/** Whether an extracted actor name is the gold canonical name. */
export function isSameActorName(predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  const p = normalizeText(predicted).split(" ");
  const g = normalizeText(gold).split(" ");
  const strip = (w: string[]) => w.filter((x) => x !== "the" && x !== "'s");
  const ps = strip(p);
  const gs = strip(g);
  if (!ps.length || !gs.length) return false;
  return ps[ps.length - 1] === gs[gs.length - 1] || tokenF1(ps.join(" "), gs.join(" ")) >= 0.5;
}
