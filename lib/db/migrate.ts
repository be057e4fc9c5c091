import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { postgresSchema, sqlitePath } from "./client.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

/** The committed migrations of one provider, oldest first. */
export function findMigrations(provider: "sqlite" | "postgresql"): { name: string; sql: string; checksum: string }[] {
  const dir = path.join(root, "prisma", provider === "sqlite" ? "migrations" : "postgresql/migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Names of committed migrations not yet applied to the SQLite file (all of them for a new file). */
export function findPendingSqliteMigrations(file: string): string[] {
  const names = findMigrations("sqlite").map((m) => m.name);
  if (!fs.existsSync(file)) return names;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return names;
    const done = new Set(
      db
        .prepare(
          "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .all()
        .map((r) => (r as { name: string }).name),
    );
    return names.filter((n) => !done.has(n));
  } finally {
    db.close();
  }
}

/** Applies the SQLite migrations with `prisma migrate deploy` (WASM schema engine, no download). */
async function migrateSqlite(url: string): Promise<void> {
  const file = sqlitePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // the usual case, nothing pending, needs no CLI (and no write lock while a server runs)
  if (findPendingSqliteMigrations(file).length === 0) return;
  const bin = path.join(root, "node_modules/.bin/prisma");
  try {
    await run(bin, ["migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_PROVIDER: "sqlite", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`prisma migrate deploy failed for ${file}: ${(e.stderr || e.stdout || e.message).trim()}`, {
      cause: err,
    });
  }
  // WAL lets the server read while an ingest writes; the mode is stored in the file
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

const SAFE_IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Applies the PostgreSQL migrations with our own bookkeeping table, because
 * `migrate deploy` fails through the pg adapter (prisma/orm#27403). Each
 * migration runs in its own transaction; an advisory lock serialises
 * concurrent starters; an edited, already-applied migration is refused.
 */
export async function migratePostgres(url: string): Promise<string[]> {
  const schema = postgresSchema(url);
  if (!SAFE_IDENT.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}"`);
  const u = new URL(url);
  u.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  const applied: string[] = [];
  try {
    // lock first: concurrent CREATE SCHEMA/TABLE IF NOT EXISTS race on the catalogue
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [`news-migrate:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`SET search_path TO "${schema}"`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_app_migrations" (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Map(
      (await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "_app_migrations"`)).rows.map(
        (r) => [r.name, r.checksum],
      ),
    );
    for (const m of findMigrations("postgresql")) {
      const prior = done.get(m.name);
      if (prior !== undefined) {
        if (prior !== m.checksum)
          throw new Error(`migration ${m.name} was edited after it was applied (checksum differs)`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_app_migrations" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
        applied.push(m.name);
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
    }
  } finally {
    // ending the session releases the advisory lock
    await client.end();
  }
  return applied;
}

/** Brings the database at `url` up to the committed schema. */
export async function migrate(url: string): Promise<void> {
  if (url.startsWith("file:")) await migrateSqlite(url);
  else await migratePostgres(url);
}
