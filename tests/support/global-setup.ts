import fs from "node:fs";
import { buildSqliteTemplate, isPostgres, TEMPLATE_ENV } from "./test-db.ts";

/** Migrates one SQLite template per run; every test file copies it. */
export default async function setup(): Promise<() => void> {
  if (isPostgres()) return () => undefined;
  const file = await buildSqliteTemplate();
  process.env[TEMPLATE_ENV] = file;
  return () => fs.rmSync(file, { force: true });
}
