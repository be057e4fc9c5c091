import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPendingJobs, enqueueRecords, findFailedJobs, migrateQueue } from "@/lib/queue/ingest-queue.ts";
import { createQueueTestDb } from "@/tests/support/queue-test-db.ts";
import { isPostgres, type TestDb } from "@/tests/support/test-db.ts";

const record = (i: number) => ({
  source: `story-${i}.txt`,
  text: `The Pellam library will open on Sundays from March, librarian Aud Fenwick said. Story ${i}.`,
  hints: {},
});

describe.runIf(isPostgres())("ingest queue", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createQueueTestDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("queues one job per record and counts a record already queued instead of queueing it again", async () => {
    expect(await enqueueRecords(t.url, [record(1), record(2)])).toEqual({ queued: 2, alreadyQueued: 0 });
    expect(await enqueueRecords(t.url, [record(2), { ...record(3), source: "x.txt" }, record(3)])).toEqual({
      queued: 1,
      alreadyQueued: 2,
    });
    expect(await countPendingJobs(t.url)).toBe(3);
    expect(await findFailedJobs(t.url)).toEqual([]);
  });

  it("lets two processes install the queue schema at once", async () => {
    await expect(Promise.all([migrateQueue(t.url), migrateQueue(t.url)])).resolves.toBeDefined();
  });

  it("refuses SQLite with the reason", async () => {
    await expect(enqueueRecords("file:/tmp/none.db", [record(1)])).rejects.toThrow(/needs PostgreSQL/);
  });
});
