import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHashOf, isTransientDbError, saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { normalizeKey, slugify } from "@/lib/text/normalize-key.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

function article(body: string, over: Partial<ContractOutput["article"]> = {}): ContractOutput {
  const speakerAt = body.indexOf("Jane Roe");
  const qText = "We will build the bridge";
  const qAt = body.indexOf(qText);
  return {
    article: {
      title: "Bridge plan unveiled in the capital today",
      publisher: "The Daily Test",
      author: null,
      publishedAt: "2020-05-04",
      url: null,
      dateline: null,
      body,
      warnings: [],
      ...over,
    },
    actors: [
      { name: "Jane Roe", type: "PERSON", aliases: ["Roe", "Ms. Roe"], title: "Mayor" },
      { name: "Ministry of Works", type: "ORGANIZATION", aliases: [], title: null },
    ],
    mentions: [{ actor: "Jane Roe", form: "NAME", start: speakerAt, end: speakerAt + 8, text: "Jane Roe" }],
    quotes: [
      {
        text: qText,
        speaker: "Jane Roe",
        kind: "DIRECT",
        cue: "said",
        start: qAt,
        end: qAt + qText.length,
        speakerMention: { text: "Jane Roe", start: speakerAt, end: speakerAt + 8 },
        context: { text: body, start: 0, end: body.length },
      },
    ],
    events: [
      {
        type: "ANNOUNCE",
        summary: "Roe announces bridge",
        date: "2020-05",
        participants: ["Jane Roe"],
        roles: [{ name: "Jane Roe", role: "AGENT" }],
        location: null,
        evidence: body,
        evidenceSpans: [{ start: 0, end: body.length, text: body }],
      },
    ],
  };
}

const BODY = "“We will build the bridge,” Jane Roe said on Monday. The Ministry of Works agreed.";

describe("saveArticle", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("stores a new article with its actors, quotes and events", async () => {
    const r = await saveArticle(t.db, { extraction: fromContract(article(BODY)), extractorVersion: "1" });
    expect(r.status).toBe("new");
    expect(r.counts).toEqual({ quotes: 1, actors: 2, events: 1 });
    const q = await t.db.quote.findFirstOrThrow({ include: { speaker: { include: { aliases: true } } } });
    expect(q.text).toBe("We will build the bridge");
    expect(BODY.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker?.name).toBe("Jane Roe");
    expect(q.speaker?.aliases.map((a) => a.alias).sort()).toEqual(["Jane Roe", "Ms. Roe", "Roe"]);
  });

  it("reports the same article again as unchanged and writes nothing", async () => {
    const before = await t.db.quote.count();
    const r = await saveArticle(t.db, { extraction: fromContract(article(BODY)), extractorVersion: "1" });
    expect(r.status).toBe("unchanged");
    expect(await t.db.article.count()).toBe(1);
    expect(await t.db.quote.count()).toBe(before);
  });

  it("updates the article in place when one word of the body changes", async () => {
    const changed = BODY.replace("agreed", "concurred");
    const r = await saveArticle(t.db, { extraction: fromContract(article(changed)), extractorVersion: "1" });
    expect(r.status).toBe("updated");
    expect(await t.db.article.count()).toBe(1);
    expect((await t.db.article.findFirstOrThrow()).body).toBe(changed);
    expect(await t.db.quote.count()).toBe(1);
  });

  it("keeps an editor's speaker correction when the article is extracted again", async () => {
    const other = await t.db.actor.create({
      data: { name: "John Doe", nameNorm: "john doe", slug: "john-doe", type: "PERSON" },
    });
    const art = await t.db.article.findFirstOrThrow();
    const q = await t.db.quote.findFirstOrThrow();
    await t.db.correction.create({
      data: { articleId: art.id, kind: "QUOTE_SPEAKER", quoteText: q.text, quoteStart: q.start, actorId: other.id },
    });
    const r = await saveArticle(t.db, {
      extraction: fromContract(article(BODY.replace("agreed", "nodded"))),
      extractorVersion: "2",
    });
    expect(r.status).toBe("updated");
    const after = await t.db.quote.findFirstOrThrow();
    expect(after.speakerId).toBe(other.id);
    expect(after.speakerCorrected).toBe(true);
  });

  it("resolves the same person in a second article to one actor", async () => {
    const body2 = "Jane Roe said the bridge opens in June. “We will build the bridge” again, she said.";
    const x = article(body2, { title: "Second report on the bridge opening", url: "https://example.test/b" });
    const r = await saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });
    expect(r.status).toBe("new");
    expect(await t.db.actor.count({ where: { nameNorm: "jane roe" } })).toBe(1);
    const roe = await t.db.actor.findFirstOrThrow({ where: { nameNorm: "jane roe" } });
    const q = await t.db.quote.findFirstOrThrow({ where: { articleId: r.articleId } });
    expect(q.speakerId).toBe(roe.id);
  });

  it("never merges two people who only share a surname", async () => {
    const body3 = "Peter Roe said no. “We will build the bridge” was not his line.";
    const x = article(body3, { title: "A third and different bridge story", url: "https://example.test/c" });
    x.actors = [{ name: "Peter Roe", type: "PERSON", aliases: ["Roe"], title: null }];
    x.quotes = [];
    x.mentions = [];
    x.events = [];
    await saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });
    expect(await t.db.actor.count({ where: { nameNorm: { in: ["jane roe", "peter roe"] } } })).toBe(2);
  });
});

