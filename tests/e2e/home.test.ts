import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findAxeViolations, launchBrowser, openPage } from "./support/browser.ts";

describe("home page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser.close());

  it("renders with a title, no console errors and no axe violations", async () => {
    const { page, errors } = await openPage(browser);
    const res = await page.goto(inject("baseURL") + "/");
    expect(res?.status()).toBe(200);
    expect(await page.title()).toContain("News Knowledge Graph");
    expect(await findAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("refuses to be framed by other sites", async () => {
    const res = await fetch(inject("baseURL") + "/");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
