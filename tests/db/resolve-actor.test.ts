import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

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

describe("actor slugs", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  const slugOf = async (type: "ORGANIZATION" | "LOCATION" | "COUNTRY", name: string) =>
    (await t.db.actor.findFirstOrThrow({ where: { type, nameNorm: name.toLowerCase() } })).slug;

  it("takes the first free numbered slug when the name's slug is taken", async () => {
    await t.db.actor.create({
      data: { name: "Port Authority", nameNorm: "port authority", slug: "port-authority", type: "PERSON" },
    });
    await t.db.actor.create({ data: { name: "x", nameNorm: "x3", slug: "port-authority-3", type: "PERSON" } });
    await saveArticle(t.db, {
      extraction: fromContract(
        story("A story about the port authority", [
          { name: "Port Authority", type: "ORGANIZATION", aliases: [], title: null },
        ]),
      ),
      extractorVersion: "1",
    });
    await saveArticle(t.db, {
      extraction: fromContract(
        story("Another story about the port authority", [
          { name: "Port Authority", type: "LOCATION", aliases: [], title: null },
        ]),
      ),
      extractorVersion: "1",
    });
    expect(await slugOf("ORGANIZATION", "Port Authority")).toBe("port-authority-2");
    expect(await slugOf("LOCATION", "Port Authority")).toBe("port-authority-4");
  });

  it("finds a free slug past every numbered one the first lookup tries", async () => {
    await t.db.actor.create({ data: { name: "Delta", nameNorm: "delta", slug: "delta", type: "PERSON" } });
    for (let k = 2; k <= 12; k++)
      await t.db.actor.create({ data: { name: "Delta", nameNorm: `delta ${k}`, slug: `delta-${k}`, type: "PERSON" } });
    await saveArticle(t.db, {
      extraction: fromContract(
        story("The delta floods again this spring", [{ name: "Delta", type: "LOCATION", aliases: [], title: null }]),
      ),
      extractorVersion: "1",
    });
    expect(await slugOf("LOCATION", "Delta")).toBe("delta-13");
  });

  it("takes the number after a long run of numbered slugs without reading them back", async () => {
    await t.db.actor.create({ data: { name: "Foxtrot", nameNorm: "foxtrot", slug: "foxtrot", type: "PERSON" } });
    for (let k = 2; k <= 30; k++)
      await t.db.actor.create({
        data: { name: "Foxtrot", nameNorm: `foxtrot ${k}`, slug: `foxtrot-${k}`, type: "PERSON" },
      });
    await saveArticle(t.db, {
      extraction: fromContract(
        story("Foxtrot opens a new office", [{ name: "Foxtrot", type: "ORGANIZATION", aliases: [], title: null }]),
      ),
      extractorVersion: "1",
    });
    expect(await slugOf("ORGANIZATION", "Foxtrot")).toBe("foxtrot-31");
  });

  it("gives a free slug when numbered slugs of a crowded base have gaps and outliers", async () => {
    await t.db.actor.create({ data: { name: "Golf", nameNorm: "golf", slug: "golf", type: "PERSON" } });
    const taken = [
      "golf",
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31].map(
        (k) => `golf-${k}`,
      ),
      "golf-club",
    ];
    for (const slug of taken.slice(1))
      await t.db.actor.create({ data: { name: "Golf", nameNorm: slug, slug, type: "PERSON" } });
    await saveArticle(t.db, {
      extraction: fromContract(
        story("Golf returns to the valley", [{ name: "Golf", type: "LOCATION", aliases: [], title: null }]),
      ),
      extractorVersion: "1",
    });
    const slug = await slugOf("LOCATION", "Golf");
    expect(slug).toMatch(/^golf-\d+$/);
    expect(taken).not.toContain(slug);
  });

  it("gives two new actors of one article with the same slug base two slugs", async () => {
    await saveArticle(t.db, {
      extraction: fromContract(
        story("Georgia and Georgia meet", [
          { name: "Georgia", type: "COUNTRY", aliases: [], title: null },
          { name: "Georgia", type: "LOCATION", aliases: [], title: null },
        ]),
      ),
      extractorVersion: "1",
    });
    expect([await slugOf("COUNTRY", "Georgia"), await slugOf("LOCATION", "Georgia")].sort()).toEqual([
      "georgia",
      "georgia-2",
    ]);
  });
});

describe("an article naming thousands of actors", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it(
    "stores them all and finds the same ones again (lookups go in chunks below the bind limits)",
    { timeout: 120_000 },
    async () => {
      const actors = Array.from({ length: 2500 }, (_, i) => ({
        name: `Agency ${i + 1}`,
        type: "ORGANIZATION" as const,
        aliases: [`Agency Number ${i + 1}`],
        title: null,
      }));
      const first = await saveArticle(t.db, {
        extraction: fromContract(story("A very long list of agencies", actors)),
        extractorVersion: "1",
      });
      expect(first.counts.actors).toBe(2500);
      const second = await saveArticle(t.db, {
        extraction: fromContract(story("The same long list of agencies again", actors)),
        extractorVersion: "1",
      });
      expect(second.counts.actors).toBe(2500);
      expect(await t.db.actor.count()).toBe(2500);
      expect(await t.db.actorAlias.count()).toBe(5000);
    },
  );
});

describe("an acronym and its expansion across articles", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  const org = (name: string, aliases: string[] = []) => ({ name, type: "ORGANIZATION" as const, aliases, title: null });
  const save = (title: string, actors: ContractOutput["actors"]) =>
    saveArticle(t.db, { extraction: fromContract(story(title, actors)), extractorVersion: "1" });
  const actorsNamed = (name: string) =>
    t.db.actor.findMany({ where: { aliases: { some: { norm: name.toLowerCase() } } }, select: { name: true } });

  it("joins when an article gave the acronym as the expansion's alias, in either order", async () => {
    await save("The levee report is out", [org("NRA")]);
    await save("The Northern Rivers Authority speaks", [org("Northern Rivers Authority", ["NRA"])]);
    await save("The NRA speaks again", [org("NRA")]);
    expect(await actorsNamed("nra")).toEqual([{ name: "NRA" }]);
    expect(await actorsNamed("northern rivers authority")).toEqual([{ name: "NRA" }]);
  });

  it("keeps them apart when nothing ties the acronym to the name", async () => {
    await save("The Western Grain Board meets", [org("Western Grain Board")]);
    await save("The WGB meets again", [org("WGB")]);
    expect((await actorsNamed("wgb")).map((a) => a.name)).toEqual(["WGB"]);
    expect((await actorsNamed("western grain board")).map((a) => a.name)).toEqual(["Western Grain Board"]);
  });
});
