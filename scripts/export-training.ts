/**
 * `npm run export:training [-- --out FILE]`: writes the editors' speaker corrections, accepted
 * review items (`source: "review"`) and "not a quote" marks (as `speaker: null`) as training examples (JSONL, the format of `train:attribution -- --with-corrections`), to FILE or stdout.
 */
import { once } from "node:events";
import fs from "node:fs";
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { findTrainingExamples } from "@/lib/db/queries/find-training-examples.ts";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf("--out");
  const file = i >= 0 ? args[i + 1] : undefined;
  if (i >= 0 && !file) throw new Error("--out needs a file name");
  const unknown = args.filter((a, k) => a !== "--out" && k !== i + 1);
  if (unknown.length) throw new Error(`unknown argument "${unknown[0]}" (usage: export:training [--out FILE])`);
  await migrate(getEnv().databaseUrl);
  const db = getDb();
  const out = file ? fs.createWriteStream(file) : process.stdout;
  let n = 0;
  let skipped = 0;
  try {
    for await (const ex of findTrainingExamples(db, (s) => {
      skipped++;
      console.error(`skipped correction ${s.correctionId}: ${s.reason}`);
    })) {
      if (!out.write(`${JSON.stringify(ex)}\n`)) await once(out, "drain");
      n++;
    }
  } finally {
    await db.$disconnect();
  }
  if (file) (out as fs.WriteStream).end();
  console.error(`export:training: ${n} examples${skipped ? `, ${skipped} corrections skipped` : ""}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
});
