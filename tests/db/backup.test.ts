import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupFormatError, exportLines, importLines } from "@/lib/db/backup.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const corpus = path.resolve(import.meta.dirname, "../../corpus");

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const l of lines) out.push(l);
  return out;
}

describe("backup", () => {
  let source: TestDb;
  let target: TestDb;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDb(), createTestDb()]);
    await ingestPaths(source.db, [corpus]);
    // an editor's correction must survive the round trip
    const q = await source.db.quote.findFirstOrThrow({ orderBy: { id: "asc" } });
    const other = await source.db.actor.findFirstOrThrow({
      where: { id: { not: q.speakerId ?? -1 } },
      orderBy: { id: "asc" },
    });
    await source.db.quote.update({ where: { id: q.id }, data: { speakerId: other.id, speakerCorrected: true } });
    await source.db.correction.create({
      data: {
        articleId: q.articleId,
        kind: "QUOTE_SPEAKER",
        quoteText: q.text,
        quoteStart: q.start,
        actorId: other.id,
      },
    });
  });
  afterAll(async () => Promise.all([source.cleanup(), target.cleanup()]));

  it("restores every row, ids and corrections included, so a second export is identical", async () => {
    const first = await collect(exportLines(source.db));
    const counts = await importLines(target.db, first, target.provider);
    expect(counts.Article).toBe(5);
    expect(counts.Correction).toBe(1);
    expect(await collect(exportLines(target.db))).toEqual(first);
  });

  it("keeps ids moving forward after a restore, so new rows do not collide", async () => {
    const max = (await target.db.actor.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const a = await target.db.actor.create({
      data: { name: "New Person", nameNorm: "new person", slug: "new-person-x", type: "PERSON" },
    });
    expect(a.id).toBeGreaterThan(max);
  });

  it("refuses to import into a database that has data", async () => {
    await expect(importLines(source.db, await collect(exportLines(source.db)), source.provider)).rejects.toThrow(
      /not empty/,
    );
  });

  it.each([
    [["not json"], /line 1: invalid JSON/],
    [['{"format":"other"}'], /not a news-knowledge-graph backup/],
    [[], /empty backup/],
  ])("refuses a malformed backup with the line that is wrong (%#)", async (lines, reason) => {
    const t = await createTestDb();
    try {
      await expect(importLines(t.db, lines, t.provider)).rejects.toThrow(BackupFormatError);
      await expect(importLines(t.db, lines, t.provider)).rejects.toThrow(reason);
    } finally {
      await t.cleanup();
    }
  });
});

describe("npm run export / npm run import", () => {
  it("round-trips a database through a file byte for byte", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const run = promisify(execFile);
    const root = path.resolve(import.meta.dirname, "../..");
    const tsx = path.join(root, "node_modules/.bin/tsx");
    const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "backup-")), "b.jsonl");
    try {
      await ingestPaths(a.db, [corpus]);
      await run(tsx, [path.join(root, "scripts/export.ts"), "--out", file], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: a.url },
      });
      const imported = await run(tsx, [path.join(root, "scripts/import.ts"), file], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: b.url },
      });
      expect(imported.stdout).toMatch(/^import: 5 Article, \d+ Actor/);
      const again = await run(tsx, [path.join(root, "scripts/export.ts")], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: b.url },
        maxBuffer: 64 << 20,
      });
      expect(again.stdout).toBe(fs.readFileSync(file, "utf8"));
    } finally {
      await Promise.all([a.cleanup(), b.cleanup()]);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