describe("actors across articles", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  function story(title: string, actors: ContractOutput["actors"]): ContractOutput {
    const body = `${title}. ${actors.map((a) => a.name).join(" and ")} spoke.`;
    return {
      article: {
        title,
        publisher: "P",
        author: null,
        publishedAt: null,
        url: `https://x.test/${encodeURIComponent(title)}`,
        dateline: null,
        body,
        warnings: [],
      },
      actors,
      mentions: [],
      quotes: [],
      events: [],
    };
  }
  const person = (name: string, aliases: string[] = []) => ({ name, type: "PERSON" as const, aliases, title: null });

  it("joins a surname-only mention to the one stored person with that surname", async () => {
    await saveArticle(t.db, {
      extraction: fromContract(story("First story about the budget", [person("Donald Trump", ["Trump"])])),
      extractorVersion: "1",
    });
    await saveArticle(t.db, {
      extraction: fromContract(story("Second story about the budget", [person("Trump")])),
      extractorVersion: "1",
    });
    expect(await t.db.actor.count({ where: { type: "PERSON" } })).toBe(1);
  });

  it("keeps a surname-only mention apart when two stored people share the surname", async () => {
    await saveArticle(t.db, {
      extraction: fromContract(story("Third story about the family", [person("Melania Trump", ["Trump"])])),
      extractorVersion: "1",
    });
    await saveArticle(t.db, {
      extraction: fromContract(story("Fourth story about the family", [person("Trump")])),
      extractorVersion: "1",
    });
    expect(
      (await t.db.actor.findMany({ where: { type: "PERSON" }, orderBy: { id: "asc" } })).map((a) => a.name),
    ).toEqual(["Donald Trump", "Melania Trump", "Trump"]);
  });

  it("never merges anonymous sources of different articles, and keeps one across an update", async () => {
    const anon = { name: "senior US official", type: "ANONYMOUS" as const, aliases: ["the official"], title: null };
    await saveArticle(t.db, {
      extraction: fromContract(story("Fifth story with a source", [anon])),
      extractorVersion: "1",
    });
    await saveArticle(t.db, {
      extraction: fromContract(story("Sixth story with a source", [anon])),
      extractorVersion: "1",
    });
    expect(await t.db.actor.count({ where: { type: "ANONYMOUS" } })).toBe(2);
    const updated = story("Sixth story with a source", [anon]);
    updated.article.body += " More text.";
    expect((await saveArticle(t.db, { extraction: fromContract(updated), extractorVersion: "1" })).status).toBe(
      "updated",
    );
    expect(await t.db.actor.count({ where: { type: "ANONYMOUS" } })).toBe(2);
  });
});

describe("two writers at once", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("store one article and one set of actors when both save the same extraction", async () => {
    const x = article(BODY, { url: "https://example.test/race" });
    const results = await Promise.all(
      [1, 2, 3].map(() => saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["new", "unchanged", "unchanged"]);
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(results.map((r) => r.counts)).toEqual(results.map(() => ({ quotes: 1, actors: 2, events: 1 })));
    expect(await t.db.article.count()).toBe(1);
    expect(await t.db.actor.count()).toBe(2);
    expect(await t.db.quote.count()).toBe(1);
  });
});

