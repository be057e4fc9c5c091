/**
 * Loaders for the PolNeAR splits in ../shared/external (train and dev), read at
 * run time: their texts never enter the repository. `SHARED_DIR` overrides where
 * ../shared is (default: `../shared` next to the checkout).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** A PolNeAR split name. */
export type PolnearSplit = "train" | "dev";

/** One quoted segment of `quotes_view.jsonl` (the format score-polnear.mjs reads). */
export interface GoldQuote {
  id: string;
  text: string;
  quoteSpan: [number, number];
  kind: string;
  speakerMention: string | null;
  speakerMentionSpans: [number, number][] | null;
  speakerKindGuess: string | null;
  speakerCanonical: string | null;
  cue: string | null;
}

/** One reported statement of `quotes_view.jsonl` (`indirect[]`). */
export interface GoldIndirect {
  content: string;
  cue?: string | null;
  speakerMention?: string | null;
  [key: string]: unknown;
}

/** One line of `quotes_view.jsonl`. */
export interface QuotesView {
  file: string;
  quotes: GoldQuote[];
  indirect?: GoldIndirect[];
}

/** One annotated relation of `attributions.jsonl`. */
export interface GoldAttribution {
  doc: string;
  id: string;
  quote_type: "direct" | "mixed" | "indirect";
  source_kind?: string;
  source: { text: string; spans: [number, number][] }[];
  cue: { text: string; spans: [number, number][] }[];
  content: { text: string; spans: [number, number][] }[];
}

/** One sentence of `corenlp.jsonl` (silver annotations; offsets index the .txt). */
export interface CoreNlpSentence {
  tokens: [number, number][];
  pos: string[];
  ner: string[];
  head: number[];
  deprel: string[];
}

/** One line of `corenlp.jsonl`. */
export interface CoreNlpDoc {
  doc: string;
  sentences: CoreNlpSentence[];
  coref?: { start: number; end: number; head: [number, number]; representative?: boolean }[][];
}

/** One article of a split with its annotations (corenlp only when asked for). */
export interface PolnearDoc {
  name: string;
  text: string;
  view: QuotesView | null;
  attributions: GoldAttribution[];
  corenlp?: CoreNlpDoc;
}

/**
 * The shared directory: `SHARED_DIR`, else `../shared` next to the checkout, else
 * the nearest `shared` folder beside an ancestor (a worktree nested deeper).
 */
export function getSharedDir(): string {
  if (process.env.SHARED_DIR) return path.resolve(process.env.SHARED_DIR);
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  for (let dir = repo; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), "shared");
    if (fs.existsSync(path.join(candidate, "eval"))) return candidate;
  }
  return path.resolve(repo, "../shared");
}

/** The directory of one split, or a clear error when it is missing. */
export function getSplitDirOrThrow(split: PolnearSplit): string {
  const dir = path.join(getSharedDir(), "external", `polnear-${split}`);
  if (!fs.existsSync(path.join(dir, "text")))
    throw new Error(`PolNeAR split "${split}" not found at ${dir} (set SHARED_DIR to the shared folder)`);
  return dir;
}

/** The `quotes_view.jsonl` path of a split (the --gold argument of score-polnear.mjs). */
export function getQuotesViewPath(split: PolnearSplit): string {
  return path.join(getSplitDirOrThrow(split), "quotes_view.jsonl");
}

function readJsonl<T>(file: string): T[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not JSON (${err instanceof Error ? err.message : String(err)})`, {
          cause: err,
        });
      }
    });
}

/** The five fixed folds of the training split (article names without .txt). */
export function loadFolds(): string[][] {
  const file = path.join(getSplitDirOrThrow("train"), "folds.json");
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { folds?: unknown };
  if (!Array.isArray(parsed.folds) || !parsed.folds.every((f) => Array.isArray(f)))
    throw new Error(`${file}: no "folds" array of arrays`);
  return parsed.folds as string[][];
}

/** Every article of a split, sorted by name; `withCoreNlp` also reads the (large) silver annotations. */
export function loadPolnear(split: PolnearSplit, options: { withCoreNlp?: boolean } = {}): PolnearDoc[] {
  const dir = getSplitDirOrThrow(split);
  const views = new Map(
    readJsonl<QuotesView>(path.join(dir, "quotes_view.jsonl")).map((v) => [v.file.replace(/\.txt$/, ""), v]),
  );
  const attributions = new Map<string, GoldAttribution[]>();
  for (const a of readJsonl<GoldAttribution>(path.join(dir, "attributions.jsonl"))) {
    const list = attributions.get(a.doc) ?? [];
    list.push(a);
    attributions.set(a.doc, list);
  }
  const corenlp = options.withCoreNlp
    ? new Map(readJsonl<CoreNlpDoc>(path.join(dir, "corenlp.jsonl")).map((c) => [c.doc, c]))
    : null;
  const names = fs
    .readdirSync(path.join(dir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
  return names.map((name) => ({
    name,
    text: fs.readFileSync(path.join(dir, "text", `${name}.txt`), "utf8"),
    view: views.get(name) ?? null,
    attributions: attributions.get(name) ?? [],
    ...(corenlp?.has(name) ? { corenlp: corenlp.get(name)! } : {}),
  }));
}
