/**
 * `npm run import -- FILE`: restores a backup written by `npm run export` into an
 * empty database (DATABASE_URL), ids and editors' corrections included.
 */
import fs from "node:fs";
import readline from "node:readline";
import { importLines } from "@/lib/db/backup.ts";
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => a !== "--");
  if (!file) throw new Error("usage: npm run import -- FILE (a backup written by npm run export)");
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  await migrate(getEnv().databaseUrl);
  const db = getDb();
  try {
    // created on first read: readline emits lines as soon as it exists, and the
    // import first checks the database is empty
    async function* lines() {
      yield* readline.createInterface({ input: fs.createReadStream(file!, "utf8"), crlfDelay: Infinity });
    }
    const counts = await db.$transaction((tx) => importLines(tx as typeof db, lines(), getEnv().provider), {
      timeout: 600_000,
      maxWait: 30_000,
    });
    console.log(
      `import: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(`import failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
