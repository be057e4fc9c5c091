/**
 * `npm run train [-- --only name,…] [--seed N]`: trains the learned components on
 * all of polnear-train (read from ../shared) and writes each one's weights file
 * (`train:attribution` = `--only speaker`). Same data and seed → same bytes.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadFolds, loadPolnear } from "@/scripts/lib/polnear.ts";
import { LEARNED_COMPONENTS, getComponentOrThrow, needsCoreNlp } from "./components.ts";
import { parseTrainingJsonl, trainSpeakerWithCorrections } from "./correction-examples.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function main() {
  const argv = process.argv.slice(2);
  let only: string[] | null = null;
  let seed = 1;
  let corrections: string | null = null;
  let weight = 5;
  let out = "data/speaker-weights.corrected.json";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--only") only = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (argv[i] === "--seed") seed = Number(argv[++i]);
    else if (argv[i] === "--with-corrections") corrections = argv[++i] ?? "";
    else if (argv[i] === "--weight") weight = Number(argv[++i]);
    else if (argv[i] === "--out") out = argv[++i] ?? "";
    else
      throw new Error(
        `unknown argument "${argv[i]}" (usage: train [--only name,…] [--seed N] [--with-corrections FILE [--weight W] [--out FILE]])`,
      );
  }
  if (!Number.isInteger(seed)) throw new Error(`--seed: not an integer`);
  if (corrections !== null) return trainWithCorrections(corrections, weight, out, seed);
  const components = only ? only.map(getComponentOrThrow) : LEARNED_COMPONENTS;
  if (!components.length) throw new Error("no learned components to train");
  const docs = loadPolnear("train", { withCoreNlp: needsCoreNlp(components) });
  for (const c of components) {
    const t0 = performance.now();
    let weights = c.train(docs, seed);
    if (c.calibrate) {
      const calibrated = c.calibrate(docs, weights, loadFolds(), seed);
      weights = calibrated.weights;
      for (const line of calibrated.report) console.log(line);
    }
    const text = `${JSON.stringify(weights, null, 1)}\n`;
    fs.writeFileSync(path.join(REPO, c.file), text);
    // the recorded hash lets a unit test check the committed file is the one training wrote
    const sha = createHash("sha256").update(text).digest("hex");
    fs.writeFileSync(path.join(REPO, c.file.replace(/\.json$/, ".sha256")), `${sha}\n`);
    console.log(
      `${c.name}: trained on ${docs.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${c.file} (${(text.length / 1024).toFixed(1)} kB, sha256 ${sha.slice(0, 12)})`,
    );
  }
}

/** Speaker weights from polnear-train plus editors' corrections, written to `out` (never over the shipped file). */
function trainWithCorrections(file: string, weight: number, out: string, seed: number) {
  if (!Number.isInteger(weight) || weight < 1) throw new Error(`--weight: "${weight}" is not a whole number ≥ 1`);
  if (!out) throw new Error("--out needs a file name");
  const examples = parseTrainingJsonl(fs.readFileSync(file, "utf8"), file);
  const { weights, used } = trainSpeakerWithCorrections(loadPolnear("train"), examples, weight, seed);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(weights, null, 1)}\n`);
  console.log(
    `speaker: polnear-train + ${used} of ${examples.length} corrections (each counted ${weight} times) → ${out}` +
      (used < examples.length ? ` (${examples.length - used} matched no quote or candidate the rules find)` : ""),
  );
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
