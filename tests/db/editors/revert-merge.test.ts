import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAuditEvents } from "@/lib/db/audit/find-audit-events.ts";
import { revertAuditEvent } from "@/lib/db/audit/revert-audit-event.ts";
import { correctQuote } from "@/lib/db/mutations/correct-quote.ts";
import { mergeActors } from "@/lib/db/mutations/merge-actors.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { saidArticle } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const EDITOR = { editorId: 3, who: "oona" };
const A = saidArticle("Tram depot plans go to consultation", "Valley Courier", "2023-02-01", [
  { speaker: "Petra Vance", text: "The depot will bring two hundred jobs to the valley" },
  { speaker: "P. Vance", text: "We have listened to every neighbour who wrote to us" },
  { speaker: "Ruben Ashe", text: "The consultation is far too short for a project this size" },
]);
const SAID_B = saidArticle("Tram depot consultation extended", "Hillside News", "2023-02-09", [
  { speaker: "P. Vance", text: "The depot will bring two hundred jobs to the valley" },
  { speaker: "Ruben Ashe", text: "Four more weeks is a start" },
]);
// an event in which the source takes part and which it reports, so roles and reporters move too
const B = {
  ...SAID_B,
  events: [
    {
      type: "CONSULT" as const,
      summary: "P. Vance meets Ruben Ashe",
      date: null,
      participants: ["P. Vance", "Ruben Ashe"],
      roles: [
        { name: "P. Vance", role: "AGENT" as const },
        { name: "Ruben Ashe", role: "TARGET" as const },
      ],
      location: null,
      evidence: "Tram depot consultation extended",
      evidenceSpans: [{ text: "Tram depot consultation extended", start: 0, end: 32 }],
      reported: true,
      reportedBy: "P. Vance",
    },
  ],
};

