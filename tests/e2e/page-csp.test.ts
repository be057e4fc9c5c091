import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./support/browser.ts";

const url = (p: string) => inject("baseURL") + p;
const scriptSrcOf = (csp: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

async function firstLink(path: string, prefix: string): Promise<string> {
  const html = await (await fetch(url(path))).text();
  return new RegExp(`href="(${prefix}[^"?#]+)"`).exec(html.slice(html.indexOf("<main")))![1]!;
}

describe("explorer pages under a nonce-based CSP", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser.close());

  it("sends no 'unsafe-inline' in script-src on any page, and a nonce on every script of the HTML", async () => {
    const paths = [
      "/",
      "/actors",
      "/articles",
      "/events",
      "/search?q=said",
      "/no-such-page",
      await firstLink("/actors", "/actors/"),
      await firstLink("/articles", "/articles/"),
    ];
    const nonces = new Set<string>();
    for (const p of paths) {
      const res = await fetch(url(p));
      const csp = res.headers.get("content-security-policy") ?? "";
      const src = scriptSrcOf(csp);
      expect(src, p).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
      expect(src, p).not.toContain("unsafe-inline");
      const nonce = /'nonce-([^']+)'/.exec(src)![1]!;
      nonces.add(nonce);
      const html = await res.text();
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        if (tag.includes('type="application/ld+json"')) continue;
        expect(tag, `${p}: ${tag}`).toContain(`nonce="${nonce}"`);
      }
    }
    expect(nonces.size).toBe(paths.length);
  });

  it("runs the app's scripts with JavaScript on: no CSP violation, client-side navigation works", async () => {
    const { page, errors } = await openPage(browser);
    const violations: string[] = [];
    page.on("console", (m) => (/Content Security Policy/i.test(m.text()) ? violations.push(m.text()) : undefined));
    await page.goto(url("/"), { waitUntil: "networkidle" });
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
    await page.click('nav[aria-label="Main"] a[href="/actors"]');
    await page.waitForURL(/\/actors$/);
    await page.waitForSelector("h1");
    // a marker that survives means the router navigated in the page: its scripts ran
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
