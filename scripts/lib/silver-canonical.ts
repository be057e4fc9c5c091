/**
 * The canonical name of an annotated source mention, read off CoreNLP's silver annotations: the
 * name its syntactic head belongs to ("Acme spokeswoman Jane Doe" → "Jane Doe", not "Acme"),
 * else the fullest name in its coreference chain ("he" → "Jared Bernstein"). Null when nothing
 * names it (anonymous sources).
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
  // every token by its start offset, with the start offset of its syntactic head (-1 at the root)
  const headOf = new Map<number, number>();
  const tokenStarts: number[] = [];
  for (const s of corenlp.sentences) {
    s.tokens.forEach(([a], i) => {
      const h = s.head[i] ?? -1;
      headOf.set(a, h >= 0 && s.tokens[h] ? s.tokens[h]![0] : -1);
      tokenStarts.push(a);
    });
  }
  tokenStarts.sort((x, y) => x - y);
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
  // the first token of [start, end) whose head lies outside it: the phrase's syntactic head
  const headTokenWithin = (start: number, end: number): number | null => {
    let lo = 0;
    let hi = tokenStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokenStarts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokenStarts.length && tokenStarts[i]! < end; i++) {
      const h = headOf.get(tokenStarts[i]!) ?? -1;
      if (h < start || h >= end) return tokenStarts[i]!;
    }
    return null;
  };
  // the name token `at` belongs to, as written
  const nameAt = (at: number): { text: string; type: string } | null => {
    const n = names.find((x) => x.start <= at && at < x.end);
    return n ? { text: text.slice(n.start, n.end), type: n.type } : null;
  };
  const rank = (type: string) => (type === "PERSON" ? 3 : type === "ORGANIZATION" ? 2 : 1);
  return {
    getCanonical(start, end) {
      const head = headTokenWithin(start, end);
      const own = head === null ? nameWithin(start, end) : nameAt(head);
      if (own) return own.text;
      // the chain the phrase's head is in (a name inside it, "Acme's spokesman", is another chain)
      const isOwnMention = (m: { head: [number, number] }) =>
        head === null ? m.head[0] >= start && m.head[1] <= end : m.head[0] === head;
      for (const chain of corenlp.coref ?? []) {
        if (!chain.some(isOwnMention)) continue;
        // the chain's representative when a name heads it, else its best-typed, longest name
        let best: { text: string; type: string; representative: boolean } | null = null;
        for (const m of chain) {
          if (!NAME_TYPES.has(nerAt.get(m.head[0]) ?? "O")) continue;
          const name = nameAt(m.head[0]);
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
