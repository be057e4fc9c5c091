import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArticle } from "@/lib/db/mutations/delete-article.ts";
import { mergeActors } from "@/lib/db/mutations/merge-actors.ts";
import { setQuoteSpeaker } from "@/lib/db/mutations/set-quote-speaker.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { saidArticle as article } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const SENTENCE = "The new harbour bridge will open to traffic before the winter storms arrive";
const CHANGED = "The new harbour bridge will open to lorries before the winter storms arrive";

describe("groupQuotes", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  const save = (x: ContractOutput) => saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });
  const statementsOf = async (name: string) =>
    t.db.statement.findMany({
      where: { speaker: { name } },
      include: { reports: { orderBy: { id: "asc" } } },
      orderBy: { id: "asc" },
    });

  it("makes one statement with two reports when two articles quote a sentence, one with a word changed", async () => {
    await save(
      article("Bridge opening date set by the council", "The Harbour Post", "2021-03-02", [
        { speaker: "Ada Vell", text: CHANGED },
      ]),
    );
    await save(
      article("Council promises bridge before winter", "Coast Daily", "2021-03-01", [
        { speaker: "Ada Vell", text: SENTENCE },
      ]),
    );
    const [s, ...rest] = await statementsOf("Ada Vell");
    expect(rest).toEqual([]);
    expect(s!.reportCount).toBe(2);
    expect(s!.outletCount).toBe(2);
    // the earlier article (published a day before, though ingested second) is the earliest report
    expect(s!.text).toBe(SENTENCE);
    const first = await t.db.quote.findUniqueOrThrow({ where: { id: s!.firstQuoteId }, include: { article: true } });
    expect(first.article.publisher).toBe("Coast Daily");
    expect(s!.firstReportedAt?.toISOString()).toBe("2021-03-01T00:00:00.000Z");
  });

  it("never groups the same sentence of two different speakers", async () => {
    await save(
      article("Another view of the bridge", "Coast Daily", "2021-03-03", [{ speaker: "Bo Strand", text: SENTENCE }]),
    );
    expect((await statementsOf("Bo Strand")).map((s) => s.reportCount)).toEqual([1]);
    expect((await statementsOf("Ada Vell")).map((s) => s.reportCount)).toEqual([2]);
  });

  it("keeps short quotes apart across articles unless their words are the same and long enough", async () => {
    await save(
      article("Talks in the valley go on", "Valley News", "2021-04-01", [
        { speaker: "Cy Moor", text: "very productive" },
      ]),
    );
    await save(
      article("Second round of valley talks", "Hill Times", "2021-04-02", [
        { speaker: "Cy Moor", text: "very productive" },
      ]),
    );
    await save(
      article("Valley talks end with a deal", "Hill Times", "2021-04-03", [
        { speaker: "Cy Moor", text: "we have a deal now" },
      ]),
    );
    await save(
      article("Deal reached in valley", "Valley News", "2021-04-04", [
        { speaker: "Cy Moor", text: "We have a deal, now!" },
      ]),
    );
    await save(
      article("Deal in doubt in valley", "Valley News", "2021-04-05", [
        { speaker: "Cy Moor", text: "we have a deal soon" },
      ]),
    );
    expect((await statementsOf("Cy Moor")).map((s) => s.reportCount)).toEqual([1, 1, 2, 1]);
  });

  it("re-groups an updated article's quotes and deletes a statement left without reports", async () => {
    const x = article("Port tolls to rise next spring say officials", "Port Weekly", "2021-05-01", [
      { speaker: "Di Lark", text: "Tolls at the eastern port will rise by a tenth next spring" },
    ]);
    await save(x);
    const before = await statementsOf("Di Lark");
    expect(before).toHaveLength(1);
    const y = article("Port tolls to rise next spring say officials", "Port Weekly", "2021-05-01", [
      { speaker: "Di Lark", text: "Ferry fares on the northern route will stay as they are" },
    ]);
    expect((await save(y)).status).toBe("updated");
    const after = await statementsOf("Di Lark");
    expect(after.map((s) => s.text)).toEqual(["Ferry fares on the northern route will stay as they are"]);
    expect(await t.db.statement.findUnique({ where: { id: before[0]!.id } })).toBeNull();
  });

  it("recounts a statement when an article reporting it is deleted", async () => {
    const [s] = await statementsOf("Ada Vell");
    const first = await t.db.quote.findUniqueOrThrow({ where: { id: s!.firstQuoteId } });
    expect(await deleteArticle(t.db, first.articleId)).toBe(true);
    const [after] = await statementsOf("Ada Vell");
    expect(after!.reportCount).toBe(1);
    expect(after!.text).toBe(CHANGED);
    expect(after!.firstReportedAt?.toISOString()).toBe("2021-03-02T00:00:00.000Z");
  });

  it("moves a quote to the new speaker's statement when an editor sets its speaker", async () => {
    const bo = await statementsOf("Bo Strand");
    const quoteId = bo[0]!.reports[0]!.id;
    const ada = await t.db.actor.findFirstOrThrow({ where: { name: "Ada Vell" } });
    const r = await setQuoteSpeaker(t.db, quoteId, ada.id);
    expect(typeof r).toBe("object");
    expect(await t.db.statement.findUnique({ where: { id: bo[0]!.id } })).toBeNull();
    const [s, ...rest] = await statementsOf("Ada Vell");
    expect(rest).toEqual([]);
    expect(s!.reports.map((q) => q.id)).toContain(quoteId);
    expect(s!.reportCount).toBe(2);
  });

  it("merges the statements of merged actors", async () => {
    await save(
      article("Mayor speaks on the harbour", "Bay Herald", "2021-06-01", [{ speaker: "Eli Penn", text: SENTENCE }]),
    );
    const eli = await t.db.actor.findFirstOrThrow({ where: { name: "Eli Penn" } });
    const ada = await t.db.actor.findFirstOrThrow({ where: { name: "Ada Vell" } });
    await mergeActors(t.db, eli.id, ada.id);
    const [s, ...rest] = await statementsOf("Ada Vell");
    expect(rest).toEqual([]);
    expect(s!.reportCount).toBe(3);
    expect(await t.db.statement.count({ where: { speakerId: eli.id } })).toBe(0);
    expect(await t.db.statementBand.count({ where: { speakerId: eli.id } })).toBe(0);
  });
});
