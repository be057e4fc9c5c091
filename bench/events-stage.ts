/**
 * `npx tsx bench/events-stage.ts`: CPU milliseconds per article of the events and
 * dates stages alone on the polnear-dev texts (read from ../shared at bench time),
 * the documents prepared once by the stages before them. Prints the numbers only.
 */
import fs from "node:fs";
import path from "node:path";
import { createDoc, STAGES } from "@/lib/extraction/pipeline.ts";
import type { Doc } from "@/lib/extraction/types.ts";
import { getSharedDir } from "@/scripts/lib/polnear.ts";

const dir = path.join(getSharedDir(), "external", "polnear-dev", "text");
const texts = fs
  .readdirSync(dir)
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const at = STAGES.findIndex((s) => s.name === "events");
const before = STAGES.slice(0, at);
const docs: Doc[] = texts.map((text) => before.reduce((d, s) => s.run(d), createDoc({ text })));
for (const stage of STAGES.slice(at)) {
  const rounds = 20;
  const t0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) stage.run(d);
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000 / (rounds * docs.length);
  console.log(`${stage.name}: ${ms.toFixed(3)} ms per article (${docs.length} polnear-dev texts, ${rounds} rounds)`);
}
