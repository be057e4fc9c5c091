/**
 * `npm run eval:cv [-- --rules-only] [--folds 0,2] [--seed N] [--keep DIR]`: five-fold
 * cross-validation over polnear-train with the folds of folds.json. For each fold,
 * trains every learned component on the other four, extracts the held-out texts
 * in-process, scores them with score-polnear.mjs --only-pred, and prints per-fold
 * figures and their mean ± sd (min-max). Never writes weights.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";
import { LEARNED_COMPONENTS, getComponentOrThrow, trainComponents } from "@/scripts/learn/components.ts";
import { CanonicalTally } from "@/scripts/lib/canonical-score.ts";
import {
  SCORE_KEYS,
  scorePolnear,
  summarize,
  writePredictions,
  type PolnearScores,
} from "@/scripts/lib/polnear-score.ts";
import { getQuotesViewPath, loadFolds, loadPolnear } from "@/scripts/lib/polnear.ts";

function parseArgs(argv: string[]) {
  let rulesOnly = false;
  let folds: number[] | null = null;
  let seed = 1;
  let keep: string | null = null;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--rules-only") rulesOnly = true;
    else if (a === "--folds")
      folds = value()
        .split(",")
        .map((f) => {
          const n = Number(f);
          if (!Number.isInteger(n) || n < 0 || n > 4) throw new Error(`--folds: "${f}" is not a fold number 0-4`);
          return n;
        });
    else if (a === "--seed") seed = Number(value());
    else if (a === "--keep") keep = value();
    else if (a === "--only") only = value().split(",");
    else
      throw new Error(
        `unknown argument "${a}" (usage: eval:cv [--rules-only] [--folds 0,2] [--seed N] [--keep DIR] [--only component,…])`,
      );
  }
  if (!Number.isInteger(seed)) throw new Error(`--seed: "${seed}" is not an integer`);
  return { rulesOnly, folds, seed, keep, only };
}

// canonical attribution of direct quotes: all, then by the kind of source mention
const CANONICAL_KINDS = ["all", "quote:proper", "quote:pronoun", "quote:nominal"] as const;
const KEYS = [...SCORE_KEYS, "canonical", "canonical.proper", "canonical.pronoun", "canonical.nominal"];

const fmt = (x: number) => (Number.isNaN(x) ? "  -  " : x.toFixed(1).padStart(5));

function main() {
  const args = parseArgs(process.argv.slice(2));
  const components = args.rulesOnly ? [] : args.only ? args.only.map(getComponentOrThrow) : LEARNED_COMPONENTS;
  // the silver annotations give canonical attribution its gold actors
  const docs = loadPolnear("train", { withCoreNlp: true });
  const byName = new Map(docs.map((d) => [d.name, d]));
  const folds = loadFolds();
  const root = args.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), "cv-polnear-"));
  const gold = getQuotesViewPath("train");
  console.log(
    `cross-validation: ${docs.length} articles, ${folds.length} folds, ${components.length ? components.map((c) => c.name).join(", ") : "rules only"}, seed ${args.seed}`,
  );
  const rows: PolnearScores[] = [];
  for (const k of args.folds ?? folds.map((_, i) => i)) {
    const held = new Set(folds[k]);
    const training = docs.filter((d) => !held.has(d.name));
    const t0 = performance.now();
    const models = components.length ? trainComponents(training, args.seed, components) : NO_MODELS;
    const t1 = performance.now();
    const stages = createStages(models);
    const results = [...held].flatMap((name) => {
      const doc = byName.get(name);
      return doc ? [{ name, result: extract({ text: doc.text }, stages) }] : [];
    });
    const t2 = performance.now();
    const dir = path.join(root, `fold-${k}`);
    fs.rmSync(dir, { recursive: true, force: true });
    writePredictions(dir, results);
    const { scores } = scorePolnear(gold, dir, true);
    const tally = new CanonicalTally();
    for (const r of results) tally.addArticle(byName.get(r.name)!, r.result);
    for (const kind of CANONICAL_KINDS)
      scores[`canonical${kind === "all" ? "" : `.${kind.split(":")[1]}`}`] = tally.percent(kind);
    rows.push(scores);
    console.log(
      `fold ${k}: ${KEYS.map((key) => `${key} ${fmt(scores[key]!)}`).join("  ")}  (train ${((t1 - t0) / 1000).toFixed(1)} s, extract ${results.length} in ${((t2 - t1) / 1000).toFixed(1)} s)`,
    );
  }
  console.log("mean ± sd (min-max) over folds:");
  for (const key of KEYS) {
    const s = summarize(rows.map((r) => r[key]!));
    console.log(`  ${key.padEnd(18)} ${fmt(s.mean)} ± ${s.sd.toFixed(1)}  (${fmt(s.min)} - ${fmt(s.max)})`);
  }
  if (!args.keep) fs.rmSync(root, { recursive: true, force: true });
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
