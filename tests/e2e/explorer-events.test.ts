import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectHealthyPage, visit } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

describe("explorer events", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser.close());

  it("shows the events with a visual timeline", async () => {
    const v = await visit(browser, "/events");
    await expectHealthyPage(v, "Events");
    const items = await v.page.locator("ol.timeline-list > li").count();
    expect(items).toBeGreaterThan(0);
    if (await v.page.locator("svg.timeline").count())
      expect(await v.page.locator("svg.timeline circle").count()).toBeGreaterThan(0);
  });

  it("filters by type with the GET form and every listed event has that type", async () => {
    const v = await visit(browser, "/events");
    const type = await v.page.locator("#events-type option").nth(1).getAttribute("value");
    await v.page.selectOption("#events-type", type!);
    await Promise.all([v.page.waitForURL(`**type=${type}*`), v.page.click("form.filters button")]);
    await expectHealthyPage({ ...v, status: 200 }, type!);
    for (const t of await v.page.locator("ol.timeline-list .tag").allInnerTexts()) expect(t).toBe(type);
  });

  it("filters by actor and date range, and says when a date is not understood", async () => {
    const v = await visit(browser, "/events?actor=Pakistan&from=2000&to=2030");
    await expectHealthyPage(v, "Pakistan");
    // a date the page cannot read is the reader's error: 400, naming the value
    const bad = await visit(browser, "/events?from=yesterday");
    expect(bad.status).toBe(400);
    expect(await bad.page.locator("main").innerText()).toMatch(
      /“from” has the value "yesterday", which is not understood/,
    );
  });

  it("links events to their articles and participants", async () => {
    const v = await visit(browser, "/events");
    const href = await v.page.locator("ol.timeline-list a[href^='/articles/']").first().getAttribute("href");
    await Promise.all([v.page.waitForURL(`**${href}`), v.page.click(`ol.timeline-list a[href="${href}"] >> nth=0`)]);
    await expectHealthyPage({ ...v, status: 200 });
  });
});
