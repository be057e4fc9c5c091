import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAuditEvents } from "@/lib/db/audit/find-audit-events.ts";
import { revertAuditEvent } from "@/lib/db/audit/revert-audit-event.ts";
import { correctArticle } from "@/lib/db/mutations/correct-article.ts";
import { correctQuote } from "@/lib/db/mutations/correct-quote.ts";
import { updateActor } from "@/lib/db/mutations/update-actor.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { saidArticle } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const EDITOR = { editorId: 7, who: "ines" };
const X = saidArticle("Ferry timetable changes at the quay", "Quay Gazette", "2022-06-01", [
  { speaker: "Mara Quill", text: "The morning ferry will leave half an hour earlier from July" },
  { speaker: "Tomas Brandt", text: "Nobody asked the island families about the new times" },
  { speaker: "Tomas Brandt", text: "unprecedented" },
]);

describe("editors' corrections", () => {
  let t: TestDb;
  let version = 1;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  // a new extractor version makes the same text extracted and stored again, corrections re-applied
  const ingest = () => saveArticle(t.db, { extraction: fromContract(X), extractorVersion: String(version++) });
  const quoteOf = async (text: string) =>
    t.db.quote.findFirst({ where: { text }, include: { speaker: { select: { name: true } } } });

  it("keeps a kind fix, a not-a-quote mark, a speaker fix and article metadata through a re-ingest", async () => {
    const { articleId } = await ingest();
    const ferry = (await quoteOf(X.quotes[0]!.text))!;
    const scare = (await quoteOf("unprecedented"))!;
    const tomas = await t.db.actor.findFirstOrThrow({ where: { name: "Tomas Brandt" } });
    expect(await correctQuote(t.db, EDITOR, ferry.id, { kind: "QUOTE_KIND", value: "PARTIAL" })).toMatchObject({
      articleId,
    });
    await correctQuote(t.db, EDITOR, ferry.id, { kind: "QUOTE_SPEAKER", actorId: tomas.id });
    await correctQuote(t.db, EDITOR, scare.id, { kind: "NOT_A_QUOTE" });
    await correctArticle(t.db, EDITOR, articleId, {
      ARTICLE_TITLE: "Ferry leaves earlier from July",
      ARTICLE_PUBLISHED_AT: "2022-06",
      ARTICLE_PUBLISHER: "The Quay Gazette",
    });

    for (let round = 0; round < 2; round++) {
      const fixed = await quoteOf(X.quotes[0]!.text);
      expect(fixed).toMatchObject({ kind: "PARTIAL", speakerCorrected: true, speaker: { name: "Tomas Brandt" } });
      expect(await quoteOf("unprecedented")).toBeNull();
      expect(await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
        title: "Ferry leaves earlier from July",
        displayTitle: "Ferry leaves earlier from July",
        publisher: "The Quay Gazette",
        publishedPrecision: "MONTH",
      });
      expect((await ingest()).status).toBe("updated");
    }
  });

  it("records who changed what, before and after, newest first", async () => {
    const events = await findAuditEvents(t.db, { limit: 10 });
    expect(events.map((e) => e.kind)).toEqual([
      "ARTICLE_PUBLISHER",
      "ARTICLE_PUBLISHED_AT",
      "ARTICLE_TITLE",
      "NOT_A_QUOTE",
      "QUOTE_SPEAKER",
      "QUOTE_KIND",
    ]);
    expect(events.every((e) => e.who === "ines" && e.editorId === 7)).toBe(true);
    const kind = events.find((e) => e.kind === "QUOTE_KIND")!;
    expect(JSON.parse(kind.before)).toMatchObject({ value: "DIRECT", correction: null });
    expect(JSON.parse(kind.after)).toMatchObject({ value: "PARTIAL" });
  });

  it("reverts each change by applying its before state, and the revert survives a re-ingest", async () => {
    const events = await findAuditEvents(t.db, { limit: 10 });
    for (const e of events) expect(await revertAuditEvent(t.db, EDITOR, e.id)).toHaveProperty("auditEventId");
    await ingest();
    expect(await quoteOf(X.quotes[0]!.text)).toMatchObject({
      kind: "DIRECT",
      speakerCorrected: false,
      speaker: { name: "Mara Quill" },
    });
    expect(await quoteOf("unprecedented")).toMatchObject({ kind: "DIRECT", speaker: { name: "Tomas Brandt" } });
    expect(await t.db.article.findFirstOrThrow()).toMatchObject({
      title: X.article.title,
      publisher: "Quay Gazette",
      publishedPrecision: "DAY",
    });
    expect(await t.db.correction.count()).toBe(0);
  });

  it("refuses to revert twice, and refuses a revert when the subject changed since", async () => {
    const [last] = await findAuditEvents(t.db, { limit: 1 });
    expect(await revertAuditEvent(t.db, EDITOR, last!.revertsId!)).toEqual({ code: "ALREADY_REVERTED" });
    const a = await t.db.article.findFirstOrThrow();
    await correctArticle(t.db, EDITOR, a.id, { ARTICLE_TITLE: "First fix of the ferry title" });
    const [first] = await findAuditEvents(t.db, { limit: 1 });
    await correctArticle(t.db, EDITOR, a.id, { ARTICLE_TITLE: "Second fix of the ferry title" });
    expect(await revertAuditEvent(t.db, EDITOR, first!.id)).toEqual({ code: "CHANGED_SINCE" });
  });

  it("renames an actor keeping the old name as an alias, so a re-ingest still finds it", async () => {
    const mara = await t.db.actor.findFirstOrThrow({ where: { name: "Mara Quill" } });
    expect(await updateActor(t.db, EDITOR, mara.id, { name: "Mara Quill-Hart" })).toHaveProperty("auditEventIds");
    await ingest();
    expect(await quoteOf(X.quotes[0]!.text)).toMatchObject({ speaker: { name: "Mara Quill-Hart" } });
    expect(await t.db.actor.count({ where: { name: "Mara Quill" } })).toBe(0);
  });

  it("refuses a rename or type change onto another actor's type and name", async () => {
    const mara = await t.db.actor.findFirstOrThrow({ where: { name: "Mara Quill-Hart" } });
    const tomas = await t.db.actor.findFirstOrThrow({ where: { name: "Tomas Brandt" } });
    expect(await updateActor(t.db, EDITOR, mara.id, { name: "tomas  brandt" })).toEqual({
      code: "NAME_TAKEN",
      other: { id: tomas.id, slug: tomas.slug, name: "Tomas Brandt" },
    });
    expect(await updateActor(t.db, EDITOR, mara.id, { name: "  " })).toEqual({ code: "EMPTY_NAME" });
    expect(await updateActor(t.db, EDITOR, 999_999, { name: "Nobody" })).toEqual({ code: "ACTOR_NOT_FOUND" });
  });

  it("reports a missing quote or actor instead of changing anything", async () => {
    const before = await t.db.auditEvent.count();
    expect(await correctQuote(t.db, EDITOR, 999_999, { kind: "NOT_A_QUOTE" })).toBe("QUOTE_NOT_FOUND");
    const q = (await t.db.quote.findFirst())!;
    expect(await correctQuote(t.db, EDITOR, q.id, { kind: "QUOTE_SPEAKER", actorId: 999_999 })).toBe("ACTOR_NOT_FOUND");
    expect(await correctArticle(t.db, EDITOR, 999_999, { ARTICLE_TITLE: "x" })).toBe("ARTICLE_NOT_FOUND");
    expect(await t.db.auditEvent.count()).toBe(before);
  });
});
