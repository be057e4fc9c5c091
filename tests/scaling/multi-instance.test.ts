/**
 * Out to many machines, on one machine: two app instances (`serve --api-only`) on one PostgreSQL
 * schema behind a round-robin proxy, and two ingest workers sharing one queue. Runs only when
 * TEST_POSTGRES_URL is set (`npm run test:pg`).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/lib/db/migrate.ts";
import { startScript, type ScriptProcess } from "@/scripts/lib/start-script.ts";
import { startRoundRobinProxy, type RoundRobinProxy } from "@/tests/support/round-robin-proxy.ts";

const BASE = process.env.TEST_POSTGRES_URL;
const PORTS = { proxy: 3140, a: 3141, b: 3142 };
const ARTICLES = 12;
const BURST = 20;
const TOKEN = randomBytes(24).toString("hex");

const TOWNS = ["Arlow", "Brenmoor", "Castleby", "Dunhollow", "Eskerfield", "Fallowmere"];
const PEOPLE = ["Ines Marrow", "Tobiah Quell", "Rosa Venn", "Kasimir Holt", "Lena Ashgrove", "Piet Lorrin"];

/** An invented article; `i` makes its text and title unique. */
function article(i: number): { title: string; text: string } {
  const town = TOWNS[i % TOWNS.length]!;
  const person = PEOPLE[(i * 5) % PEOPLE.length]!;
  const title = `${town} water board approves reservoir plan number ${i + 1}`;
  const text =
    `${title}\n\nThe ${town} water board voted on Tuesday to fund reservoir plan number ${i + 1}, ` +
    `which would add ${(i + 2) * 3} million litres of storage before the dry season. ` +
    `"We cannot keep borrowing water from our neighbours," said ${person}, the board's chair. ` +
    `Residents at the meeting asked how the plan would change their bills.\n`;
  return { title, text };
}

async function gql(url: string, body: object, headers: Record<string, string> = {}) {
  const r = await fetch(`${url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

const TITLES_QUERY = "{ articles(first: 100) { nodes { title } } }";

/** The titles instance `url` answers with, through GET (the cacheable path), as client `client`. */
async function titlesVia(url: string, client: string): Promise<string[]> {
  const r = await fetch(`${url}/api/graphql?query=${encodeURIComponent(TITLES_QUERY)}`, {
    headers: { "x-forwarded-for": client },
  });
  if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${await r.text()}`);
  const json = (await r.json()) as { data: { articles: { nodes: { title: string }[] } } };
  return json.data.articles.nodes.map((n) => n.title).sort();
}

