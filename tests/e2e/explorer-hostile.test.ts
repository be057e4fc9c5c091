import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { graphql, statusOf } from "./explorer-helpers.ts";
import { launchBrowser, openPage } from "./support/browser.ts";

const SCRIPT = "<script>alert(1)</script>";
const TEXT = [
  `${SCRIPT} Hostile headline`,
  "",
  `KABUL — “${SCRIPT} We will never talk to them,” said Mohammad Hanif Atmar, the national security adviser, on Monday.`,
  "",
  `Read more at javascript:alert(2) or <a href="javascript:alert(3)">here</a>.`,
  "",
  `“</script><img src=x onerror=alert(4)> is not a plan,” Ashraf Ghani said on Tuesday.`,
].join("\n");

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { slug body title url quotes(first: 10) { nodes { id speaker { slug } } } } }
}`;

interface Ingested {
  slug: string;
  body: string;
  title: string | null;
  url: string | null;
  quotes: { nodes: { id: string; speaker: { slug: string } | null }[] };
}

/** Opens `path`, recording any dialog (an executed alert) and every element that could run script. */
async function inspect(
  browser: Browser,
  path: string,
): Promise<{ page: Page; dialogs: string[]; status: number | undefined; dangerous: string[] }> {
  const { page } = await openPage(browser);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const res = await page.goto(inject("baseURL") + path);
  const dangerous = await page.evaluate(() => [
    ...[...document.querySelectorAll("a[href], area[href], form[action], iframe[src]")]
      .map((e) => e.getAttribute("href") ?? e.getAttribute("action") ?? e.getAttribute("src") ?? "")
      .filter((u) => /^\s*javascript:/i.test(u)),
    ...[...document.querySelectorAll("*")].flatMap((e) =>
      [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`),
    ),
    ...[...document.querySelectorAll("script:not([src])")]
      .map((s) => s.textContent ?? "")
      .filter((t) => t.includes("alert(") && !/^\s*[{[]/.test(t) && !t.includes("self.__next")),
    ...[...document.querySelectorAll("img")].map((i) => i.getAttribute("src") ?? "").filter((s) => s === "x"),
  ]);
  return { page, dialogs, status: res?.status(), dangerous };
}

describe("explorer with hostile content", () => {
  let browser: Browser;
  let article: Ingested;
  beforeAll(async () => {
    browser = await launchBrowser();
    const input = {
      text: TEXT,
      title: `${SCRIPT} Hostile`,
      url: "javascript:alert(5)",
      publishedAt: "2018-03-19",
      publisher: `<b>Evil</b> Times`,
    };
    // the API may refuse a javascript: URL as bad input; the page must stay safe either way
    article = await graphql<{ ingestArticle: { article: Ingested } }>(INGEST, { input })
      .catch(() => graphql<{ ingestArticle: { article: Ingested } }>(INGEST, { input: { ...input, url: undefined } }))
      .then((d) => d.ingestArticle.article);
  });
  afterAll(async () => browser.close());

  it("shows the article's markup as text and runs none of it", async () => {
    const r = await inspect(browser, `/articles/${article.slug}`);
    expect(r.status).toBe(200);
    expect(r.dialogs).toEqual([]);
    expect(r.dangerous).toEqual([]);
    if (article.title?.includes("<script>")) expect(await r.page.locator("h1").innerText()).toContain(SCRIPT);
    // whatever the cleaner kept of the markup is on the page as visible text
    // the speaker chips after each quote are ours, not the article's
    const body = await r.page.locator(".article-body").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".quote-speaker").forEach((c) => c.remove());
      return copy.textContent ?? "";
    });
    for (const line of article.body.split("\n").filter((l) => l.includes("<"))) expect(body).toContain(line.trim());
    if (article.url) expect(await r.page.locator(".facts .url").innerText()).toBe(article.url);
  });

  it("keeps quote pages, actor pages and their JSON-LD inert", async () => {
    const paths = [
      ...article.quotes.nodes.map((q) => `/quotes/${encodeURIComponent(q.id)}`),
      ...article.quotes.nodes.flatMap((q) => (q.speaker ? [`/actors/${q.speaker.slug}`] : [])),
    ];
    for (const path of paths) {
      const r = await inspect(browser, path);
      expect(r.status, path).toBe(200);
      expect(r.dialogs, path).toEqual([]);
      expect(r.dangerous, path).toEqual([]);
      for (const ld of await r.page.locator('script[type="application/ld+json"]').allTextContents())
        expect(() => JSON.parse(ld)).not.toThrow();
      const embed = r.page.locator("#embed-code");
      if (await embed.count()) expect(await embed.inputValue()).not.toMatch(/<script>alert|<img src=x/);
      await r.page.close();
    }
  });

  it("escapes a hostile search query and hostile filter values", async () => {
    // a type that is no event type is refused (400, the value named and escaped); free text is searched
    for (const [path, status] of [
      [`/search?q=${encodeURIComponent(SCRIPT)}`, 200],
      [`/actors?q=${encodeURIComponent(SCRIPT)}`, 200],
      [`/events?actor=${encodeURIComponent(SCRIPT)}`, 200],
      [`/events?actor=${encodeURIComponent(SCRIPT)}&type=${encodeURIComponent('"><script>alert(1)</script>')}`, 400],
    ] as const) {
      const r = await inspect(browser, path);
      expect(r.status, path).toBe(status);
      expect(r.dialogs, path).toEqual([]);
      expect(r.dangerous, path).toEqual([]);
      await r.page.close();
    }
    expect(await statusOf(`/actors/${encodeURIComponent(SCRIPT)}`)).toBe(404);
  });
});
