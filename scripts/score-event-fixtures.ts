/**
 * `npx tsx scripts/score-event-fixtures.ts [FILE]`: extracts every paragraph of the
 * invented event fixtures (default tests/extraction/fixtures/events/cases.json) and
 * prints each event found with its summary, what was missed or extra, and event
 * precision and recall as `../shared/eval/score.mjs` counts them (same type, one
 * shared participant, compatible dates).
 */
import fs from "node:fs";
import { extract } from "@/lib/extraction/pipeline.ts";
import { scoreEvents, type EventCase } from "./lib/score-events.ts";

const file = process.argv[2] ?? "tests/extraction/fixtures/events/cases.json";
const { publishedAt, cases } = JSON.parse(fs.readFileSync(file, "utf8")) as { publishedAt: string; cases: EventCase[] };
let tp = 0,
  gold = 0,
  counted = 0,
  matchedCounted = 0;
for (const c of cases) {
  const out = extract({ text: c.text, hints: { publishedAt } });
  const r = scoreEvents(c, out.events);
  tp += r.truePositives;
  gold += r.required;
  counted += r.predicted;
  matchedCounted += r.matchedPredicted;
  console.log(`${c.id}: R ${r.truePositives}/${r.required} P ${r.matchedPredicted}/${r.predicted}`);
  for (const e of out.events)
    console.log(
      `   ${r.extra.includes(e) ? "EXTRA" : "ok   "} <${e.type}> ${e.date ?? "?"} ${e.summary} [${e.roles.map((p) => `${p.name}:${p.role}`).join(", ")}]`,
    );
  for (const g of r.missed) console.log(`   MISSED <${g.type}> ${g.date ?? "?"} ${g.participants.join(", ")}`);
}
const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : "-");
console.log(
  `events over ${cases.length} cases: P ${pct(matchedCounted, counted)} (${matchedCounted}/${counted})  R ${pct(tp, gold)} (${tp}/${gold})`,
);
