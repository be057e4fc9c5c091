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
import { CanonicalTally } from "@/scripts/lib/canonical-score.ts";
import { loadPolnear, type PolnearSplit } from "@/scripts/lib/polnear.ts";

const at = process.argv.indexOf("--split");
const split = (at >= 0 ? process.argv[at + 1] : "dev") as PolnearSplit;
if (split !== "train" && split !== "dev") throw new Error(`--split: "${String(split)}" is not train or dev`);
const tally = new CanonicalTally();
for (const d of loadPolnear(split, { withCoreNlp: true })) {
  if (d.corenlp && d.view) tally.addArticle(d, extract({ text: d.text }));
}
const pct = (a: number, b: number) => ((100 * a) / Math.max(1, b)).toFixed(1).padStart(5);
console.log(
  `canonical attribution, polnear-${split} (gold actor from the source name or its silver coreference chain)`,
);
console.log(`  ${"kind".padEnd(18)} ${"quotes".padStart(6)}  right  no-named-source`);
for (const [k, r] of [...tally.rows].sort())
  console.log(
    `  ${k.padEnd(18)} ${String(r.n).padStart(6)}  ${pct(r.right, r.n)}  ${String(r.unresolved).padStart(6)}`,
  );
