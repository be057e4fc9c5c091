/**
 * Runs ../shared/eval/score-polnear.mjs over a folder of contract JSON files and
 * parses the figures it prints, plus helpers to summarise them over folds.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { getSharedDir } from "./polnear.ts";

/** The figures of one scoring run, in percent (NaN when the scorer did not print them). */
export type PolnearScores = Record<string, number>;

/** Names of the figures, in report order. */
export const SCORE_KEYS = Object.freeze([
  "speaker",
  "speaker.proper",
  "speaker.pronoun",
  "speaker.nominal",
  "quote-P",
  "quote-R",
  "quote-F1",
  "attributed-recall",
  "indirect-R",
  "indirect-P",
  "indirect-speaker",
]);

/** Parses the lines score-polnear.mjs prints into named figures. */
export function parseScorerOutput(out: string): PolnearScores {
  const s: PolnearScores = Object.fromEntries(SCORE_KEYS.map((k) => [k, Number.NaN]));
  for (const m of out.matchAll(/^speaker mention accuracy \(([^)]+)\): ([\d.]+)/gm))
    s[`speaker.${m[1]}`] = Number(m[2]);
  const ind = /^polnear-indirect: recall ([\d.]+) .*? precision ([\d.]+) .*?right-speaker recall ([\d.]+)/m.exec(out);
  if (ind)
    Object.assign(s, {
      "indirect-R": Number(ind[1]),
      "indirect-P": Number(ind[2]),
      "indirect-speaker": Number(ind[3]),
    });
  const main =
    /^polnear: quote-P ([\d.]+) quote-R ([\d.]+) quote-F1 ([\d.]+) speaker-mention-accuracy ([\d.]+) attributed-recall ([\d.]+)/m.exec(
      out,
    );
  if (!main) throw new Error(`score-polnear.mjs printed no "polnear:" line:\n${out}`);
  const [p, r, f, speaker, attributed] = main.slice(1, 6).map(Number);
  Object.assign(s, { "quote-P": p, "quote-R": r, "quote-F1": f, speaker, "attributed-recall": attributed });
  return s;
}

/** Scores the predictions in `predDir` against `gold`; `onlyPred` limits it to the articles predicted. */
export function scorePolnear(
  gold: string,
  predDir: string,
  onlyPred: boolean,
): { scores: PolnearScores; output: string } {
  const script = path.join(getSharedDir(), "eval", "score-polnear.mjs");
  const output = execFileSync(
    process.execPath,
    [script, "--gold", gold, "--pred", predDir, ...(onlyPred ? ["--only-pred"] : [])],
    { encoding: "utf8" },
  );
  return { scores: parseScorerOutput(output), output };
}

/** Writes one contract JSON per article into `dir` as NAME.json. */
export function writePredictions(dir: string, results: readonly { name: string; result: ContractOutput }[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const { name, result } of results) fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(result));
}

/** Mean, sample standard deviation, min and max of `xs` (NaNs left out). */
export function summarize(xs: readonly number[]): { mean: number; sd: number; min: number; max: number } {
  const v = xs.filter((x) => !Number.isNaN(x));
  if (!v.length) return { mean: Number.NaN, sd: Number.NaN, min: Number.NaN, max: Number.NaN };
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1)) : 0;
  return { mean, sd, min: Math.min(...v), max: Math.max(...v) };
}
