/**
 * `npm run extract -- [--json] [--out DIR] FILE…`: prints the extraction of each
 * file in the contract of ../shared/EXTRACTION_CONTRACT.md, or writes DIR/NAME.json
 * per input. Touches no database.
 */
import fs from "node:fs";
import path from "node:path";
import { extract } from "@/lib/extraction/pipeline.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { readArticleFile } from "@/lib/ingest/read-article-file.ts";
import { explainSpeakers } from "./lib/explain-speakers.ts";

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let json = false;
  let explain = false;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") json = true;
    else if (a === "--explain") explain = true;
    else if (a === "--out") {
      out = argv[++i] ?? null;
      if (!out) throw new Error("--out needs a directory");
    } else if (a === "--help" || a === "-h") {
      console.log("usage: npm run extract -- [--json | --explain] [--out DIR] FILE…");
      process.exit(0);
    } else files.push(a);
  }
  if (!files.length) throw new Error("no input files (usage: npm run extract -- [--json] [--out DIR] FILE…)");
  return { files, json, explain, out };
}

function summarize(file: string, r: ContractOutput): string {
  const lines = [
    `# ${file}`,
    `title: ${r.article.title ?? "-"} | publisher: ${r.article.publisher ?? "-"} | author: ${r.article.author ?? "-"} | date: ${r.article.publishedAt ?? "-"}`,
  ];
  for (const q of r.quotes)
    lines.push(`  [${q.kind}] ${q.speaker ?? "?"} (${q.speakerMention?.text ?? "-"}): “${q.text}”`);
  for (const e of r.events) lines.push(`  <${e.type}> ${e.date ?? "?"} ${e.summary}`);
  lines.push(`  actors: ${r.actors.map((a) => `${a.name} [${a.type}]`).join("; ")}`);
  return lines.join("\n");
}

function main() {
  const { files, json, explain, out } = parseArgs(process.argv.slice(2));
  if (out) fs.mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const records = readArticleFile(file);
      records.forEach((rec, i) => {
        if (explain) {
          console.log(
            [`# ${file}${records.length > 1 ? ` #${i + 1}` : ""}`, ...explainSpeakers(rec.text, rec.hints)].join("\n"),
          );
          return;
        }
        const result = extract({ text: rec.text, hints: rec.hints });
        const base = path.basename(file).replace(/\.[^.]+$/, "") + (records.length > 1 ? `-${i + 1}` : "");
        if (out) fs.writeFileSync(path.join(out, `${base}.json`), JSON.stringify(result, null, 2));
        else console.log(json ? JSON.stringify(result, null, 2) : summarize(file, result));
      });
    } catch (err) {
      failed++;
      console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
