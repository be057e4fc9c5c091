/**
 * `npm run bench:stages [-- ROUNDS]`: runs every stage of the default pipeline (learned scorer)
 * over the polnear-dev texts (read from ../shared at run time, never copied) for ROUNDS rounds
 * (default 8) and prints the milliseconds (wall clock, one core) per article spent in each stage,
 * slowest first, plus the contract conversion and the total: where extraction time goes.
 */
import fs from "node:fs";
import path from "node:path";
import { toContract } from "@/lib/extraction/contract.ts";
import { toExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { createDoc, STAGES } from "@/lib/extraction/pipeline.ts";
import { getSharedDir } from "@/scripts/lib/polnear.ts";

const dir = path.join(getSharedDir(), "external", "polnear-dev", "text");
if (!fs.existsSync(dir)) throw new Error(`${dir} not found (set SHARED_DIR)`);
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));

const rounds = Number(process.argv[2] ?? 8);
const names = [...STAGES.map((s) => s.name), "contract"];
const totals = new Map<string, number>(names.map((n) => [n, 0]));

// the wall clock per stage: process.cpuUsage() costs a system call, too much to read twelve times an article
const now = (): number => performance.now();

function runRound(record: boolean): void {
  for (const text of texts) {
    let doc = createDoc({ text });
    for (const stage of STAGES) {
      const t = now();
      doc = stage.run(doc);
      if (record) totals.set(stage.name, totals.get(stage.name)! + now() - t);
    }
    const t = now();
    toContract(toExtractedArticle(doc));
    if (record) totals.set("contract", totals.get("contract")! + now() - t);
  }
}

runRound(false); // warm-up so the JIT has compiled the hot paths
for (let r = 0; r < rounds; r++) runRound(true);
const articles = rounds * texts.length;
const sum = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(`stages over polnear-dev (${texts.length} texts × ${rounds} rounds), ms per article:`);
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(
    `  ${name.padEnd(14)} ${(ms / articles).toFixed(3).padStart(7)}  ${((ms / sum) * 100).toFixed(1).padStart(5)}%`,
  );
}
console.log(
  `  ${"total".padEnd(14)} ${(sum / articles).toFixed(3).padStart(7)}  (${((articles / sum) * 1000).toFixed(1)} articles per second)`,
);
