import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectHealthyPage, graphql, visit } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

const SPEAKER = "Zara Quillfeather";
// twelve quotes by one invented speaker, more than one page of an actor's quotes
const TEXT = [
  "Peace envoy speaks at length",
  "",
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `“Peace talks need patience, round ${i + 1} proved that,” said ${SPEAKER}, a spokeswoman for the envoy, on Monday.\n`,
  ),
].join("\n");

/** Text of every link of the page's main list, to compare pages. */
async function listed(v: Awaited<ReturnType<typeof visit>>, selector: string): Promise<string[]> {
  return v.page.locator(selector).allInnerTexts();
}

describe("explorer pagination through links", () => {
  let browser: Browser;
  let speakerSlug: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const data = await graphql<{
      ingestArticle: { article: { quotes: { nodes: { speaker: { slug: string; quoteCount: number } | null }[] } } };
    }>(
      `
        mutation Ingest($input: IngestArticleInput!) {
          ingestArticle(input: $input) {
            article {
              quotes(first: 50) {
                nodes {
                  speaker {
                    slug
                    quoteCount
                  }
                }
              }
            }
          }
        }
      `,
      {
        input: { text: TEXT, title: "Peace envoy speaks at length", publishedAt: "2019-02-04", publisher: "Test Wire" },
      },
    );
    const speakers = data.ingestArticle.article.quotes.nodes.flatMap((q) => (q.speaker ? [q.speaker] : []));
    speakerSlug = speakers.sort((a, b) => b.quoteCount - a.quoteCount)[0]?.slug ?? "";
  });
  afterAll(async () => browser.close());

  it("pages through an actor's quotes with newer/older links", async () => {
    expect(speakerSlug).toBeTruthy();
    const first = await visit(browser, `/actors/${speakerSlug}`);
    await expectHealthyPage(first);
    const page1 = await listed(first, "#quotes ~ ul li.quote-item blockquote");
    expect(page1).toHaveLength(10);
    await Promise.all([
      first.page.waitForURL("**after=*"),
      first.page.click('nav[aria-label="Quote pages"] a[rel=next]'),
    ]);
    await expectHealthyPage({ ...first, status: 200 });
    const page2 = await listed(first, "#quotes ~ ul li.quote-item blockquote");
    expect(page2.length).toBeGreaterThan(0);
    expect(page2.filter((q) => page1.includes(q))).toEqual([]);
    await Promise.all([
      first.page.waitForURL("**before=*"),
      first.page.click('nav[aria-label="Quote pages"] a[rel=prev]'),
    ]);
    expect(await listed(first, "#quotes ~ ul li.quote-item blockquote")).toEqual(page1);
  });

  it("pages through a filtered list of quotes, keeping the filter", async () => {
    const v = await visit(browser, `/actors/${speakerSlug}?q=patience`);
    await expectHealthyPage(v);
    expect(await v.page.locator("#quotes ~ ul li.quote-item").count()).toBe(10);
    await Promise.all([
      v.page.waitForURL("**q=patience*after=*"),
      v.page.click('nav[aria-label="Quote pages"] a[rel=next]'),
    ]);
    await expectHealthyPage({ ...v, status: 200 });
    expect(await v.page.locator("#quote-q").inputValue()).toBe("patience");
    expect(await v.page.locator("#quotes ~ ul li.quote-item").count()).toBeGreaterThan(0);
  });

  it.each([
    ["/actors", "ul.actors li a", "Actor pages"],
    ["/events", "ol.timeline-list > li", "Event pages"],
  ])("pages through %s and back", async (path, items, label) => {
    const v = await visit(browser, path);
    const page1 = await listed(v, items);
    const next = v.page.locator(`nav[aria-label="${label}"] a[rel=next]`);
    expect(await next.count()).toBe(1);
    await Promise.all([v.page.waitForURL("**after=*"), next.click()]);
    await expectHealthyPage({ ...v, status: 200 });
    const page2 = await listed(v, items);
    expect(page2.length).toBeGreaterThan(0);
    expect(page2[0]).not.toBe(page1[0]);
    await Promise.all([v.page.waitForURL("**before=*"), v.page.click(`nav[aria-label="${label}"] a[rel=prev]`)]);
    expect(await listed(v, items)).toEqual(page1);
  });
});
