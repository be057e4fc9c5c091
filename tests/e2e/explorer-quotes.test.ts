import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectHealthyPage, linkPaths, statusOf, visit, withoutDocument404 } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

describe("explorer quote permalinks", () => {
  let browser: Browser;
  let quotePath: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const v = await visit(browser, "/");
    quotePath = (await linkPaths(v.page, "#latest-quotes ~ ul")).find((p) => p.startsWith("/quotes/"))!;
    await v.page.close();
  });
  afterAll(async () => browser.close());

  it("shows the quote, speaker, article, context and oEmbed discovery", async () => {
    expect(quotePath).toBeTruthy();
    const v = await visit(browser, quotePath);
    await expectHealthyPage(v);
    expect(await v.page.locator("dl.facts dt").allInnerTexts()).toEqual(expect.arrayContaining(["Speaker", "Article"]));
    expect(await v.page.locator("#context ~ blockquote").innerText()).toBeTruthy();
    const oembed = await v.page.locator('link[type="application/json+oembed"]').getAttribute("href");
    expect(oembed).toContain("/api/oembed?url=" + encodeURIComponent(inject("baseURL") + quotePath));
    expect(oembed).toContain("format=json");
  });

  it("offers the embed code as escaped text naming the quote and the loader script", async () => {
    const v = await visit(browser, quotePath);
    const code = await v.page.locator("#embed-code").inputValue();
    const id = decodeURIComponent(quotePath.split("/").pop()!);
    expect(code).toMatch(
      new RegExp(
        `^<blockquote class="nkg-quote" data-quote-id="${id.replace(/[+/=]/g, "\\$&")}"><p>.+</p>— .+</blockquote><script async src="${inject("baseURL")}/embed\\.js"></script>$`,
        "s",
      ),
    );
    // the snippet is shown, not rendered
    expect(await v.page.locator("main blockquote.nkg-quote").count()).toBe(0);
  });

  it("links to the speaker and the article, both of which open", async () => {
    const v = await visit(browser, quotePath);
    for (const href of await linkPaths(v.page, "dl.facts")) expect(await statusOf(href)).toBe(200);
  });

  it("answers 404 for unknown and malformed quote ids, and for ids of other types", async () => {
    const v = await visit(browser, "/quotes/UXVvdGU6OTk5OTk5");
    expect(v.status).toBe(404);
    expect(withoutDocument404(v.errors)).toEqual([]);
    expect(await statusOf("/quotes/not-an-id")).toBe(404);
    expect(await statusOf(`/quotes/${encodeURIComponent(Buffer.from("Actor:1").toString("base64"))}`)).toBe(404);
  });
});
