/**
 * `npm run eval:dev [-- --rules-only] [--keep DIR]`: extracts polnear-dev with the
 * committed weights (the default pipeline; `--rules-only` without them) and scores
 * it with score-polnear.mjs. A check of what was learned, not a set to study errors on.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract, STAGES } from "@/lib/extraction/pipeline.ts";
import { scorePolnear, writePredictions } from "@/scripts/lib/polnear-score.ts";
import { getQuotesViewPath, loadPolnear } from "@/scripts/lib/polnear.ts";

function main() {
  const all = process.argv.slice(2);
  const rulesOnly = all.includes("--rules-only");
  const argv = all.filter((a) => a !== "--rules-only");
  const i = argv.indexOf("--keep");
  const keep = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && !keep) throw new Error("--keep needs a directory");
  const unknown = argv.filter((a, j) => j !== i && j !== i + 1);
  if (unknown.length) throw new Error(`unknown argument "${unknown[0]}" (usage: eval:dev [--rules-only] [--keep DIR])`);
  const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), "dev-polnear-"));
  const docs = loadPolnear("dev");
  const t0 = performance.now();
  const stages = rulesOnly ? createStages(NO_MODELS) : STAGES;
  const results = docs.map((d) => ({ name: d.name, result: extract({ text: d.text }, stages) }));
  console.log(
    `polnear-dev (${rulesOnly ? "rules only" : "committed weights"}): ${docs.length} articles extracted in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  writePredictions(dir, results);
  process.stdout.write(scorePolnear(getQuotesViewPath("dev"), dir, false).output);
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
