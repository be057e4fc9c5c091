/**
 * End-to-end setup, once per run: builds the app into its own folder, seeds a
 * fresh database with the bundled corpus (a SQLite file, or, when E2E_DATABASE_URL names a
 * PostgreSQL database, a new schema in it, migrated as `npm start` does and dropped afterwards), starts the server of `npm start` (scripts/serve.ts) on a free
 * loopback port with a random API token and session secret, makes one editor account,
 * and hands the address, the token and the editor's sign-in to the tests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDb } from "@/lib/db/client.ts";
import { addEditor } from "@/lib/db/editors/editors.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { buildIfNeeded } from "@/scripts/lib/build-app.ts";
import { freePort } from "@/scripts/lib/free-port.ts";

const root = path.resolve(import.meta.dirname, "../../..");

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    apiToken: string;
    editorName: string;
    editorPassword: string;
  }
}

async function waitForServer(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not answer within ${ms} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
  buildIfNeeded(distDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "news-e2e-"));
  const pgBase = getSettings().E2E_DATABASE_URL;
  // a schema of this run's own, so runs on one database never collide
  const schema = `e2e_${process.pid}_${randomBytes(4).toString("hex")}`;
  const databaseUrl = pgBase
    ? `${pgBase}${pgBase.includes("?") ? "&" : "?"}schema=${schema}`
    : `file:${path.join(tmp, "e2e.db")}`;
  const dropSchema = async () => {
    if (!pgBase) return;
    const client = new pg.Client({ connectionString: pgBase });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS "${schema}_graphile_worker" CASCADE`);
    } finally {
      await client.end();
    }
  };
  let editorPassword: string;
  console.log(`e2e: seeding ${pgBase ? `PostgreSQL schema ${schema}` : "a SQLite file"}`);
  try {
    await migrate(databaseUrl);
    const db = createDb(databaseUrl);
    try {
      const { counts } = await ingestPaths(db, [path.join(root, "corpus")]);
      if (counts.failed) throw new Error(`e2e seed: ${counts.failed} bundled articles failed to ingest`);
      editorPassword = (await addEditor(db, "e2e-editor", "EDITOR")).password;
    } finally {
      await db.$disconnect();
    }
  } catch (err) {
    await dropSchema();
    throw err;
  }
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const apiToken = randomBytes(24).toString("hex");
  // the production server as npm start runs it: the front door, the lean API path, Next for the rest
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/serve.ts"), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        DATABASE_URL: databaseUrl,
        API_TOKEN: apiToken,
        SESSION_SECRET: randomBytes(32).toString("hex"),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(baseURL, child);
  } catch (err) {
    child.kill("SIGKILL");
    await dropSchema();
    throw new Error(`${(err as Error).message}\n${log.slice(-4000)}`, { cause: err });
  }
  project.provide("baseURL", baseURL);
  project.provide("apiToken", apiToken);
  project.provide("editorName", "e2e-editor");
  project.provide("editorPassword", editorPassword);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    fs.rmSync(tmp, { recursive: true, force: true });
    await dropSchema();
  };
}
