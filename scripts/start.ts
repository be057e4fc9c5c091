/**
 * `npm start`: applies migrations, ingests the bundled corpus into an empty
 * database, groups quotes stored before statements existed, builds the app when its sources changed since the last build, then
 * serves it on PORT (default 3000) with scripts/serve.ts. DATABASE_URL selects the database
 * (default: SQLite at data/dev.db). `npm start -- --api-only` serves /api/graphql alone (no build).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { backfillStatements } from "@/lib/db/statements/backfill-statements.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { buildIfNeeded } from "./lib/build-app.ts";
import { SERVE_NODE_FLAGS } from "./lib/serve-flags.ts";

const root = path.resolve(import.meta.dirname, "..");

async function seedIfEmpty(): Promise<void> {
  const db = getDb();
  try {
    if ((await db.article.count()) > 0) return;
    const { counts, items } = await ingestPaths(db, [path.join(root, "corpus")]);
    for (const i of items) if (i.status === "failed") console.error(`start: failed to ingest ${i.source}: ${i.reason}`);
    console.log(`start: ingested the bundled corpus: ${counts.new} new, ${counts.failed} failed`);
  } finally {
    await db.$disconnect();
  }
}

/** Quotes stored before statements existed are grouped once, on the first start after the migration. */
async function groupOldQuotes(): Promise<void> {
  const db = getDb();
  try {
    const n = await backfillStatements(db, new Date());
    if (n) console.log(`start: grouped ${n} earlier quotes into statements`);
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  const env = getEnv();
  console.log(`start: database ${env.provider === "sqlite" ? env.databaseUrl : "PostgreSQL"}`);
  await migrate(env.databaseUrl);
  await seedIfEmpty();
  await groupOldQuotes();
  const apiOnly = process.argv.slice(2).includes("--api-only");
  if (!apiOnly) buildIfNeeded(env.NEXT_DIST_DIR, (m) => console.log(`start: ${m}`));
  // the lean server (scripts/serve.ts): the front door (socket address, TRUST_PROXY, rate limits), then /api/graphql straight to its handler and the rest to Next
  const child = spawn(
    process.execPath,
    [
      ...SERVE_NODE_FLAGS,
      "--import",
      "tsx",
      path.join(root, "scripts/serve.ts"),
      "-p",
      String(env.PORT),
      ...(apiOnly ? ["--api-only"] : []),
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } },
  );
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err: unknown) => {
  console.error(`start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
