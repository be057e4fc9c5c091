/**
 * `npm start`: applies migrations, ingests the bundled corpus into an empty
 * database, builds the app when its sources changed since the last build, then
 * serves it on PORT (default 3000). DATABASE_URL selects the database
 * (default: SQLite at data/dev.db).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getDb } from "../lib/db/client.ts";
import { getEnv } from "../lib/db/env.ts";
import { migrate } from "../lib/db/migrate.ts";
import { ingestPaths } from "../lib/ingest/ingest-files.ts";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/.bin/next");
const SOURCES = ["app", "graphql", "lib", "generated", "public", "next.config.js", "tsconfig.json", "package-lock.json"];

/** A hash of every source file the build reads, to know when a rebuild is due. */
function sourceHash(): string {
  const h = createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) visit(path.join(p, e));
    else h.update(path.relative(root, p)).update(fs.readFileSync(p));
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return h.digest("hex");
}

function buildIfNeeded(): void {
  const stamp = path.join(root, ".next", "source-hash");
  const hash = sourceHash();
  const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash;
  if (built) return;
  console.log("start: building the app (first start or sources changed)…");
  const r = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
  fs.writeFileSync(stamp, hash);
}

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

async function main(): Promise<void> {
  const env = getEnv();
  console.log(`start: database ${env.provider === "sqlite" ? env.databaseUrl : "PostgreSQL"}`);
  await migrate(env.databaseUrl);
  await seedIfEmpty();
  buildIfNeeded();
  const child = spawn(nextBin, ["start", "-p", String(env.PORT)], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err: unknown) => {
  console.error(`start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
