import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The CLI runs on the WASM schema engine through a driver adapter: no native engine download.
// PRISMA_PROVIDER=postgresql selects the generated PostgreSQL schema (for `migrate diff`).
const isPg = process.env.PRISMA_PROVIDER === "postgresql" || /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");
const sqliteUrl = process.env.DATABASE_URL?.startsWith("file:") ? process.env.DATABASE_URL : "file:./data/dev.db";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: isPg ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: isPg ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations") },
  async adapter() {
    if (isPg)
      return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:5432/postgres" });
    return new PrismaBetterSQLite3({ url: sqliteUrl });
  },
});
