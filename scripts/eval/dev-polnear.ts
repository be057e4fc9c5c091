/**
 * `npm run eval:dev [-- --keep DIR]`: extracts polnear-dev with the committed
 * weights (the default pipeline) and scores it with score-polnear.mjs. A check of
 * what was learned, not a set to study errors on.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extract } from "../../lib/extraction/pipeline.ts";
import { getQuotesViewPath, loadPolnear } from "../lib/polnear.ts";
import { scorePolnear, writePredictions } from "../lib/polnear-score.ts";

function main() {
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--keep");
  const keep = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && !keep) throw new Error("--keep needs a directory");
  const unknown = argv.filter((a, j) => j !== i && j !== i + 1);
  if (unknown.length) throw new Error(`unknown argument "${unknown[0]}" (usage: eval:dev [--keep DIR])`);
  const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), "dev-polnear-"));
  const docs = loadPolnear("dev");
  const t0 = performance.now();
  const results = docs.map((d) => ({ name: d.name, result: extract({ text: d.text }) }));
  console.log(`polnear-dev: ${docs.length} articles extracted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
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
