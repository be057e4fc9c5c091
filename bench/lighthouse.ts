/**
 * `npm run bench:lighthouse [-- --port 3401]`: Lighthouse (performance, accessibility, best
 * practices, SEO) on the home, actor, article and quote pages of the production build, serving
 * the bundled corpus from a fresh SQLite database, in the local Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium). Prints the scores; asserts nothing (performance is noisy on a shared machine).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { buildIfNeeded, nextBin } from "@/scripts/lib/build-app.ts";

const root = path.resolve(import.meta.dirname, "..");
const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3401;
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

buildIfNeeded(distDir);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "news-lighthouse-"));
const databaseUrl = `file:${path.join(tmp, "lh.db")}`;
await migrate(databaseUrl);
const db = createDb(databaseUrl);
await ingestPaths(db, [path.join(root, "corpus")]);
await db.$disconnect();

const server = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
  cwd: root,
  stdio: "ignore",
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
const base = `http://127.0.0.1:${port}`;
let chrome: chromeLauncher.LaunchedChrome | null = null;
try {
  for (let i = 0; ; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 240) throw new Error(`the app did not start on ${base}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const gql = async (query: string) =>
    (
      (await (
        await fetch(`${base}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: any }
    ).data;
  const d = await gql(
    `{ actors(search: "Atmar", first: 1) { nodes { slug } } articles(first: 1) { nodes { slug } } quotes(first: 1) { nodes { id } } }`,
  );
  const pages = {
    home: "/",
    actor: `/actors/${d.actors.nodes[0].slug}`,
    article: `/articles/${d.articles.nodes[0].slug}`,
    quote: `/quotes/${encodeURIComponent(d.quotes.nodes[0].id)}`,
  };
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  console.log(`page      ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
  for (const [name, p] of Object.entries(pages)) {
    const r = await lighthouse(`${base}${p}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    const lhr = r!.lhr;
    const scores = CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)).padStart(15));
    console.log(`${name.padEnd(10)}${scores.join("")}`);
    for (const c of CATEGORIES.slice(1)) {
      const failing = lhr.categories[c]!.auditRefs.filter(
        (a) => a.weight > 0 && (lhr.audits[a.id]?.score ?? 1) < 1,
      ).map((a) => a.id);
      if (failing.length) console.log(`  ${c}: failing ${failing.join(", ")}`);
    }
  }
} finally {
  await chrome?.kill();
  server.kill("SIGTERM");
  fs.rmSync(tmp, { recursive: true, force: true });
}
