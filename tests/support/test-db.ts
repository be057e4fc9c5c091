/**
 * A fresh, migrated database per test file: a copy of a SQLite template made once
 * per run with `prisma migrate deploy`, or, with TEST_DATABASE=postgres, a new
 * PostgreSQL schema (TEST_POSTGRES_URL, default the local `test` database) dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client.ts";
import { migrate, migratePostgres } from "@/lib/db/migrate.ts";
import { getSettings } from "@/lib/settings/settings.ts";

/** A database for one test file. */
export interface TestDb {
  db: Db;
  url: string;
  provider: "sqlite" | "postgresql";
  cleanup(): Promise<void>;
}

/** Where the SQLite template lives for this run (set by the global setup). */
export const TEMPLATE_ENV = "NEWS_TEST_SQLITE_TEMPLATE";

/** True when the suite runs against PostgreSQL. */
export const isPostgres = () => getSettings().TEST_DATABASE === "postgres";

/** Builds the migrated SQLite template; called once from the global setup. */
export async function buildSqliteTemplate(): Promise<string> {
  const file = path.join(os.tmpdir(), `news-template-${process.pid}-${randomBytes(3).toString("hex")}.db`);
  await migrate(`file:${file}`);
  return file;
}

/** A new empty database with the current schema. */
export async function createTestDb(): Promise<TestDb> {
  const id = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
  if (isPostgres()) {
    const base = getSettings().TEST_POSTGRES_URL;
    const url = `${base}${base.includes("?") ? "&" : "?"}schema=${id}`;
    await migratePostgres(url);
    const db = createDb(url);
    return {
      db,
      url,
      provider: "postgresql",
      async cleanup() {
        await db.$disconnect();
        const client = new pg.Client({ connectionString: base });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${id}" CASCADE`);
        } finally {
          await client.end();
        }
      },
    };
  }
  let template = process.env[TEMPLATE_ENV];
  if (!template || !fs.existsSync(template)) template = process.env[TEMPLATE_ENV] = await buildSqliteTemplate();
  const file = path.join(os.tmpdir(), `news-${id}.db`);
  fs.copyFileSync(template, file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    provider: "sqlite",
    async cleanup() {
      await db.$disconnect();
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    },
  };
}