async function until<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!BASE)("several app instances and workers on one PostgreSQL database", () => {
  const schema = `scale_${process.pid}_${randomBytes(3).toString("hex")}`;
  const url = `${BASE}${BASE?.includes("?") ? "&" : "?"}schema=${schema}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "news-scale-"));
  const admin = new pg.Client({ connectionString: BASE });
  const apps: ScriptProcess[] = [];
  const workers: ScriptProcess[] = [];
  let proxy: RoundRobinProxy;

  beforeAll(async () => {
    await admin.connect();
    await migratePostgres(url);
    const lines = Array.from({ length: ARTICLES }, (_, i) => JSON.stringify(article(i))).join("\n");
    fs.writeFileSync(path.join(tmp, "articles.jsonl"), `${lines}\n`);
    // the same records under another name: their jobs have the same keys, so they are queued once
    fs.writeFileSync(path.join(tmp, "copy.jsonl"), `${lines}\n`);
    const env = {
      DATABASE_URL: url,
      API_TOKEN: TOKEN,
      RATE_LIMIT_PER_MINUTE: "1",
      RATE_LIMIT_BURST: String(BURST),
      TRUST_PROXY: "127.0.0.1",
    };
    for (const port of [PORTS.a, PORTS.b])
      apps.push(startScript("serve.ts", ["-p", String(port), "-H", "127.0.0.1", "--api-only"], env));
    for (const name of ["w1", "w2"]) workers.push(startScript("worker.ts", ["--name", name], { DATABASE_URL: url }));
    await Promise.all([
      ...apps.map((a) => a.waitFor(/listening on/)),
      ...workers.map((w) => w.waitFor(/taking ingest jobs/)),
    ]);
    proxy = await startRoundRobinProxy([`http://127.0.0.1:${PORTS.a}`, `http://127.0.0.1:${PORTS.b}`], PORTS.proxy);
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all([...apps, ...workers].map((p) => p.stop("SIGKILL")));
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}_graphile_worker" CASCADE`);
    await admin.end();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("ingests every queued article exactly once, the two workers sharing the backlog", async () => {
    const enqueue = startScript("ingest.ts", ["--queue", tmp], { DATABASE_URL: url });
    expect(await enqueue.exited()).toBe(0);
    expect(enqueue.output()).toContain(`queued ${ARTICLES} new jobs, ${ARTICLES} already queued`);

    const count = async () =>
      Number((await admin.query(`SELECT count(*)::int AS n FROM "${schema}"."Article"`)).rows[0].n);
    await until("articles ingested", count, (n) => n >= ARTICLES);
    const pending = async () =>
      Number((await admin.query(`SELECT count(*)::int AS n FROM "${schema}_graphile_worker"._private_jobs`)).rows[0].n);
    await until("jobs left in the queue", pending, (n) => n === 0);

    const { rows } = await admin.query(`SELECT title FROM "${schema}"."Article" ORDER BY title`);
    expect(rows.map((r: { title: string }) => r.title)).toEqual(
      Array.from({ length: ARTICLES }, (_, i) => article(i).title).sort(),
    );
    const done = workers.map((w) => [...w.output().matchAll(/^worker (w\d): (\w+) (\S+) \(job (\d+)/gm)]);
    const all = done.flat();
    // one outcome per job, every one a new article, no job run twice
    expect(all.map((m) => m[2])).toEqual(Array(ARTICLES).fill("new"));
    expect(new Set(all.map((m) => m[4])).size).toBe(ARTICLES);
    expect(new Set(all.map((m) => m[3]!.replace(/^.*#/, ""))).size).toBe(ARTICLES);
    for (const d of done) expect(d.length).toBeGreaterThan(0);
  }, 90_000);

  it("lets a write through instance A invalidate instance B's cached answer", async () => {
    const a = `http://127.0.0.1:${PORTS.a}`;
    const b = `http://127.0.0.1:${PORTS.b}`;
    const before = await titlesVia(b, "198.51.100.20");
    expect(await titlesVia(b, "198.51.100.20")).toEqual(before);
    const title = "Glassford ferry returns to the winter timetable";
    const text = `${title}\n\nThe Glassford ferry will run all winter, the harbour office said on Monday. "Nobody should be stranded," said Oren Pike, its director.\n`;
    const { status, json } = await gql(
      a,
      {
        query: "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }",
        variables: { input: { text, title } },
      },
      { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "198.51.100.21" },
    );
    expect({ status, errors: json.errors }).toEqual({ status: 200, errors: undefined });
    const after = await until(
      "instance B's answer",
      () => titlesVia(b, "198.51.100.20"),
      (t) => t.includes(title),
      20_000,
    );
    expect(after).toEqual([...before, title].sort());
  }, 60_000);

  it("counts one client's requests across both instances against one budget", async () => {
    const statuses: number[] = [];
    const hitsBefore = [...proxy.hits];
    for (let i = 0; i < BURST + 6; i++) {
      const r = await fetch(`${proxy.url}/api/graphql?query=${encodeURIComponent("{ __typename }")}`, {
        headers: { "x-forwarded-for": "203.0.113.9" },
      });
      await r.arrayBuffer();
      statuses.push(r.status);
    }
    // both instances answered, and together they allowed exactly one burst
    expect(proxy.hits.map((h, i) => h - hitsBefore[i]!)).toEqual([(BURST + 6) / 2, (BURST + 6) / 2]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(BURST);
    expect(statuses.slice(BURST)).toEqual(Array(6).fill(429));
  }, 60_000);

  it("stops a worker gracefully on SIGTERM", async () => {
    const [w1] = workers;
    expect(await w1!.stop("SIGTERM")).toBe(0);
    expect(w1!.output()).toMatch(/worker w1: stopped/);
  }, 30_000);
});
