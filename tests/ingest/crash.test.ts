import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "@/bench/generate-corpus.ts";
import { extract } from "@/lib/extraction/pipeline.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const root = path.resolve(import.meta.dirname, "../..");
// enough articles that the kill lands mid-run however fast ingest is
const N = 600;

function ingest(url: string, file: string) {
  // its own process group, so the kill reaches the node process tsx starts, not only tsx
  return spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/ingest.ts"), file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
}

describe("kill -9 in the middle of an ingest", () => {
  let t: TestDb;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    t = await createTestDb();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "crash-"));
    file = path.join(dir, "corpus.jsonl");
    fs.writeFileSync(
      file,
      generateCorpus(N)
        .map((r) => JSON.stringify({ text: r.text, ...r.hints }))
        .join("\n"),
    );
  });
  afterAll(async () => {
    await t.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves only whole articles, and a rerun completes without duplicates", { timeout: 180_000 }, async () => {
    const child = ingest(t.url, file);
    // kill as soon as some articles are in: mid-run, whatever the machine's speed
    const until = Date.now() + 60_000;
    while ((await t.db.article.count()) < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    const partial = await t.db.article.count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(N);

    // every article present is whole: its quotes match a fresh extraction of its text
    const records = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .map((l) => JSON.parse(l) as { text: string; url: string; publisher: string; publishedAt: string });
    for (const a of await t.db.article.findMany({ select: { url: true, _count: { select: { quotes: true } } } })) {
      const rec = records.find((r) => r.url === a.url)!;
      expect(a._count.quotes).toBe(
        extract({ text: rec.text, hints: { url: rec.url, publisher: rec.publisher, publishedAt: rec.publishedAt } })
          .quotes.length,
      );
    }

    const rerun = ingest(t.url, file);
    let out = "";
    rerun.stdout.on("data", (d) => (out += d));
    const code = await new Promise((r) => rerun.once("exit", r));
    expect(code).toBe(0);
    expect(out).toMatch(/ingest: \d+ new, \d+ unchanged, 0 updated, 0 failed/);
    const urls = (await t.db.article.findMany({ select: { url: true } })).map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBe(new Set(records.map((r) => r.url)).size);
  });
});
