import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client.ts";
import { countPendingJobs, enqueueRecords, findFailedJobs } from "@/lib/queue/ingest-queue.ts";
import { startIngestWorker, type IngestJobOutcome } from "@/lib/queue/ingest-worker.ts";
import { createQueueTestDb } from "@/tests/support/queue-test-db.ts";
import { isPostgres, type TestDb } from "@/tests/support/test-db.ts";

const story = (town: string) => ({
  source: `${town}.txt`,
  text: `${town} opens a night market\n\nThe ${town} night market opens on Friday, organiser Vela Brant said. "Bring a lantern," she said.`,
  hints: { title: `${town} opens a night market` },
});

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.runIf(isPostgres())("startIngestWorker", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createQueueTestDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("ingests queued articles through the ingest use case, refuses a bad one for good and stops when asked", async () => {
    const outcomes: IngestJobOutcome[] = [];
    const huge = { source: "huge.txt", text: "word ".repeat(210_000), hints: {} };
    await enqueueRecords(t.url, [story("Oxley"), story("Perran"), huge]);
    const runner = await startIngestWorker({
      databaseUrl: t.url,
      db: t.db,
      concurrency: 2,
      onJob: (o) => outcomes.push(o),
    });
    try {
      await until("three outcomes", () => outcomes.length >= 3);
    } finally {
      await runner.stop();
    }
    expect(outcomes.map((o) => [o.source, o.status, o.final ?? false]).sort()).toEqual([
      ["Oxley.txt", "new", false],
      ["Perran.txt", "new", false],
      ["huge.txt", "failed", true],
    ]);
    expect(
      (await t.db.article.findMany({ select: { title: true }, orderBy: { title: "asc" } })).map((a) => a.title),
    ).toEqual(["Oxley opens a night market", "Perran opens a night market"]);
    const failed = await findFailedJobs(t.url);
    expect(failed.map((f) => [f.source, f.attempts])).toEqual([["huge.txt", 1]]);
    expect(failed[0]!.lastError).toMatch(/million characters; the limit is 1 million/);
    expect(await countPendingJobs(t.url)).toBe(0);
    // a refused article stays failed: queueing it again adds nothing
    expect(await enqueueRecords(t.url, [huge])).toEqual({ queued: 0, alreadyQueued: 1 });
  });

  it("keeps a job for a retry when saving fails", async () => {
    const outcomes: IngestJobOutcome[] = [];
    // a client on a schema without tables: every save fails the way a lost database does
    const broken = createDb(t.url.replace(/schema=[^&]+/, "schema=no_such_schema_here"));
    await enqueueRecords(t.url, [story("Quenby")]);
    const runner = await startIngestWorker({ databaseUrl: t.url, db: broken, onJob: (o) => outcomes.push(o) });
    try {
      await until("one outcome", () => outcomes.length >= 1);
    } finally {
      await runner.stop();
      await broken.$disconnect();
    }
    expect(outcomes[0]).toMatchObject({ source: "Quenby.txt", status: "failed", final: false, attempt: 1 });
    expect(await countPendingJobs(t.url)).toBe(1);
    expect(await findFailedJobs(t.url)).toHaveLength(1); // only the refused article of the first test
  });

  it("refuses a concurrency that is not a whole number from 1 to 64", async () => {
    await expect(startIngestWorker({ databaseUrl: t.url, db: t.db, concurrency: 0 })).rejects.toThrow(/concurrency/);
  });
});
