import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.join(root, "corpus");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-"));

describe("ingestPaths", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([1, 2, 0, 3, 255]));
  });
  afterAll(async () => {
    await t.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("ingests the bundled corpus and reports failures with reasons without stopping", async () => {
    const s = await ingestPaths(t.db, [
      corpus,
      path.join(dir, "empty.txt"),
      path.join(dir, "binary.txt"),
      path.join(dir, "missing.txt"),
    ]);
    expect(s.counts).toEqual({ new: 5, unchanged: 0, updated: 0, failed: 3 });
    const reasons = Object.fromEntries(
      s.items.filter((i) => i.status === "failed").map((i) => [path.basename(i.source), i.reason]),
    );
    expect(reasons).toEqual({
      "empty.txt": "empty file",
      "binary.txt": "binary file (contains NUL bytes)",
      "missing.txt": "no such file or folder",
    });
    expect(await t.db.article.count()).toBe(5);
  });

  it("changes no counts when the same files are ingested again", async () => {
    const counts = async () =>
      Promise.all([
        t.db.article.count(),
        t.db.actor.count(),
        t.db.quote.count(),
        t.db.event.count(),
        t.db.mention.count(),
        t.db.actorAlias.count(),
      ]);
    const before = await counts();
    const s = await ingestPaths(t.db, [corpus]);
    expect(s.counts).toEqual({ new: 0, unchanged: 5, updated: 0, failed: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe("npm run ingest", () => {
  it("exits non-zero and prints the summary when a file fails", async () => {
    const t = await createTestDb();
    const bad = path.join(dir, "cli-empty.txt");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(bad, "");
    try {
      await t.db.$disconnect();
      const run = promisify(execFile);
      const err = await run(
        path.join(root, "node_modules/.bin/tsx"),
        [path.join(root, "scripts/ingest.ts"), path.join(corpus, "seeds/000_bb514a9a372b7a40.txt"), bad],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: t.url },
        },
      ).then(
        () => null,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(err?.code).toBe(1);
      expect(err?.stdout).toContain("ingest: 1 new, 0 unchanged, 0 updated, 1 failed");
      expect(err?.stderr).toContain("cli-empty.txt: empty file");
    } finally {
      await t.cleanup();
    }
  });
});

describe("two ingest processes at once", () => {
  it("ingest the same files without duplicates or failures", async () => {
    const t = await createTestDb();
    try {
      const run = promisify(execFile);
      const once = () =>
        run(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/ingest.ts"), corpus], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: t.url },
        });
      const [a, b] = await Promise.all([once(), once()]);
      // each article is won by one process and found unchanged by the other
      const total = { new: 0, unchanged: 0, updated: 0, failed: 0 };
      for (const out of [a.stdout, b.stdout]) {
        const m = /ingest: (\d+) new, (\d+) unchanged, (\d+) updated, (\d+) failed/.exec(out);
        expect(m).not.toBeNull();
        total.new += Number(m![1]);
        total.unchanged += Number(m![2]);
        total.updated += Number(m![3]);
        total.failed += Number(m![4]);
      }
      expect(total).toEqual({ new: 5, unchanged: 5, updated: 0, failed: 0 });
      expect(await t.db.article.count()).toBe(5);
      const names = (await t.db.actor.findMany({ select: { type: true, nameNorm: true } })).map(
        (a) => `${a.type}|${a.nameNorm}`,
      );
      expect(new Set(names).size).toBe(names.length);
    } finally {
      await t.cleanup();
    }
  });
});
