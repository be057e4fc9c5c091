import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "@/bench/generate-corpus.ts";
import { toExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { runPipeline } from "@/lib/extraction/pipeline.ts";
import { createExtractPool, type ExtractPool } from "@/lib/ingest/extract-pool.ts";
import { ingestRecords, MAX_ARTICLE_CHARS, type IngestItem } from "@/lib/ingest/ingest-files.ts";
import type { ArticleRecord } from "@/lib/ingest/read-article-file.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

describe("createExtractPool", () => {
  let pool: ExtractPool;
  beforeAll(() => {
    pool = createExtractPool(2);
  });
  afterAll(async () => pool.close());

  it("extracts on worker threads exactly as in this thread", { timeout: 60_000 }, async () => {
    const records = generateCorpus(6);
    const got = await Promise.all(records.map((r) => pool.extract(r.text, r.hints)));
    expect(got).toEqual(records.map((r) => toExtractedArticle(runPipeline({ text: r.text, hints: r.hints }))));
  });

  it("rejects only the article whose extraction throws, and keeps working", { timeout: 60_000 }, async () => {
    const [r] = generateCorpus(1);
    const bad = pool.extract(42 as unknown as string, {});
    const good = pool.extract(r!.text, r!.hints);
    await expect(bad).rejects.toThrow(/normalize|not a function|string/i);
    expect((await good).article.body.length).toBeGreaterThan(0);
  });

  it("refuses work once closed", async () => {
    const p = createExtractPool(1);
    await p.close();
    await expect(p.extract("text", {})).rejects.toThrow(/closed/);
  });
});

describe("ingestRecords with extraction workers", () => {
  let a: TestDb;
  let b: TestDb;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDb(), createTestDb()]);
  });
  afterAll(async () => Promise.all([a.cleanup(), b.cleanup()]));

  it(
    "gives the same items, in input order, and the same rows as extraction in this thread",
    { timeout: 120_000 },
    async () => {
      const corpus = generateCorpus(12);
      const records: (ArticleRecord | IngestItem)[] = [
        corpus[0]!,
        { source: "unreadable.txt", status: "failed", reason: "empty file" },
        { source: "huge.txt", text: "x ".repeat(MAX_ARTICLE_CHARS), hints: {} },
        ...corpus.slice(1),
        corpus[3]!,
      ];
      const threaded = await ingestRecords(a.db, records, undefined, { workers: 2 });
      const inline = await ingestRecords(b.db, records, undefined, { workers: 0 });
      expect(threaded.items).toEqual(inline.items);
      expect(threaded.items.map((i) => i.source)).toEqual(records.map((r) => r.source));
      expect(threaded.items[2]!.reason).toMatch(/limit is 1 million/);
      expect(threaded.counts).toEqual({ new: 12, unchanged: 1, updated: 0, failed: 2 });
      const counts = async (t: TestDb) =>
        Promise.all([
          t.db.article.count(),
          t.db.actor.count(),
          t.db.quote.count(),
          t.db.event.count(),
          t.db.mention.count(),
          t.db.actorAlias.count(),
        ]);
      expect(await counts(a)).toEqual(await counts(b));
    },
  );
});
