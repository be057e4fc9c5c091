/**
 * `npx tsx scripts/score-html-metadata.ts [DIR]`: reads every page of the HTML
 * metadata fixtures (default tests/ingest/fixtures/html-metadata) as ingest does,
 * extracts it, and prints per field how often the stored value matches
 * `expected.json`: accuracy over all pages, and recall over the pages that state it.
 */
import fs from "node:fs";
import path from "node:path";
import { extract } from "@/lib/extraction/pipeline.ts";
import { readArticleFile } from "@/lib/ingest/read-article-file.ts";

const FIELDS = ["title", "author", "publisher", "publishedAt", "url"] as const;
type Field = (typeof FIELDS)[number];

const dir = process.argv[2] ?? "tests/ingest/fixtures/html-metadata";
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<
  string,
  Record<Field, string | null>
>;
const bare = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
const present = { ...ok },
  found = { ...ok };
const names = Object.keys(expected).sort();
for (const name of names) {
  const [rec] = readArticleFile(path.join(dir, `${name}.html`));
  if (!rec) throw new Error(`${name}: no article read`);
  const got = extract({ text: rec.text, hints: rec.hints }).article as unknown as Record<Field, string | null>;
  const wrong: string[] = [];
  for (const f of FIELDS) {
    const want = expected[name]![f],
      have = got[f] ?? null;
    const same =
      want === null
        ? have === null
        : have !== null && (f === "publishedAt" ? have.startsWith(want) : bare(have) === bare(want));
    if (same) ok[f]++;
    else wrong.push(`${f}: got ${JSON.stringify(have)}, want ${JSON.stringify(want)}`);
    if (want !== null) {
      present[f]++;
      if (same) found[f]++;
    }
  }
  console.log(`${name}: ${wrong.length ? wrong.join("; ") : "ok"}`);
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0) : "-");
for (const f of FIELDS)
  console.log(
    `${f.padEnd(12)} accuracy ${pct(ok[f], names.length)}%  stored-when-present ${pct(found[f], present[f])}% (${found[f]}/${present[f]})`,
  );
const total = FIELDS.reduce((s, f) => s + ok[f], 0);
console.log(`overall metadata accuracy ${pct(total, names.length * FIELDS.length)}% over ${names.length} pages`);