describe("reverting an actor merge", () => {
  let t: TestDb;
  let version = 1;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  const ingest = async () => {
    const v = String(version++);
    await saveArticle(t.db, { extraction: fromContract(A), extractorVersion: v });
    await saveArticle(t.db, { extraction: fromContract(B), extractorVersion: v });
  };
  const actor = (name: string) => t.db.actor.findFirstOrThrow({ where: { name } });
  /** Everything a merge touches, by name so that it compares across the source's deletion and return. */
  const snapshot = async () => {
    const actors = await t.db.actor.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, slug: true, type: true, title: true, aliases: { select: { norm: true } } },
    });
    const quotes = await t.db.quote.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        text: true,
        speakerCorrected: true,
        speaker: { select: { name: true } },
        statement: { select: { speaker: { select: { name: true } }, reportCount: true } },
      },
    });
    const mentions = await t.db.mention.findMany({
      orderBy: { id: "asc" },
      select: { id: true, actor: { select: { name: true } } },
    });
    const corrections = await t.db.correction.findMany({ orderBy: { id: "asc" }, select: { id: true, actorId: true } });
    const events = await t.db.event.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        reportedBy: { select: { name: true } },
        participants: { orderBy: { role: "asc" }, select: { role: true, actor: { select: { name: true } } } },
      },
    });
    return {
      actors: actors.map((a) => ({ ...a, aliases: a.aliases.map((x) => x.norm).sort() })),
      quotes,
      mentions,
      corrections,
      events,
      redirects: await t.db.actorSlugRedirect.count(),
    };
  };

  it("brings the merged-away actor back with its aliases, quotes, mentions, corrections and statements", async () => {
    await ingest();
    const petra = await actor("Petra Vance");
    const pv = await actor("P. Vance");
    // an editor's speaker fix naming the source, which the merge hands to the target
    const ruben = await t.db.quote.findFirstOrThrow({ where: { text: "Four more weeks is a start" } });
    await correctQuote(t.db, EDITOR, ruben.id, { kind: "QUOTE_SPEAKER", actorId: pv.id });
    const before = await snapshot();
    expect(before.corrections.filter((c) => c.actorId === pv.id)).toHaveLength(1);
    expect(before.events).toMatchObject([
      {
        reportedBy: { name: "P. Vance" },
        participants: [
          { role: "AGENT", actor: { name: "P. Vance" } },
          { role: "TARGET", actor: { name: "Ruben Ashe" } },
        ],
      },
    ]);

    expect(await mergeActors(t.db, pv.id, petra.id, EDITOR)).toMatchObject({ id: petra.id });
    expect(await t.db.actor.findUnique({ where: { id: pv.id } })).toBeNull();
    expect(await t.db.quote.count({ where: { speakerId: petra.id } })).toBe(4);
    expect(await t.db.event.count({ where: { reportedById: petra.id } })).toBe(1);
    const [merge] = await findAuditEvents(t.db, { limit: 1 });
    expect(merge).toMatchObject({ kind: "ACTOR_MERGE", revertedAt: null });

    const r = await revertAuditEvent(t.db, EDITOR, merge!.id);
    expect(r).toHaveProperty("auditEventId");
    expect(await snapshot()).toEqual(before);
    expect(await t.db.actorSlugRedirect.findUnique({ where: { slug: pv.slug } })).toBeNull();
    const [revert] = await findAuditEvents(t.db, { limit: 1 });
    expect(revert).toMatchObject({ kind: "ACTOR_MERGE", subjectId: pv.id, actorId: pv.id, revertsId: merge!.id });
  });

  it("keeps the revert through a re-ingest: the source's names find the source again", async () => {
    const before = await snapshot();
    await ingest();
    const after = await snapshot();
    const speakers = (s: typeof before) => s.quotes.map((q) => [q.text, q.speaker?.name, q.speakerCorrected]);
    expect(speakers(after)).toEqual(speakers(before));
    expect(after.actors).toEqual(before.actors);
  });

  it("refuses a second revert, redoes the merge when its revert is reverted, and refuses a revert once the target merged on", async () => {
    const events = await findAuditEvents(t.db, { limit: 10 });
    const merge = events.find((e) => e.kind === "ACTOR_MERGE" && e.revertsId === null)!;
    const revert = events.find((e) => e.kind === "ACTOR_MERGE" && e.revertsId !== null)!;
    expect(await revertAuditEvent(t.db, EDITOR, merge.id)).toEqual({ code: "ALREADY_REVERTED" });
    const split = await snapshot();
    const pvId = (await actor("P. Vance")).id;
    expect(await revertAuditEvent(t.db, EDITOR, revert.id)).toHaveProperty("auditEventId");
    expect(await t.db.actor.findUnique({ where: { id: pvId } })).toBeNull();
    const [redo] = await findAuditEvents(t.db, { limit: 1 });
    expect(redo).toMatchObject({ kind: "ACTOR_MERGE", revertsId: revert.id });
    expect(await revertAuditEvent(t.db, EDITOR, redo!.id)).toHaveProperty("auditEventId");
    expect(await snapshot()).toEqual(split);

    const [petra, pv, ruben] = [await actor("Petra Vance"), await actor("P. Vance"), await actor("Ruben Ashe")];
    await mergeActors(t.db, pv.id, petra.id, EDITOR);
    const [again] = await findAuditEvents(t.db, { limit: 1 });
    await mergeActors(t.db, petra.id, ruben.id, EDITOR);
    // the old address now leads past the first target: its own merge must be reverted first
    expect(await revertAuditEvent(t.db, EDITOR, again!.id)).toEqual({ code: "CHANGED_SINCE" });
    const [onward] = await findAuditEvents(t.db, { limit: 1 });
    expect(await revertAuditEvent(t.db, EDITOR, onward!.id)).toHaveProperty("auditEventId");
    expect(await revertAuditEvent(t.db, EDITOR, again!.id)).toHaveProperty("auditEventId");
    expect((await actor("P. Vance")).id).toBe(pv.id);
    expect((await actor("Petra Vance")).id).toBe(petra.id);
  });

  it("refuses a merge recorded without what it moved", async () => {
    const [petra, pv] = [await actor("Petra Vance"), await actor("P. Vance")];
    await mergeActors(t.db, pv.id, petra.id, EDITOR);
    const [merge] = await findAuditEvents(t.db, { limit: 1 });
    await t.db.auditEvent.update({
      where: { id: merge!.id },
      data: { after: JSON.stringify({ mergedInto: petra.id, movedQuotes: 2 }) },
    });
    expect(await revertAuditEvent(t.db, EDITOR, merge!.id)).toEqual({ code: "NOT_REVERSIBLE", kind: "ACTOR_MERGE" });
  });
});

