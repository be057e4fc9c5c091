import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectHealthyPage, linkPaths, visit } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

describe("explorer home and search", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser.close());

  it("shows counts, latest quotes, most-quoted actors and recent events", async () => {
    const v = await visit(browser, "/");
    await expectHealthyPage(v);
    const stats = await v.page.locator("ul.stats li").allInnerTexts();
    // five bundled articles, plus any other test file ingested into the shared server
    expect(
      Number(/^(\d+)\s+articles/.exec(stats.find((s) => s.includes("articles")) ?? "")?.[1]),
    ).toBeGreaterThanOrEqual(5);
    expect(await v.page.locator("#top-actors ~ ul li").count()).toBeGreaterThan(0);
    expect(await v.page.getByRole("heading", { name: "Latest quotes" }).count()).toBe(1);
    expect(await v.page.getByRole("heading", { name: "Recent events" }).count()).toBe(1);
  });

  it("follows the first most-quoted actor from the home page to its page", async () => {
    const v = await visit(browser, "/");
    const [first] = await linkPaths(v.page, "#top-actors ~ ul");
    expect(first).toMatch(/^\/actors\//);
    await v.page.click(`a[href="${first}"]`);
    await v.page.waitForURL(`**${first}`);
    expect(await v.page.locator("h1").innerText()).toBeTruthy();
  });

  it("searches from the home page with a plain GET form and lists actors, quotes and articles", async () => {
    const v = await visit(browser, "/");
    await v.page.fill("#site-search", "Haqqani");
    await Promise.all([v.page.waitForURL("**/search?q=Haqqani"), v.page.click("form.search button")]);
    expect(await v.page.locator("h1").innerText()).toContain("Haqqani");
    expect(await v.page.locator("#hits-articles ~ ul li").count()).toBeGreaterThan(0);
    await expectHealthyPage({ ...v, status: 200 }, "Search");
  });

  it("renders the empty search page and a search that finds nothing", async () => {
    await expectHealthyPage(await visit(browser, "/search"), "Search");
    const v = await visit(browser, "/search?q=zzzyqxnothing");
    await expectHealthyPage(v);
    expect(await v.page.getByRole("status").innerText()).toContain("Nothing found");
  });
});
