import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAuditEvents } from "@/lib/db/audit/find-audit-events.ts";
import { AUDIT_KINDS } from "@/lib/db/audit/record-audit.ts";
import { revertAuditEvent } from "@/lib/db/audit/revert-audit-event.ts";
import { revertRefusalOf } from "@/lib/db/audit/revert-refusal.ts";
import { correctArticle } from "@/lib/db/mutations/correct-article.ts";
import { correctQuote } from "@/lib/db/mutations/correct-quote.ts";
import { mergeActors } from "@/lib/db/mutations/merge-actors.ts";
import { updateActor } from "@/lib/db/mutations/update-actor.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { saidArticle } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const EDITOR = { editorId: 5, who: "ruth" };
const CANAL = saidArticle("Canal towpath reopens after repairs", "Lock Street Herald", "2021-09-14", [
  { speaker: "Wren Halloway", text: "The towpath is safe for cyclists again from Monday" },
  { speaker: "Osric Penn", text: "We waited two summers for this stretch to reopen" },
  { speaker: "O. Penn", text: "The new surface drains far better than the old gravel" },
  { speaker: "Osric Penn", text: "landmark" },
]);

describe("reverting and redoing every kind of change", () => {
  let t: TestDb;
  let articleId: number;
  beforeAll(async () => {
    t = await createTestDb();
    ({ articleId } = await saveArticle(t.db, { extraction: fromContract(CANAL), extractorVersion: "1" }));
  });
  afterAll(async () => t.cleanup());

  const quote = (text: string) =>
    t.db.quote.findFirst({ where: { text }, select: { id: true, kind: true, speaker: { select: { name: true } } } });
  const actor = (name: string) => t.db.actor.findFirst({ where: { name }, select: { id: true, type: true } });
  const article = () =>
    t.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { title: true, publisher: true, publishedPrecision: true },
    });
  const towpath = CANAL.quotes[0]!.text;
  const surface = CANAL.quotes[2]!.text;

  /** Each kind: the change, and what the data shows while it stands. */
  const cases: Record<(typeof AUDIT_KINDS)[number], { change: () => Promise<unknown>; state: () => Promise<unknown> }> =
    {
      QUOTE_SPEAKER: {
        change: async () =>
          correctQuote(t.db, EDITOR, (await quote(towpath))!.id, {
            kind: "QUOTE_SPEAKER",
            actorId: (await actor("Osric Penn"))!.id,
          }),
        state: async () => (await quote(towpath))?.speaker?.name,
      },
      QUOTE_KIND: {
        change: async () =>
          correctQuote(t.db, EDITOR, (await quote(towpath))!.id, { kind: "QUOTE_KIND", value: "PARTIAL" }),
        state: async () => (await quote(towpath))?.kind,
      },
      NOT_A_QUOTE: {
        change: async () => correctQuote(t.db, EDITOR, (await quote("landmark"))!.id, { kind: "NOT_A_QUOTE" }),
        state: async () => (await quote("landmark")) !== null,
      },
      ARTICLE_TITLE: {
        change: () => correctArticle(t.db, EDITOR, articleId, { ARTICLE_TITLE: "Towpath open again" }),
        state: async () => (await article()).title,
      },
      ARTICLE_PUBLISHED_AT: {
        change: () => correctArticle(t.db, EDITOR, articleId, { ARTICLE_PUBLISHED_AT: "2021" }),
        state: async () => (await article()).publishedPrecision,
      },
      ARTICLE_PUBLISHER: {
        change: () => correctArticle(t.db, EDITOR, articleId, { ARTICLE_PUBLISHER: "The Lock Street Herald" }),
        state: async () => (await article()).publisher,
      },
      ACTOR_NAME: {
        change: async () =>
          updateActor(t.db, EDITOR, (await actor("Wren Halloway"))!.id, { name: "Wren Halloway-Price" }),
        state: async () => (await actor("Wren Halloway")) !== null,
      },
      ACTOR_TYPE: {
        change: async () => updateActor(t.db, EDITOR, (await actor("Osric Penn"))!.id, { type: "ORGANIZATION" }),
        state: async () => (await actor("Osric Penn"))?.type,
      },
      ACTOR_MERGE: {
        change: async () => mergeActors(t.db, (await actor("O. Penn"))!.id, (await actor("Osric Penn"))!.id, EDITOR),
        state: async () => [(await actor("O. Penn")) !== null, (await quote(surface))?.speaker?.name],
      },
    };

  it("has a case for every audited kind", () => {
    expect(Object.keys(cases).sort()).toEqual([...AUDIT_KINDS].sort());
  });

  it.each(Object.keys(cases) as (typeof AUDIT_KINDS)[number][])(
    "reverts a %s change, redoes it by reverting the revert, and reverts the redo",
    async (kind) => {
      const { change, state } = cases[kind];
      const original = await state();
      await change();
      const changed = await state();
      expect(changed).not.toEqual(original);
      const [made] = await findAuditEvents(t.db, { limit: 1 });
      expect(made).toMatchObject({ kind, revertsId: null });

      let last = made!;
      for (const expected of [original, changed, original]) {
        expect(revertRefusalOf(last)).toBeNull();
        const r = await revertAuditEvent(t.db, EDITOR, last.id);
        expect(r).toHaveProperty("auditEventId");
        expect(await state()).toEqual(expected);
        const [next] = await findAuditEvents(t.db, { limit: 1 });
        expect(next).toMatchObject({ kind, revertsId: last.id });
        const undone = (await t.db.auditEvent.findUniqueOrThrow({ where: { id: last.id } }))!;
        expect(revertRefusalOf(undone)).toBe("It is reverted already.");
        expect(await revertAuditEvent(t.db, EDITOR, last.id)).toEqual({ code: "ALREADY_REVERTED" });
        last = next!;
      }
    },
  );

  it("says why a merge recorded without what it moved cannot be reverted", () => {
    const old = {
      kind: "ACTOR_MERGE",
      revertedAt: null,
      before: JSON.stringify({ source: { id: 1 } }),
      after: JSON.stringify({ mergedInto: 2, movedQuotes: 1 }),
    };
    expect(revertRefusalOf(old)).toMatch(/recorded before merges kept what they moved/);
  });
});
