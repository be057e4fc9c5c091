/**
 * The matching rules of ../shared/eval/score-polnear.mjs (quote text and speaker
 * mention), so training labels agree with what the scorer counts as right.
 */

const DET = new Set(["the", "a", "an", "this", "that", "his", "her", "its", "their"]);

/** Lower-cased words with quotes and punctuation folded as the scorer does. */
export function normalizeText(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const words = (s: string) => normalizeText(s).split(" ").filter(Boolean);

/** Token F1 of two texts (multiset overlap). */
export function tokenF1(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.length || !B.length) return 0;
  const m = new Map<string, number>();
  for (const w of B) m.set(w, (m.get(w) ?? 0) + 1);
  let c = 0;
  for (const w of A) {
    const k = m.get(w) ?? 0;
    if (k) {
      c++;
      m.set(w, k - 1);
    }
  }
  if (!c) return 0;
  const p = c / A.length;
  const r = c / B.length;
  return (2 * p * r) / (p + r);
}

/** Whether a predicted quote text is the gold segment. */
export function isSameQuote(p: string, g: string): boolean {
  const np = normalizeText(p);
  const ng = normalizeText(g);
  if (!np || !ng) return false;
  if (tokenF1(p, g) >= 0.8) return true;
  return (np.includes(ng) || ng.includes(np)) && Math.min(np.length, ng.length) / Math.max(np.length, ng.length) >= 0.6;
}

/** Whether a predicted speaker mention is the gold source mention. */
export function isSameMention(p: string, g: string): boolean {
  const P = words(p).filter((w) => !DET.has(w));
  const G = words(g).filter((w) => !DET.has(w));
  if (!P.length || !G.length) return false;
  const np = P.join(" ");
  const ng = G.join(" ");
  if (np === ng || ng.includes(np) || np.includes(ng)) return true;
  return P[P.length - 1] === G[G.length - 1] || tokenF1(np, ng) >= 0.5;
}
