/**
 * `npm run db:migration -- NAME`: writes the SQLite and PostgreSQL migrations that take
 * the database from the schema of the last migration (its committed snapshot) to
 * prisma/schema.prisma, plus a new snapshot. Diffs schema files only: no database needed.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toPostgresSchema } from "./write-postgres-schema.ts";

const root = path.resolve(import.meta.dirname, "../..");
const sqliteDir = path.join(root, "prisma/migrations");
const pgDir = path.join(root, "prisma/postgresql/migrations");
/** The schema each migration was made from, kept beside its SQLite migration. */
export const SNAPSHOT = "schema.prisma.snapshot";

/** The snapshot of the newest migration, or null when there is none. */
export function getLatestSnapshot(): string | null {
  const dirs = fs
    .readdirSync(sqliteDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const last = dirs.at(-1);
  if (!last) return null;
  const f = path.join(sqliteDir, last, SNAPSHOT);
  return fs.existsSync(f) ? fs.readFileSync(f, "utf8") : null;
}

function diff(from: string | null, to: string, provider: "sqlite" | "postgresql"): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mig-"));
  const toFile = path.join(tmp, "to.prisma");
  fs.writeFileSync(toFile, to);
  const fromArgs =
    from === null
      ? ["--from-empty"]
      : (fs.writeFileSync(path.join(tmp, "from.prisma"), from),
        ["--from-schema-datamodel", path.join(tmp, "from.prisma")]);
  const env = {
    ...process.env,
    PRISMA_PROVIDER: provider,
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
    PRISMA_QUERY_ENGINE_LIBRARY: "/bin/true",
    DATABASE_URL: provider === "postgresql" ? "postgresql://postgres@127.0.0.1:5432/postgres" : "file:./data/dev.db",
  };
  try {
    return execFileSync(
      path.join(root, "node_modules/.bin/prisma"),
      ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", toFile, "--script"],
      { cwd: root, env, encoding: "utf8" },
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const name = process.argv.slice(2).find((a) => a !== "--");
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migration -- NAME   (lower-case letters, digits, _)");
    process.exit(2);
  }
  const current = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const previous = getLatestSnapshot();
  if (previous === current) {
    console.log("schema unchanged since the last migration: nothing to write");
    process.exit(0);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = `${stamp}_${name}`;
  const sqlite = diff(previous, current, "sqlite");
  const postgres = diff(previous === null ? null : toPostgresSchema(previous), toPostgresSchema(current), "postgresql");
  for (const [base, sql] of [
    [sqliteDir, sqlite],
    [pgDir, postgres],
  ] as const) {
    fs.mkdirSync(path.join(base, dir), { recursive: true });
    fs.writeFileSync(path.join(base, dir, "migration.sql"), sql);
  }
  fs.writeFileSync(path.join(sqliteDir, dir, SNAPSHOT), current);
  console.log(`wrote prisma/migrations/${dir} and prisma/postgresql/migrations/${dir}`);
}