describe("reverting an actor merge after the articles were ingested again", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  // first ingested after the merge: its "P. Vance" resolves to the target until the revert
  const C = saidArticle("Depot neighbours meet the planners", "Valley Courier", "2023-02-20", [
    { speaker: "P. Vance", text: "Every letter will get an answer before the summer" },
  ]);
  const ingest = async (version: string, extra: (typeof A)[] = []) => {
    for (const x of [A, B, ...extra])
      await saveArticle(t.db, { extraction: fromContract(x), extractorVersion: version });
  };
  const actor = (name: string) => t.db.actor.findFirstOrThrow({ where: { name } });
  /** Who each quote, mention, event role and report belongs to, by name: the rows have new ids after a re-ingest. */
  const owners = async () => ({
    quotes: (
      await t.db.quote.findMany({
        orderBy: [{ articleId: "asc" }, { start: "asc" }],
        select: {
          text: true,
          speakerCorrected: true,
          speaker: { select: { name: true } },
          statement: { select: { speaker: { select: { name: true } } } },
        },
      })
    ).map((q) => [q.text, q.speaker?.name, q.speakerCorrected, q.statement?.speaker.name]),
    mentions: (
      await t.db.mention.findMany({
        orderBy: [{ articleId: "asc" }, { start: "asc" }],
        select: { text: true, actor: { select: { name: true } } },
      })
    ).map((m) => [m.text, m.actor.name]),
    events: (
      await t.db.event.findMany({
        select: {
          reportedBy: { select: { name: true } },
          participants: { orderBy: { role: "asc" }, select: { role: true, actor: { select: { name: true } } } },
        },
      })
    ).map((e) => [e.reportedBy?.name, e.participants.map((p) => `${p.role}:${p.actor.name}`)]),
  });

  it("gives the merged-away actor the rows a re-ingest rebuilt, and a later article's, by its names", async () => {
    await ingest("1");
    const [petra, pv] = [await actor("Petra Vance"), await actor("P. Vance")];
    const ruben = await t.db.quote.findFirstOrThrow({ where: { text: "Four more weeks is a start" } });
    await correctQuote(t.db, EDITOR, ruben.id, { kind: "QUOTE_SPEAKER", actorId: pv.id });
    const before = await owners();
    await mergeActors(t.db, pv.id, petra.id, EDITOR);
    const [merge] = await findAuditEvents(t.db, { limit: 1 });
    // every row of A and B is rebuilt under a new id, C is new: the merge's record names none of them
    await ingest("2", [C]);
    const merged = await owners();
    expect(merged.mentions.filter(([, name]) => name === "P. Vance")).toEqual([]);
    expect(merged.events).toEqual([["Petra Vance", ["AGENT:Petra Vance", "TARGET:Ruben Ashe"]]]);

    expect(await revertAuditEvent(t.db, EDITOR, merge!.id)).toHaveProperty("auditEventId");
    const after = await owners();
    const later = ["Every letter will get an answer before the summer", "P. Vance", false, "P. Vance"];
    expect(after.quotes).toEqual([...before.quotes, later]);
    expect(after.mentions).toEqual([...before.mentions, ["P. Vance", "P. Vance"]]);
    expect(after.events).toEqual(before.events);
    expect((await actor("Petra Vance")).id).toBe(petra.id);
  });
});
