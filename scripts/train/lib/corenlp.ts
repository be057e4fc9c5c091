/**
 * Reads the silver CoreNLP annotations of a PolNeAR split (../shared/external/polnear-<split>/corenlp.jsonl)
 * with the article texts beside them. Training and evaluation read them at run time; no text enters the repository.
 */
import fs from "node:fs";
import path from "node:path";

/** One silver sentence: token offsets into the article text and one label per token. */
export interface SilverSentence {
  tokens: [number, number][];
  pos: string[];
  ner: string[];
  head: number[];
  deprel: string[];
}

/** One silver article. */
export interface SilverDoc {
  doc: string;
  text: string;
  sentences: SilverSentence[];
}

/** The folder of a split: POLNEAR_DIR, else shared/external in the nearest ancestor of the repository that has it. */
export function getSplitDir(split: "train" | "dev"): string {
  const candidates = process.env.POLNEAR_DIR ? [path.join(process.env.POLNEAR_DIR, `polnear-${split}`)] : [];
  for (let dir = path.resolve(import.meta.dirname, "../../.."); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    candidates.push(path.join(dir, "shared", "external", `polnear-${split}`));
  }
  const dir = candidates.find((d) => fs.existsSync(path.join(d, "corenlp.jsonl")));
  if (!dir) throw new Error(`no corenlp.jsonl for split "${split}" in ${candidates.join(" or ")}`);
  return dir;
}

/** Every annotated article of `split`, in file order (so training is deterministic). */
export function readSilverDocs(split: "train" | "dev"): SilverDoc[] {
  const dir = getSplitDir(split);
  const lines = fs
    .readFileSync(path.join(dir, "corenlp.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim());
  return lines.map((line, i) => {
    const rec = JSON.parse(line) as { doc?: string; sentences?: SilverSentence[] };
    if (typeof rec.doc !== "string" || !Array.isArray(rec.sentences))
      throw new Error(`corenlp.jsonl line ${i + 1} of ${dir}: no doc or sentences`);
    const text = fs.readFileSync(path.join(dir, "text", `${rec.doc}.txt`), "utf8");
    return { doc: rec.doc, text, sentences: rec.sentences };
  });
}
