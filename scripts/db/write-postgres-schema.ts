/**
 * Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one
 * source of truth: only the datasource provider and the client's output differ.
 * Runs on every `npm run db:generate` (postinstall), so the copy cannot drift.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The PostgreSQL variant of a SQLite Prisma schema text. */
export function toPostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/dev.db"', 'url      = env("DATABASE_URL")')
    .replace('output     = "../generated/sqlite"', 'output     = "../../generated/postgresql"');
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma no longer has the datasource/generator lines this script rewrites");
  }
  return "// GENERATED from prisma/schema.prisma by scripts/db/write-postgres-schema.ts: do not edit.\n" + out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const src = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  fs.mkdirSync(path.join(root, "prisma/postgresql"), { recursive: true });
  fs.writeFileSync(path.join(root, "prisma/postgresql/schema.prisma"), toPostgresSchema(src));
}
