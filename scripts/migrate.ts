/**
 * `npm run db:migrate`: applies the committed migrations to the database of DATABASE_URL (the
 * embedded SQLite file by default, or PostgreSQL), the same step `npm start` runs before serving.
 */
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";

const env = getEnv();
try {
  await migrate(env.databaseUrl);
  console.log(`db:migrate: ${env.provider === "sqlite" ? env.databaseUrl : "PostgreSQL"} is up to date`);
} catch (err) {
  console.error(`db:migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
