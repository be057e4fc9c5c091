/**
 * `npm run train:reported [-- --cv]`: learns the reported-speech scorer from
 * ../shared/external/polnear-train and writes
 * lib/extraction/attribution/models/reported-speech.json. With `--cv`, five-fold
 * cross-validation instead: trains on four folds, extracts the fifth, scores it with
 * score-polnear.mjs --only-pred, and prints mean ± sd; weights are not touched.
 */
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { STAGES, extract, runPipeline } from "../lib/extraction/pipeline.ts";
import { tokenize, type Token } from "../lib/extraction/actors/tokenize.ts";
import { findReportedCandidates } from "../lib/extraction/attribution/find-reported-candidates.ts";
import { getReportedFeatures, REPORTED_FEATURES_VERSION } from "../lib/extraction/attribution/reported-features.ts";
import { useReportedModel, type ReportedModel } from "../lib/extraction/attribution/reported-model.ts";
import { fitLogistic, pickThreshold, tokenF1, type Example } from "./lib/fit-logistic.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
// ../shared beside the checkout (a worktree sits one level deeper); SHARED_DIR overrides
const SHARED = process.env.SHARED_DIR ?? [path.resolve(ROOT, "../shared"), path.resolve(ROOT, "../../shared")].find((d) => fs.existsSync(d)) ?? path.resolve(ROOT, "../shared");
const DATA = path.join(SHARED, "external/polnear-train");
const SCORER = path.join(SHARED, "eval/score-polnear.mjs");
const OUT = path.join(ROOT, "lib/extraction/attribution/models/reported-speech.json");
const TARGET_PRECISION = 0.89;
const UNTIL_ATTRIBUTION = STAGES.slice(0, STAGES.findIndex((s) => s.name === "attribution"));

interface GoldDoc { file: string; quotes: { text: string }[]; indirect: { content: string }[] }

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T);
}

/** Candidates of one article with their features and whether they match an annotated content. */
function examplesOf(name: string, gold: GoldDoc): Example[] {
  const text = fs.readFileSync(path.join(DATA, "text", `${name}.txt`), "utf8");
  const doc = runPipeline({ text }, UNTIL_ATTRIBUTION);
  const tokens = (doc.tokens as Token[] | undefined) ?? tokenize(doc.body);
  const contents = [...gold.indirect.map((g) => g.content), ...gold.quotes.map((g) => g.text)];
  return findReportedCandidates(doc, tokens).filter((c) => c.clause[1] - c.clause[0] >= 2).map((c) => {
    const content = doc.body.slice(tokens[c.clause[0]]!.start, tokens[c.clause[1] - 1]!.end);
    return { features: getReportedFeatures(tokens, c), label: contents.some((g) => tokenF1(content, g) >= 0.5) ? 1 : 0 };
  });
}

function train(examples: readonly Example[]): ReportedModel {
  const weights = fitLogistic(examples, { epochs: 12, rate: 0.1, l2: 1e-5, seed: 13 });
  return { featuresVersion: REPORTED_FEATURES_VERSION, threshold: pickThreshold(examples, weights, TARGET_PRECISION), weights };
}

function score(predDir: string): Record<string, number> {
  const out = execFileSync("node", [SCORER, "--gold", path.join(DATA, "quotes_view.jsonl"), "--pred", predDir, "--only-pred"], { encoding: "utf8" });
  const ind = /polnear-indirect: recall ([\d.]+) .*precision ([\d.]+) .*right-speaker recall ([\d.]+)/.exec(out);
  const q = /quote-P ([\d.]+) quote-R ([\d.]+).*speaker-mention-accuracy ([\d.]+)/.exec(out);
  if (!ind || !q) throw new Error(`score-polnear.mjs printed no score lines:\n${out}`);
  return { "indirect-R": +ind[1]!, "indirect-P": +ind[2]!, "indirect-speaker": +ind[3]!, "quote-P": +q[1]!, "quote-R": +q[2]!, "speaker-mention": +q[3]! };
}

function main() {
  const cv = process.argv.includes("--cv");
  const gold = new Map(readJsonl<GoldDoc>(path.join(DATA, "quotes_view.jsonl")).map((d) => [d.file.replace(/\.txt$/, ""), d]));
  const folds = (JSON.parse(fs.readFileSync(path.join(DATA, "folds.json"), "utf8")) as { folds: string[][] }).folds;
  const byDoc = new Map<string, Example[]>();
  for (const name of folds.flat().sort()) {
    const g = gold.get(name);
    if (g) byDoc.set(name, examplesOf(name, g));
  }
  const pool = (names: readonly string[]) => names.flatMap((n) => byDoc.get(n) ?? []);
  if (!cv) {
    const all = pool([...byDoc.keys()]);
    const model = train(all);
    fs.writeFileSync(OUT, JSON.stringify(model, null, 0) + "\n");
    console.log(`reported-speech: ${all.length} candidates (${all.filter((e) => e.label).length} positive), ${Object.keys(model.weights).length} weights, threshold ${model.threshold} → ${path.relative(ROOT, OUT)}`);
    return;
  }
  const rows: Record<string, number>[] = [];
  folds.forEach((fold, k) => {
    const model = train(pool(folds.filter((_, j) => j !== k).flat()));
    useReportedModel(model);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `reported-cv${k}-`));
    for (const name of fold) {
      if (!gold.has(name)) continue;
      const text = fs.readFileSync(path.join(DATA, "text", `${name}.txt`), "utf8");
      fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(extract({ text })));
    }
    useReportedModel(null);
    rows.push(score(dir));
    fs.rmSync(dir, { recursive: true });
    console.log(`fold ${k}: ${Object.entries(rows[k]!).map(([m, v]) => `${m} ${v}`).join("  ")}`);
  });
  for (const m of Object.keys(rows[0]!)) {
    const xs = rows.map((r) => r[m]!);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    console.log(`cv ${m}: ${mean.toFixed(1)} ± ${sd.toFixed(1)}`);
  }
}

main();
