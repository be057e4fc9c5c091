/**
 * `npm run eval:canonical [-- --split dev|train]`: canonical attribution, the share of quotes
 * credited to the right actor (not only the right words), on the annotated quotes whose source a
 * name stands for. The gold actor is the source mention's name, or the fullest name in its silver
 * coreference chain ("he" → "Jared Bernstein"); an extracted speaker is right when its actor name
 * shares the gold name's last word or most of its words. Quotes whose source nothing names
 * (anonymous sources) are counted apart. Uses the committed weights: on train they saw the data,
 * so read dev. Never changes weights.
 */
import { extract } from "@/lib/extraction/pipeline.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { isSameQuote, tokenF1 } from "@/scripts/lib/polnear-match.ts";
import { loadPolnear, type PolnearSplit } from "@/scripts/lib/polnear.ts";
import { isSameActorName, readSilverCanonicals } from "@/scripts/lib/silver-canonical.ts";

type Row = { n: number; right: number; unresolved: number };
const rows = new Map<string, Row>();
const row = (k: string) => rows.get(k) ?? rows.set(k, { n: 0, right: 0, unresolved: 0 }).get(k)!;

function tally(kind: string, speaker: string | null | undefined, gold: string | null): void {
  for (const k of ["all", kind]) {
    const r = row(k);
    if (gold === null) {
      r.unresolved++;
      continue;
    }
    r.n++;
    if (isSameActorName(speaker ?? null, gold)) r.right++;
  }
}

function scoreArticle(
  result: ContractOutput,
  canonical: ReturnType<typeof readSilverCanonicals>,
  view: NonNullable<ReturnType<typeof loadPolnear>[number]["view"]>,
) {
  const direct = result.quotes.filter((q) => q.kind !== "INDIRECT");
  const indirect = result.quotes.filter((q) => q.kind === "INDIRECT");
  for (const g of view.quotes) {
    const span = g.speakerMentionSpans?.[0];
    if (!span) continue;
    const q = direct.find((p) => isSameQuote(p.text, g.text));
    if (!q) continue; // a missed quote is quote recall's business, not attribution's
    tally(`quote:${g.speakerKindGuess ?? "unknown"}`, q.speaker, canonical.getCanonical(span[0], span[1]));
  }
  for (const g of view.indirect ?? []) {
    const spans = g.speakerMentionSpans as [number, number][] | undefined;
    const span = spans?.[0];
    if (!span) continue;
    const q = indirect.find((p) => tokenF1(p.text, g.content) >= 0.5);
    if (!q) continue;
    tally(`reported:${String(g.speakerKindGuess ?? "unknown")}`, q.speaker, canonical.getCanonical(span[0], span[1]));
  }
}

const at = process.argv.indexOf("--split");
const split = (at >= 0 ? process.argv[at + 1] : "dev") as PolnearSplit;
if (split !== "train" && split !== "dev") throw new Error(`--split: "${String(split)}" is not train or dev`);
for (const d of loadPolnear(split, { withCoreNlp: true })) {
  if (!d.corenlp || !d.view) continue;
  scoreArticle(extract({ text: d.text }), readSilverCanonicals(d.text, d.corenlp), d.view);
}
const pct = (a: number, b: number) => ((100 * a) / Math.max(1, b)).toFixed(1).padStart(5);
console.log(
  `canonical attribution, polnear-${split} (gold actor from the source name or its silver coreference chain)`,
);
console.log(`  ${"kind".padEnd(18)} ${"quotes".padStart(6)}  right  no-named-source`);
for (const [k, r] of [...rows].sort())
  console.log(
    `  ${k.padEnd(18)} ${String(r.n).padStart(6)}  ${pct(r.right, r.n)}  ${String(r.unresolved).padStart(6)}`,
  );
