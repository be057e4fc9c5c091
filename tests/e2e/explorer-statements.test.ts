import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectHealthyPage, graphql, statusOf, visit, withoutDocument404 } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  article { quotes(first: 5) { nodes { speaker { slug } statement { id reportCount } } } }
} }`;

type Ingested = {
  ingestArticle: {
    article: {
      quotes: { nodes: { speaker: { slug: string } | null; statement: { id: string; reportCount: number } | null }[] };
    };
  };
};

// two invented reports of one sentence, the later one with a word changed
const REPORTS = [
  {
    title: "Harbour bridge to open before winter, mayor says",
    publisher: "Tarnmouth Courier",
    publishedAt: "2024-10-01",
    text: "“The harbour bridge will open to traffic before the winter storms arrive,” Mayor Iva Tarnovel said on Tuesday.\n\nWork on the bridge began two years ago.",
  },
  {
    title: "Mayor Tarnovel promises bridge opening",
    publisher: "Coastline Weekly",
    publishedAt: "2024-10-03",
    text: "“The harbour bridge will open to lorries before the winter storms arrive,” Mayor Iva Tarnovel said on Thursday.\n\nThe council has not yet set a date.",
  },
];

describe("explorer statement pages", () => {
  let browser: Browser;
  let statementPath: string;
  let actorSlug: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    let last: Ingested | null = null;
    for (const input of REPORTS) last = await graphql<Ingested>(INGEST, { input });
    const quote = last!.ingestArticle.article.quotes.nodes.find((n) => n.statement)!;
    statementPath = `/statements/${encodeURIComponent(quote.statement!.id)}`;
    actorSlug = quote.speaker!.slug;
    expect(quote.statement!.reportCount).toBe(2);
  });
  afterAll(async () => browser.close());

  it("lists the reports earliest first, marks the earliest and shows the changed word as a diff", async () => {
    const v = await visit(browser, statementPath);
    await expectHealthyPage(v);
    const reports = v.page.locator("ol.reports > li");
    expect(await reports.count()).toBe(2);
    expect(await reports.nth(0).innerText()).toContain("Earliest report");
    expect(await reports.nth(0).innerText()).toContain("Tarnmouth Courier");
    expect(await reports.nth(1).innerText()).not.toContain("Earliest report");
    expect(await reports.nth(1).locator("del").innerText()).toContain("traffic");
    expect(await reports.nth(1).locator("ins").innerText()).toContain("lorries");
    // the labels are there for screen readers and hidden from sight
    expect(await reports.nth(1).locator("ins .visually-hidden").first().textContent()).toContain("added");
  });

  it("lists the statement once on the speaker's profile, with its outlets", async () => {
    const v = await visit(browser, `/actors/${actorSlug}`);
    await expectHealthyPage(v);
    const item = v.page.locator("#statements ~ ul li", { hasText: "harbour bridge" });
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain("reported 2 times by 2 outlets");
    expect(await item.locator("a").getAttribute("href")).toBe(statementPath);
  });

  it("answers 404 for unknown statement ids and ids of other types", async () => {
    const v = await visit(
      browser,
      `/statements/${encodeURIComponent(Buffer.from("Statement:999999").toString("base64"))}`,
    );
    expect(v.status).toBe(404);
    expect(withoutDocument404(v.errors)).toEqual([]);
    expect(await statusOf(`/statements/${encodeURIComponent(Buffer.from("Quote:1").toString("base64"))}`)).toBe(404);
    expect(await statusOf("/statements/not-an-id")).toBe(404);
  });
});
