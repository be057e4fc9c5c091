import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectHealthyPage, linkPaths, statusOf, visit, withoutDocument404 } from "./explorer-helpers.ts";
import { launchBrowser, saveScreenshot } from "./support/browser.ts";

describe("explorer articles", () => {
  let browser: Browser;
  let articles: string[];
  // the bundled articles are long; other test files ingest short ones into the same server
  let bundled: Set<string>;
  // the longest article is always a bundled one: the one worth a screenshot
  let longest: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const v = await visit(browser, "/articles");
    articles = (await linkPaths(v.page, "main ul.plain")).filter((p) => p.startsWith("/articles/"));
    await v.page.close();
    const res = await fetch(`${inject("baseURL")}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles(first: 100) { nodes { slug wordCount } } }" }),
    });
    const nodes = ((await res.json()) as { data: { articles: { nodes: { slug: string; wordCount: number }[] } } }).data
      .articles.nodes;
    bundled = new Set(nodes.filter((n) => n.wordCount >= 150).map((n) => `/articles/${n.slug}`));
    longest = `/articles/${nodes.reduce((a, b) => (b.wordCount > a.wordCount ? b : a)).slug}`;
  });
  afterAll(async () => browser.close());

  it("lists the five bundled articles (and any other test file ingested)", async () => {
    const v = await visit(browser, "/articles");
    await expectHealthyPage(v, "Articles");
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(await v.page.getByRole("status").innerText()).toBe(`${articles.length} articles`);
  });

  it("filters articles by words and by the actor they mention", async () => {
    const v = await visit(browser, "/articles?q=Haqqani");
    await expectHealthyPage(v);
    expect(await v.page.locator("main ul.plain li").count()).toBeGreaterThan(0);
    const m = await visit(browser, "/articles?mentioning=Pakistan");
    await expectHealthyPage(m, "Pakistan");
  });

  it("renders every article with its text, highlighted quotes linked to speakers and linked mentions", async () => {
    let quotesSeen = 0;
    for (const path of articles) {
      const v = await visit(browser, path);
      await expectHealthyPage(v);
      const text = await v.page.locator(".article-body").innerText();
      expect(text.length).toBeGreaterThan(bundled.has(path) ? 200 : 0);
      const marks = await v.page.locator(".article-body mark.quote").count();
      const listed = await v.page.locator("ol.quotes-list > li").count();
      // a quote can be split into several marks by paragraphs, never fewer marks than quotes
      expect(marks).toBeGreaterThanOrEqual(listed);
      expect(await v.page.locator(".article-body .quote-speaker").count()).toBe(listed);
      quotesSeen += listed;
      for (const href of await linkPaths(v.page, ".article-body")) expect(href).toMatch(/^\/(actors|quotes)\//);
      await v.page.close();
    }
    expect(quotesSeen).toBeGreaterThan(0);
  });

  it("links mentions to actor pages that open, and screenshots the article", async () => {
    const v = await visit(browser, longest);
    await saveScreenshot(v.page, "article-page");
    await v.page.setViewportSize({ width: 375, height: 800 });
    await saveScreenshot(v.page, "article-page-phone");
    // nothing may be wider than a phone screen
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await v.page.setViewportSize({ width: 1280, height: 800 });
    const mention = (await linkPaths(v.page, ".article-body"))[0];
    expect(mention).toBeTruthy();
    await Promise.all([v.page.waitForURL(`**${mention}`), v.page.click(`.article-body a[href="${mention}"] >> nth=0`)]);
    expect(v.status).toBe(200);
    await expectHealthyPage({ ...v, status: 200 });
  });

  it("answers 404 for an unknown article", async () => {
    const v = await visit(browser, "/articles/no-such-article-xyz");
    expect(v.status).toBe(404);
    expect(withoutDocument404(v.errors)).toEqual([]);
    expect(await statusOf("/articles?after=garbage")).toBe(404);
  });
});
