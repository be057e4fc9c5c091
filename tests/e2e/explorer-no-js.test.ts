import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";

/** The server's HTML of `path`, as curl would see it. */
async function html(path: string): Promise<string> {
  const res = await fetch(inject("baseURL") + path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe("explorer without JavaScript", () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => browser.close());

  it("serves every page's content in the HTML itself", async () => {
    expect(await html("/")).toMatch(/Latest quotes[\s\S]*Most-quoted actors/);
    const actors = await html("/actors");
    const actorPath = /href="(\/actors\/[^"?#]+)"/.exec(actors.slice(actors.indexOf("<main")))![1]!;
    expect(await html(actorPath)).toMatch(/What .+ said/);
    const articles = await html("/articles");
    const articlePath = /href="(\/articles\/[^"?#]+)"/.exec(articles.slice(articles.indexOf("<main")))![1]!;
    expect(await html(articlePath)).toContain('class="article-body"');
    expect(await html("/events")).toContain("<h1>Events</h1>");
    expect(await html("/search?q=Kabul")).toContain("Search results for");
  });

  it("searches, filters and pages with JavaScript disabled", async () => {
    const page = await context.newPage();
    await page.goto(inject("baseURL") + "/");
    await page.fill("#site-search", "Pakistan");
    await Promise.all([page.waitForURL("**/search?q=Pakistan"), page.click("form.search button")]);
    expect(await page.locator("h1").innerText()).toContain("Pakistan");
    await page.goto(inject("baseURL") + "/actors");
    await page.selectOption("#actors-type", "COUNTRY");
    await Promise.all([page.waitForURL("**type=COUNTRY*"), page.click("form.filters button")]);
    expect(await page.locator("ul.actors li").count()).toBeGreaterThan(0);
    await page.goto(inject("baseURL") + "/events");
    await Promise.all([page.waitForURL("**/events?*"), page.click("form.filters button")]);
    expect(await page.locator("h1").innerText()).toBe("Events");
    await page.close();
  });

  it("follows links from an actor to an article and to a quote permalink", async () => {
    const page = await context.newPage();
    await page.goto(inject("baseURL") + "/actors");
    await Promise.all([page.waitForURL("**/actors/*"), page.locator("ul.actors a").first().click()]);
    const quote = page.locator("#quotes ~ ul a", { hasText: "Permalink" }).first();
    if (await quote.count()) {
      await Promise.all([page.waitForURL("**/quotes/*"), quote.click()]);
      expect(await page.locator("#embed-code").inputValue()).toContain("nkg-quote");
      await page.goBack();
    }
    await Promise.all([page.waitForURL("**/articles/*"), page.locator("#articles ~ ul a").first().click()]);
    expect(await page.locator(".article-body p").count()).toBeGreaterThan(0);
    await page.close();
  });
});
