/**
 * `npm run export [-- --out FILE]`: writes every entity (articles, actors, aliases,
 * mentions, quotes, events, participants, editors' corrections and the audit history of their
 * changes) as JSONL, to FILE or stdout.
 */
import { once } from "node:events";
import fs from "node:fs";
import { exportLines } from "@/lib/db/backup.ts";
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf("--out");
  const file = i >= 0 ? args[i + 1] : undefined;
  if (i >= 0 && !file) throw new Error("--out needs a file name");
  await migrate(getEnv().databaseUrl);
  const db = getDb();
  const out = file ? fs.createWriteStream(file) : process.stdout;
  let n = 0;
  try {
    for await (const line of exportLines(db)) {
      if (!out.write(line + "\n")) await once(out, "drain");
      n++;
    }
  } finally {
    await db.$disconnect();
  }
  if (file) {
    (out as fs.WriteStream).end();
    await once(out, "finish");
  }
  console.error(`export: ${n - 1} rows${file ? ` to ${file}` : ""}`);
}

main().catch((err: unknown) => {
  console.error(`export failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
