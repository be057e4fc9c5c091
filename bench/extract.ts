/**
 * `npm run bench:extract`: runs the extraction pipeline over the bundled seed
 * articles repeatedly on one core and prints articles/s and words/s, plus a
 * linearity check (a long article made of many copies must cost about as much
 * per word as the originals), a 1 MB article and two adversarial paragraphs.
 */
import fs from "node:fs";
import path from "node:path";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract, STAGES } from "@/lib/extraction/pipeline.ts";
import { getTaggerModel } from "@/lib/extraction/tagger/load-tagger-model.ts";
import { findLowerVocabulary } from "@/lib/extraction/tagger/tag-spans.ts";
import { tagWords } from "@/lib/extraction/tagger/tag-words.ts";
import { tokenizeWords } from "@/lib/extraction/tagger/tokenize-words.ts";
import type { Stage } from "@/lib/extraction/types.ts";
import { getSharedDir } from "@/scripts/lib/polnear.ts";

const SEED_DIRS = ["corpus/seeds", "../shared/seeds"];

function loadSeeds(): string[] {
  const dir = SEED_DIRS.find((d) => fs.existsSync(d));
  if (!dir) throw new Error(`no seed articles found in ${SEED_DIRS.join(" or ")}`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (!files.length) throw new Error(`no .txt articles in ${dir}`);
  return files.map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

function countWords(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

function time(
  texts: readonly string[],
  minMs: number,
  stages: readonly Stage[] = STAGES,
): { runs: number; ms: number; cpuMs: number } {
  let runs = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < minMs) {
    for (const text of texts) extract({ text }, stages);
    runs++;
  }
  const used = process.cpuUsage(cpu);
  return { runs, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/** The polnear-dev texts, read from ../shared at bench time (never copied into the repository), or [] when absent. */
function loadRealArticles(): string[] {
  const dir = path.join(getSharedDir(), "external", "polnear-dev", "text");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
}

/** Real news articles, with the learned scorer and rules only, alternated in one run so the ratio is fair. */
function benchRealArticles(): void {
  const texts = loadRealArticles();
  if (!texts.length) {
    console.log("real articles: polnear-dev not found in ../shared (set SHARED_DIR); skipped");
    return;
  }
  const rulesOnly = createStages(NO_MODELS);
  time(texts, 300);
  const totals = { learned: { n: 0, cpu: 0 }, rules: { n: 0, cpu: 0 } };
  for (let round = 0; round < 3; round++) {
    for (const [key, stages] of [
      ["learned", STAGES],
      ["rules", rulesOnly],
    ] as const) {
      const r = time(texts, 1500, stages);
      totals[key].n += r.runs * texts.length;
      totals[key].cpu += r.cpuMs;
    }
  }
  const rate = (t: { n: number; cpu: number }) => (t.n / t.cpu) * 1000;
  console.log(
    `real articles (polnear-dev, ${texts.length} texts, ${texts.reduce((n, t) => n + countWords(t), 0)} words): ${rate(totals.learned).toFixed(1)} articles per CPU-second with the learned scorer, ${rate(totals.rules).toFixed(1)} rules only (ratio ${(rate(totals.learned) / rate(totals.rules)).toFixed(2)}; target ≥ 200)`,
  );
}

function main() {
  benchRealArticles();
  const seeds = loadSeeds();
  const words = seeds.reduce((n, t) => n + countWords(t), 0);
  time(seeds, 300); // warm-up so the JIT has compiled the hot paths
  const { runs, ms, cpuMs } = time(seeds, 3000);
  const articles = runs * seeds.length;
  const perSecond = (articles / ms) * 1000;
  console.log(`articles: ${seeds.length} seeds, ${words} words, ${runs} rounds in ${(ms / 1000).toFixed(2)} s`);
  console.log(
    `throughput: ${perSecond.toFixed(1)} articles/s, ${(((runs * words) / ms) * 1000).toFixed(0)} words/s (wall clock)`,
  );
  // CPU time is what one core spends; on a shared machine it is steadier than the wall clock
  console.log(
    `per CPU-second: ${((articles / cpuMs) * 1000).toFixed(1)} articles, ${(((runs * words) / cpuMs) * 1000).toFixed(0)} words`,
  );
  // numbered copies so cleaning does not drop them as repeated paragraphs
  const long = Array.from({ length: 20 }, (_, i) => seeds.join("\n\n").replace(/^(?=\S)/gm, `[${i}] `)).join("\n\n");
  const longWords = countWords(long);
  const t0 = performance.now();
  extract({ text: long });
  const longMs = performance.now() - t0;
  const perWordSmall = ms / (runs * words);
  const perWordLong = longMs / longWords;
  console.log(
    `linearity: one ${longWords}-word article in ${longMs.toFixed(0)} ms (${(perWordLong / perWordSmall).toFixed(2)}× the per-word cost of the seeds)`,
  );
  // the reliability target: a 1 MB article in under a second
  const copies = Math.ceil(1_000_000 / (seeds.join("\n\n").length + 2));
  const mb = Array.from({ length: copies }, (_, i) => seeds.join("\n\n").replace(/^(?=\S)/gm, `[${i}] `)).join("\n\n");
  const t1 = performance.now();
  extract({ text: mb });
  const mbMs = performance.now() - t1;
  console.log(
    `1 MB: a ${(mb.length / 1e6).toFixed(2)}-million-character article in ${mbMs.toFixed(0)} ms (target < 1000 ms)`,
  );
  // adversarial shapes: one paragraph that is nothing but quote marks, and one of repeated quoted sentences with names and pronouns
  for (const [label, text] of [
    ["50,000 quoted words in one paragraph", "“a” ".repeat(50_000)],
    [
      "2,000 quoted sentences with cues in one paragraph",
      "“We are ready,” Tarek Olumbo said, and he added that “the rest is up to them.” ".repeat(2_000),
    ],
  ] as const) {
    const t = performance.now();
    const quotes = extract({ text }).quotes.length;
    console.log(
      `stress: ${label} (${(text.length / 1e3).toFixed(0)}k characters, ${quotes} quotes) in ${(performance.now() - t).toFixed(0)} ms`,
    );
  }
}

/** The tagger alone (POS and names, greedy) over the seeds' words, sentence-sized slices of 25 words. */
function benchTagger(texts: readonly string[]): void {
  const model = getTaggerModel();
  const sentences = texts.flatMap((t) => {
    const words = tokenizeWords(t).map((w) => w.text);
    const lower = findLowerVocabulary(tokenizeWords(t));
    return Array.from({ length: Math.ceil(words.length / 25) }, (_, i) => ({
      words: words.slice(i * 25, i * 25 + 25),
      lower,
    }));
  });
  const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
  for (const s of sentences) tagWords(model, s.words, s.lower);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < 1500) {
    for (const s of sentences) tagWords(model, s.words, s.lower);
    rounds++;
  }
  const used = process.cpuUsage(cpu);
  console.log(
    `tagger: ${(((rounds * tokens) / (used.user + used.system)) * 1e6).toFixed(0)} tokens per CPU-second (POS and names, alone)`,
  );
}

main();
benchTagger(loadSeeds());