describe("isTransientDbError", () => {
  it.each([
    [{ code: "SQLITE_BUSY", message: "database is locked" }, true],
    [{ code: "SQLITE_CONSTRAINT_UNIQUE", message: "UNIQUE constraint failed: Actor.type, Actor.nameNorm" }, true],
    [{ code: "23505", message: 'duplicate key value violates unique constraint "Article_contentHash_key"' }, true],
    [{ code: "40P01", message: "deadlock detected" }, true],
    [{ code: "SQLITE_CONSTRAINT_FOREIGNKEY", message: "FOREIGN KEY constraint failed" }, false],
    [new Error("expected 2 events back from insert, got 1"), false],
  ])("tells %o apart (%s)", (err, transient) => {
    expect(isTransientDbError(err)).toBe(transient);
  });
});

describe("article slugs", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("gives a new article a longer slug when another article with the same title holds the short one", async () => {
    const body = "“We will build the bridge,” Jane Roe said on Tuesday. The Ministry of Works agreed.";
    const title = "A headline two publishers share";
    const short = `${slugify(title, 70)}-${contentHashOf(body).slice(0, 6)}`;
    // an earlier article (another body, another publisher) whose slug is the one this body would get
    await t.db.article.create({
      data: {
        slug: short,
        sourceKey: "other-source",
        contentHash: "other-hash",
        title,
        titleNorm: normalizeKey(title),
        body: "Another body.",
        wordCount: 2,
        extractorVersion: "1",
      },
    });
    const r = await saveArticle(t.db, {
      extraction: fromContract(article(body, { title, publisher: "Second Outlet" })),
      extractorVersion: "1",
    });
    expect(r.status).toBe("new");
    expect(r.slug).toBe(`${slugify(title, 70)}-${contentHashOf(body).slice(0, 10)}`);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: r.articleId } })).slug).toBe(r.slug);
  });

  it("stores the display title (the lede when there is no headline) and the normalised body, and backfills them on re-ingest", async () => {
    const body = "Ferry riders in Kestrel Bay have waited since Monday. “We will build the bridge,” Jane Roe said.";
    const r = await saveArticle(t.db, {
      extraction: fromContract(article(body, { title: null, url: "https://example.test/ferry" })),
      extractorVersion: "1",
    });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: r.articleId } });
    expect(row.displayTitle).toBe("Ferry riders in Kestrel Bay have waited since Monday");
    expect(row.bodyNorm).toBe(normalizeKey(body));
    // a row stored before the columns existed
    await t.db.article.update({ where: { id: r.articleId }, data: { displayTitle: "", bodyNorm: "" } });
    const again = await saveArticle(t.db, {
      extraction: fromContract(article(body, { title: null, url: "https://example.test/ferry" })),
      extractorVersion: "1",
    });
    expect(again.status).toBe("unchanged");
    const filled = await t.db.article.findUniqueOrThrow({ where: { id: r.articleId } });
    expect([filled.displayTitle, filled.bodyNorm]).toEqual([row.displayTitle, row.bodyNorm]);
  });
});

describe("mentions are real spans", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("stores an actor listed without mentions at the place its name stands, and one named nowhere without any", async () => {
    const x = article(BODY);
    x.actors.push({ name: "Port Authority of Nowhere", type: "ORGANIZATION", aliases: [], title: null });
    await saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });
    const rows = await t.db.mention.findMany({ include: { actor: true } });
    for (const m of rows) expect(BODY.slice(m.start, m.end)).toBe(m.text);
    expect(rows.map((m) => m.actor.name).sort()).toEqual(["Jane Roe", "Ministry of Works"]);
    expect(rows.some((m) => m.end <= m.start)).toBe(false);
  });

  it("refuses an empty mention span in the database itself", async () => {
    const [a, art] = await Promise.all([t.db.actor.findFirstOrThrow(), t.db.article.findFirstOrThrow()]);
    await expect(
      t.db.mention.create({ data: { articleId: art.id, actorId: a.id, start: 0, end: 0, text: "", form: "NAME" } }),
    ).rejects.toThrow();
  });
});

describe("saveArticle confidence", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("stores a quote's attribution confidence when the extraction gives one, and null when it does not", async () => {
    const body = `${BODY} Confidence test.`;
    const x = article(body, { title: "Bridge plan confidence check for the capital" });
    x.quotes[0]!.confidence = 0.812;
    const r = await saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });
    expect((await t.db.quote.findFirstOrThrow({ where: { articleId: r.articleId } })).confidence).toBe(0.812);
    const y = article(`${BODY} No confidence.`, { title: "Bridge plan without a confidence value" });
    const s = await saveArticle(t.db, { extraction: fromContract(y), extractorVersion: "1" });
    expect((await t.db.quote.findFirstOrThrow({ where: { articleId: s.articleId } })).confidence).toBeNull();
  });
});
