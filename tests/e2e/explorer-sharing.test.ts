/**
 * Issue 19 in Chromium: one display title for an article everywhere, search that finds what a
 * reader expects, sharing tags, sitemap and robots, 400s for bad filters, readable charts at 375 px.
 */
import { DOMParser } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkSitemapXsd } from "@/tests/support/sitemap-xsd.ts";
import { expectHealthyPage, visit } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

const base = () => inject("baseURL");
const getText = async (path: string) => {
  const r = await fetch(base() + path, { redirect: "manual" });
  return { status: r.status, text: await r.text(), type: r.headers.get("content-type") ?? "" };
};
async function api<T>(query: string): Promise<T> {
  const r = await fetch(base() + "/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return ((await r.json()) as { data: T }).data;
}

describe("explorer: what a reader sees is right, findable and readable", () => {
  let browser: Browser;
  let article: { slug: string; displayTitle: string; title: string | null };
  let quoteId: string;
  let atmarSlug: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const d = await api<any>(
      `{ articles(first: 10) { nodes { slug title displayTitle quotes(first: 1) { nodes { id } } } } actors(search: "Atmar", first: 1) { nodes { slug } } }`,
    );
    article = d.articles.nodes.find((a: any) => !a.title && a.quotes.nodes.length);
    quoteId = article && (d.articles.nodes.find((a: any) => a.slug === article.slug).quotes.nodes[0].id as string);
    atmarSlug = d.actors.nodes[0].slug;
  });
  afterAll(async () => browser.close());

  it("names an article without a headline by the same display title on every page", async () => {
    expect(article.displayTitle).toMatch(/^[A-Z]/);
    const titles = new Set<string>();
    const linkTexts = async (path: string) => {
      const v = await visit(browser, path);
      const texts = await v.page.locator(`a[href="/articles/${article.slug}"]`).allInnerTexts();
      await v.page.close();
      return texts;
    };
    for (const path of [
      "/",
      "/articles",
      `/quotes/${encodeURIComponent(quoteId)}`,
      `/search?q=${encodeURIComponent("peace talks")}`,
    ]) {
      for (const t of await linkTexts(path)) titles.add(t.trim());
    }
    const v = await visit(browser, `/articles/${article.slug}`);
    titles.add((await v.page.locator("h1").innerText()).trim());
    expect(await v.page.title()).toContain(article.displayTitle);
    await v.page.close();
    expect([...titles]).toEqual([article.displayTitle]);
  });

  it("finds articles for 'peace talks', Atmar's quotes for 'Atmar', and suggests Khalilzad for 'Khalilzd'", async () => {
    const peace = await visit(browser, `/search?q=${encodeURIComponent("peace talks")}`);
    expect(await peace.page.locator("#hits-articles ~ ul > li").count()).toBeGreaterThanOrEqual(3);
    expect(await peace.page.locator("mark.hit").count()).toBeGreaterThan(0);
    expect(await peace.page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
    await peace.page.close();
    const atmar = await visit(browser, "/search?q=Atmar");
    expect(await atmar.page.locator("#hits-actors ~ ul a").allInnerTexts()).toEqual([expect.stringContaining("Atmar")]);
    expect(await atmar.page.locator("#hits-quotes ~ ul > li").count()).toBeGreaterThan(0);
    expect(await atmar.page.locator("#hits-articles ~ ul > li").count()).toBeGreaterThan(0);
    await atmar.page.close();
    const typo = await visit(browser, "/search?q=Khalilzd");
    expect(await typo.page.locator(".did-you-mean a").innerText()).toBe("Khalilzad");
    await typo.page.close();
  });

  it("passes axe and the page invariants on home, actor, article and quote pages", async () => {
    for (const path of [
      "/",
      `/actors/${atmarSlug}`,
      `/articles/${article.slug}`,
      `/quotes/${encodeURIComponent(quoteId)}`,
    ]) {
      const v = await visit(browser, path);
      await expectHealthyPage(v);
      expect(await v.page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\//,
      );
      expect(await v.page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();
      await v.page.close();
    }
  });

  it("gives a quote permalink Open Graph and Twitter tags showing the quote, speaker and source", async () => {
    const { status, text } = await getText(`/quotes/${encodeURIComponent(quoteId)}`);
    expect(status).toBe(200);
    const doc = new DOMParser().parseFromString(text, "text/html");
    const meta = (sel: string) => doc.querySelector(sel)?.getAttribute("content") ?? null;
    const q = await api<any>(
      `{ node(id: ${JSON.stringify(quoteId)}) { ... on Quote { text speaker { name } article { displayTitle } } } }`,
    );
    expect(meta('meta[property="og:type"]')).toBe("article");
    expect(meta('meta[property="og:url"]')).toBe(`${base()}/quotes/${encodeURIComponent(quoteId)}`);
    expect(meta('meta[property="og:title"]')).toContain(q.node.text.split(" ").slice(0, 3).join(" "));
    if (q.node.speaker) expect(meta('meta[property="og:title"]')).toContain(q.node.speaker.name);
    expect(meta('meta[property="og:description"]')).toContain(q.node.article.displayTitle.slice(0, 40));
    expect(meta('meta[name="twitter:card"]')).toBe("summary");
    expect(meta('meta[name="twitter:title"]')).toBeTruthy();
    const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? "{}"),
    );
    expect(ld.find((x) => x["@type"] === "Quotation")).toMatchObject({
      "@id": expect.stringMatching(/^http/),
      isPartOf: { "@type": "NewsArticle", url: `${base()}/articles/${article.slug}` },
    });
  });

  it("serves a sitemap index and pages valid against the sitemap schemas, and robots.txt pointing at it", async () => {
    const index = await getText("/sitemap.xml");
    expect(index.status).toBe(200);
    expect(index.type).toContain("xml");
    expect(checkSitemapXsd(index.text, "sitemapindex")).toEqual([]);
    const pages = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    // statement pages are listed once some sentence is reported twice (another suite may ingest one)
    expect(pages.filter((p) => !p.startsWith("/sitemaps/statements-"))).toEqual([
      "/sitemaps/articles-0.xml",
      "/sitemaps/actors-0.xml",
      "/sitemaps/quotes-0.xml",
    ]);
    const locs: string[] = [];
    for (const p of pages) {
      const page = await getText(p);
      expect(checkSitemapXsd(page.text, "urlset")).toEqual([]);
      locs.push(...[...page.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    expect(locs).toContain(`${base()}/articles/${article.slug}`);
    // every article stored (other suites may have ingested more than the bundled five)
    const stats = (await (
      await fetch(`${base()}/api/graphql?query=${encodeURIComponent("{ stats { articles } }")}`)
    ).json()) as { data: { stats: { articles: number } } };
    expect(locs.filter((l) => l.includes("/articles/"))).toHaveLength(stats.data.stats.articles);
    expect((await getText("/sitemaps/people-0.xml")).status).toBe(404);
    const robots = await getText("/robots.txt");
    expect(robots.text).toContain(`Sitemap: ${base()}/sitemap.xml`);
  });

  it.each([
    ["/events?from=2018-13", "2018-13"],
    ["/events?from=March%202018", "March 2018"],
    ["/actors?type=ROBOT", "ROBOT"],
  ])("answers 400 naming the bad filter value of %s", async (path, value) => {
    const r = await getText(path);
    expect(r.status).toBe(400);
    expect(r.text).toContain(`&quot;${value}&quot;`);
  });

  it("draws every chart text at 12 px or more on a 375 px screen", async () => {
    const { page } = await visit(browser, `/actors/${atmarSlug}`);
    await page.setViewportSize({ width: 375, height: 800 });
    const check = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll("svg text")].map((t) => {
          const ctm = (t as SVGGraphicsElement).getScreenCTM();
          return {
            text: t.textContent,
            px: parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1),
          };
        }),
      );
    const onActor = await check();
    expect(onActor.length).toBeGreaterThan(0);
    expect(onActor.filter((t) => t.px < 12)).toEqual([]);
    await page.goto(base() + "/events");
    expect((await check()).filter((t) => t.px < 12)).toEqual([]);
    expect(await page.locator("#related ~ ol li").allInnerTexts()).toEqual([]); // not on the events page
    await page.goto(base() + `/actors/${atmarSlug}`);
    const related = (await page.locator("#related ~ ol li").allInnerTexts()).join("\n");
    for (const name of ["Taliban", "Haqqani Network", "Pakistan"]) expect(related).toContain(name);
    expect(related).toMatch(/\d+ shared articles?/);
    await page.close();
  });
});
