import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const PEOPLE = ["Orla Venn", "Tomas Arkwright"];

/** An invented article reporting one meeting of the two people on `date`. */
function report(slug: string, date: string | null, participants = PEOPLE, reported = false): ContractOutput {
  const body = `${participants.join(" met ")} in Lisbon, the ${slug} desk reported.`;
  return {
    article: {
      title: `Meeting in Lisbon (${slug})`,
      publisher: `The ${slug} Ledger`,
      author: null,
      publishedAt: null,
      url: `https://news.test/${slug}`,
      dateline: null,
      body,
      warnings: [],
    },
    actors: participants.map((name) => ({ name, type: "PERSON" as const, aliases: [], title: null })),
    mentions: [],
    quotes: [],
    events: [
      {
        type: "CONSULT",
        summary: `${participants.join(" met ")} in Lisbon`,
        date,
        participants,
        roles: participants.map((name, i) => ({ name, role: i ? ("TARGET" as const) : ("AGENT" as const) })),
        location: "Lisbon",
        evidence: body,
        evidenceSpans: [{ start: 0, end: body.length, text: body }],
        reported,
        reportedBy: reported ? participants[0]! : null,
      },
    ],
  };
}

describe("getEventClusterKey through saveArticle", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  const keyOf = async (slug: string) =>
    (await t.db.event.findFirstOrThrow({ where: { article: { url: `https://news.test/${slug}` } } })).clusterKey;
  const save = (x: ContractOutput) => saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });

  it("puts a day, the month holding it and the next day in one cluster whatever the order they arrive in", async () => {
    await save(report("month", "2019-09"));
    await save(report("day", "2019-09-07"));
    await save(report("next-day", "2019-09-08"));
    const key = await keyOf("month");
    expect(await keyOf("day")).toBe(key);
    expect(await keyOf("next-day")).toBe(key);
  });

  it("keeps a day of the same month that is not within a day of the cluster's days apart", async () => {
    await save(report("later", "2019-09-20"));
    expect(await keyOf("later")).not.toBe(await keyOf("month"));
  });

  it("keeps a month-only report apart when two distinct days of that month are stored", async () => {
    await save(report("oct-3", "2019-10-03"));
    await save(report("oct-25", "2019-10-25"));
    await save(report("oct", "2019-10"));
    const keys = new Set([await keyOf("oct-3"), await keyOf("oct-25"), await keyOf("oct")]);
    expect(keys.size).toBe(3);
  });

  it("links no reports that differ in participants or give only a year", async () => {
    await save(report("other-people", "2019-09-07", ["Orla Venn", "Mirela Sand"]));
    await save(report("year", "2019"));
    expect(await keyOf("other-people")).not.toBe(await keyOf("day"));
    expect(await keyOf("year")).not.toBe(await keyOf("month"));
  });

  it("stores a reported event with its speaker, and the article's own report without one", async () => {
    await save(report("claim", "2019-11-02", PEOPLE, true));
    const claim = await t.db.event.findFirstOrThrow({
      where: { article: { url: "https://news.test/claim" } },
      include: { reportedBy: true },
    });
    expect([claim.reported, claim.reportedBy?.name]).toEqual([true, "Orla Venn"]);
    const own = await t.db.event.findFirstOrThrow({ where: { article: { url: "https://news.test/day" } } });
    expect([own.reported, own.reportedById]).toEqual([false, null]);
  });
});
