import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectHealthyPage, linkPaths, statusOf, visit, withoutDocument404 } from "./explorer-helpers.ts";
import { launchBrowser, saveScreenshot } from "./support/browser.ts";

describe("explorer actors", () => {
  let browser: Browser;
  let topActor: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    // the most-quoted actor, whoever extraction currently finds
    const v = await visit(browser, "/actors");
    topActor = (await linkPaths(v.page, "ul.actors"))[0]!;
    await v.page.close();
  });
  afterAll(async () => browser.close());

  it("lists actors most quoted first, with type chips and a filter form", async () => {
    const v = await visit(browser, "/actors");
    await expectHealthyPage(v, "Actors");
    expect(topActor).toMatch(/^\/actors\/[^/]+$/);
    const counts = (await v.page.locator("ul.actors li").allInnerTexts()).map((t) =>
      Number(/(\d+) quotes?/.exec(t)?.[1] ?? 0),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("filters by type through a link and keeps the state in the URL", async () => {
    const v = await visit(browser, "/actors");
    await Promise.all([v.page.waitForURL("**/actors?type=COUNTRY"), v.page.click('nav.chips a:text-is("Country")')]);
    await expectHealthyPage({ ...v, status: 200 }, "Country");
    const types = await v.page.locator("ul.actors li .muted").allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) expect(t).toContain("Country");
  });

  it("searches and sorts by name through the GET form", async () => {
    const v = await visit(browser, "/actors?q=pakistan&sort=name");
    await expectHealthyPage(v);
    const names = await v.page.locator("ul.actors li a").allInnerTexts();
    expect(names.some((n) => /pakistan/i.test(n))).toBe(true);
    expect(await v.page.locator("#actors-sort").inputValue()).toBe("name");
  });

  it("shows the most-quoted actor: facts, quotes with context, charts, network, articles", async () => {
    const v = await visit(browser, topActor);
    await expectHealthyPage(v);
    expect(await v.page.locator("dl.facts dt").allInnerTexts()).toEqual(
      expect.arrayContaining(["Quotes", "Events", "Articles", "First seen", "Last seen"]),
    );
    expect(await v.page.locator("#quotes ~ ul li.quote-item").count()).toBeGreaterThan(0);
    expect(await v.page.locator("#over-time ~ figure svg[role=img] rect").count()).toBeGreaterThan(0);
    expect(await v.page.locator("#articles ~ ul li a").count()).toBeGreaterThan(0);
    if (await v.page.locator("#related ~ svg.network").count())
      expect(await v.page.locator("svg.network a").count()).toBeGreaterThan(0);
    await saveScreenshot(v.page, "actor-page");
    await v.page.setViewportSize({ width: 375, height: 800 });
    await saveScreenshot(v.page, "actor-page-phone");
    // nothing may be wider than a phone screen
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it("publishes JSON-LD with the actor and Quotation items, and advertises JSON Feed, RSS and oEmbed", async () => {
    const v = await visit(browser, topActor);
    const ld = JSON.parse(await v.page.locator('script[type="application/ld+json"]').innerText()) as Record<
      string,
      unknown
    > & { subjectOf: { "@type": string }[] };
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld.name).toBe(await v.page.locator("h1").innerText());
    expect(ld.subjectOf.every((q) => q["@type"] === "Quotation")).toBe(true);
    const oembed = await v.page.locator('link[type="application/json+oembed"]').getAttribute("href");
    expect(oembed).toContain(`/api/oembed?url=${encodeURIComponent(inject("baseURL") + topActor)}`);
    const feedHref = await v.page.locator('link[type="application/feed+json"]').getAttribute("href");
    const feed = (await (await fetch(feedHref!)).json()) as {
      version: string;
      items: { id: string; url: string; content_text: string }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.length).toBeGreaterThan(0);
    expect(await statusOf(new URL(feed.items[0]!.url).pathname)).toBe(200);
    const rssHref = await v.page.locator('link[type="application/rss+xml"]').getAttribute("href");
    const rss = await fetch(rssHref!);
    expect(rss.headers.get("content-type")).toContain("application/rss+xml");
    expect(await rss.text()).toMatch(/^<\?xml[\s\S]*<rss version="2.0"[\s\S]*<item>/);
  });

  it("filters the actor's quotes by text with ?q= and paginates with links", async () => {
    const v = await visit(browser, topActor);
    const firstQuote = await v.page.locator("#quotes ~ ul li.quote-item blockquote").first().innerText();
    const word = firstQuote.split(/[^\p{L}]+/u).filter((w) => w.length > 5)[0] ?? firstQuote.split(/\s+/)[0]!;
    await v.page.fill("#quote-q", word);
    await Promise.all([v.page.waitForURL(`**?q=${encodeURIComponent(word)}*`), v.page.click("#quotes ~ form button")]);
    await expectHealthyPage({ ...v, status: 200 });
    const quotes = await v.page.locator("#quotes ~ ul li.quote-item blockquote").allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    const contexts = await v.page.locator("#quotes ~ ul li.quote-item").allInnerTexts();
    // the filter looks at the quote and the sentence around it
    for (const item of contexts) expect(item.toLowerCase()).toContain(word.toLowerCase());
    const all = await visit(browser, topActor);
    const next = all.page.locator('nav[aria-label="Quote pages"] a[rel=next]');
    if (await next.count()) {
      await Promise.all([all.page.waitForURL("**after=*"), next.click()]);
      await expectHealthyPage({ ...all, status: 200 });
      expect(await all.page.locator('nav[aria-label="Quote pages"] a[rel=prev]').count()).toBe(1);
    }
  });

  it("answers what Atmar said about the Haqqanis in two clicks: search from home, then the suggested filter", async () => {
    const v = await visit(browser, "/");
    await v.page.fill("#site-search", "Atmar Haqqani");
    await Promise.all([v.page.waitForURL("**/search?q=Atmar+Haqqani"), v.page.click("form.search button")]);
    const suggestion = v.page.locator("#suggestions ~ ul a", { hasText: "Atmar" }).first();
    if (!(await suggestion.count())) return; // extraction may not know Atmar as an actor today
    await Promise.all([v.page.waitForURL("**/actors/*?q=Haqqani*"), suggestion.click()]);
    await expectHealthyPage({ ...v, status: 200 });
    expect(await v.page.locator("h1").innerText()).toContain("Atmar");
    expect(await v.page.locator("#quote-q").inputValue()).toBe("Haqqani");
    const items = await v.page.locator("#quotes ~ ul li.quote-item").allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/haqqani/i);
  });

  it("answers 404 for an unknown actor, its feed and a malformed cursor", async () => {
    const v = await visit(browser, "/actors/no-such-actor-xyz");
    expect(v.status).toBe(404);
    expect(await v.page.locator("h1").innerText()).toBe("Not found");
    expect(withoutDocument404(v.errors)).toEqual([]);
    expect(await statusOf("/actors/no-such-actor-xyz/feed.json")).toBe(404);
    expect(await statusOf("/actors/no-such-actor-xyz/feed.xml")).toBe(404);
    expect(await statusOf(`${topActor}?after=garbage`)).toBe(404);
  });
});
