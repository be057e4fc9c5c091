/**
 * `npm run eval:candidates [-- --split train]`: how often the speaker scorer can win. For every gold
 * quote the rules find, whether any candidate names its gold source (candidate recall) and whether the
 * rules' choice does, by the gold speaker's kind (proper / pronoun / nominal). Never writes weights.
 */
import { collectQuotes } from "@/scripts/learn/train-speaker.ts";
import { isSameMention, isSameQuote } from "@/scripts/lib/polnear-match.ts";
import { loadPolnear, type PolnearSplit } from "@/scripts/lib/polnear.ts";

const split = (
  process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : "train"
) as PolnearSplit;
if (split !== "train" && split !== "dev") throw new Error(`--split: "${String(split)}" is not train or dev`);

const rows = new Map<string, { n: number; candidate: number; rule: number }>();
const row = (k: string) => rows.get(k) ?? rows.set(k, { n: 0, candidate: 0, rule: 0 }).get(k)!;
for (const doc of loadPolnear(split)) {
  const quotes = collectQuotes(doc);
  const used = new Set<number>();
  for (const g of doc.view?.quotes ?? []) {
    const i = quotes.findIndex((q, k) => !used.has(k) && isSameQuote(q.text, g.text));
    if (i < 0 || !g.speakerMention) continue;
    used.add(i);
    const q = quotes[i]!;
    const hits = q.candidates.map((t) => t !== null && isSameMention(t, g.speakerMention!));
    const ruleAt = q.features.findIndex((f) => f.includes("rule"));
    for (const k of ["all", g.speakerKindGuess ?? "unknown"]) {
      const r = row(k);
      r.n++;
      if (hits.some(Boolean)) r.candidate++;
      if (ruleAt >= 0 && hits[ruleAt]) r.rule++;
    }
  }
}
const pct = (a: number, b: number) => ((100 * a) / Math.max(1, b)).toFixed(1).padStart(5);
console.log(`${split}: kind      quotes  candidate-recall  rule-right`);
for (const [k, r] of [...rows].sort())
  console.log(`  ${k.padEnd(10)} ${String(r.n).padStart(6)}  ${pct(r.candidate, r.n)}  ${pct(r.rule, r.n)}`);
