import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { findMigrations, findPendingSqliteMigrations, migrate, migratePostgres } from "@/lib/db/migrate.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { getLatestSnapshot } from "@/scripts/db/new-migration.ts";
import { toPostgresSchema } from "@/scripts/db/write-postgres-schema.ts";
import { createTestDb, isPostgres } from "@/tests/support/test-db.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("migrations", () => {
  it("has a migration for the current schema (run `npm run db:migration -- NAME` when this fails)", () => {
    expect(getLatestSnapshot()).toBe(fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
  });

  it("has the same migrations for SQLite and PostgreSQL", () => {
    expect(findMigrations("postgresql").map((m) => m.name)).toEqual(findMigrations("sqlite").map((m) => m.name));
  });

  it("generates the PostgreSQL schema from the SQLite one with only the provider and output changed", () => {
    const src = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    const out = toPostgresSchema(src);
    expect(out).toContain('provider = "postgresql"');
    expect(
      out
        .replace(/^\/\/ GENERATED.*\n/, "")
        .split("\n")
        .filter((l, i) => l !== src.split("\n")[i]).length,
    ).toBe(3);
  });

  it("finds every SQLite migration pending on a new file and none after migrating", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pending-")), "p.db");
    try {
      expect(findPendingSqliteMigrations(file)).toEqual(findMigrations("sqlite").map((m) => m.name));
      await migrate(`file:${file}`);
      expect(findPendingSqliteMigrations(file)).toEqual([]);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it("refuses a malformed schema name instead of building SQL with it", async () => {
    await expect(migratePostgres("postgresql://postgres@127.0.0.1:5432/test?schema=x;drop")).rejects.toThrow(
      /invalid PostgreSQL schema name/,
    );
  });

  it.runIf(isPostgres())("applies each migration once and records it, so a second run applies nothing", async () => {
    const t = await createTestDb();
    try {
      expect(await migratePostgres(t.url)).toEqual([]);
      const schema = new URL(t.url).searchParams.get("schema");
      const c = new pg.Client({ connectionString: getSettings().TEST_POSTGRES_URL });
      await c.connect();
      const rows = (await c.query(`SELECT name FROM "${schema}"."_app_migrations" ORDER BY name`)).rows.map(
        (r) => r.name,
      );
      await c.end();
      expect(rows).toEqual(findMigrations("postgresql").map((m) => m.name));
    } finally {
      await t.cleanup();
    }
  });

  it.runIf(isPostgres())("lets two processes migrate the same schema at once without error", async () => {
    const url = `${getSettings().TEST_POSTGRES_URL}?schema=t_conc_${process.pid}`;
    try {
      const results = await Promise.all([migratePostgres(url), migratePostgres(url)]);
      expect(results.flat().sort()).toEqual(findMigrations("postgresql").map((m) => m.name));
    } finally {
      const c = new pg.Client({ connectionString: getSettings().TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "t_conc_${process.pid}" CASCADE`);
      await c.end();
    }
  });
});
