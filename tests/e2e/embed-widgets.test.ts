import http from "node:http";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "@/scripts/lib/free-port.ts";
import { findAxeViolations, launchBrowser, openPage, saveScreenshot } from "./support/browser.ts";

const baseURL = inject("baseURL");

// A site on another origin (another loopback port) that embeds our widgets.
const hostPages = new Map<string, string>();
let host: http.Server;
let hostOrigin: string;
let browser: Browser;
let quote: { id: string; text: string; speaker: { name: string; slug: string } };

function hostPage(path: string, body: string): string {
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>Host site</h1>${body}</main></body></html>`,
  );
  return hostOrigin + path;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

function embedFrame(page: Page, pathPart: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(pathPart));
  if (!frame)
    throw new Error(
      `no frame for ${pathPart}: ${page
        .frames()
        .map((f) => f.url())
        .join(", ")}`,
    );
  return frame;
}

// resolves once the iframe's height equals its document's height (to a pixel) and the loader has set it
async function waitForFittedFrame(
  page: Page,
  frame: Frame,
  selector = "iframe.nkg-embed",
): Promise<{ attr: number; doc: number }> {
  let last = { attr: -1, doc: -2 };
  for (let i = 0; i < 100; i++) {
    const doc = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const attr = await page.$eval(selector, (el) =>
      (el as HTMLIFrameElement).style.height ? Math.round(el.getBoundingClientRect().height) : -1,
    );
    last = { attr, doc };
    if (attr > 0 && Math.abs(attr - doc) <= 1) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`frame never fitted its content: ${JSON.stringify(last)}`);
}

beforeAll(async () => {
  const res = await fetch(`${baseURL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ quotes(first: 50) { nodes { id text speaker { name slug } } } }" }),
  });
  const nodes = (
    (await res.json()) as { data: { quotes: { nodes: (typeof quote & { speaker: typeof quote.speaker | null })[] } } }
  ).data.quotes.nodes;
  const q = nodes.find((n) => n.speaker && n.text.length > 40);
  if (!q) throw new Error("the seeded corpus has no attributed quote");
  quote = q as typeof quote;
  const port = await freePort();
  hostOrigin = `http://127.0.0.1:${port}`;
  host = http.createServer((req, res) => {
    const html = hostPages.get((req.url ?? "/").split("?")[0]!);
    res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(port, "127.0.0.1", resolve));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe("embed widgets on another site", () => {
  it("upgrades a blockquote through /embed.js into a frame that shows the quote and fits its content", async () => {
    const url = hostPage(
      "/script.html",
      `<blockquote class="nkg-quote" data-quote-id="${esc(quote.id)}"><p>${esc(quote.text)}</p>— ${esc(quote.speaker.name)}</blockquote><p>After the quote.</p><script async src="${baseURL}/embed.js"></script>`,
    );
    const { page, errors } = await openPage(browser);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(url);
    await page.waitForSelector("blockquote.nkg-quote[data-nkg-state=replaced]", { state: "attached" });
    const frame = embedFrame(page, "/embed/quotes/");
    expect(squash(await frame.innerText("blockquote"))).toContain(squash(quote.text));
    const link = await frame.$(`a[href="/actors/${encodeURIComponent(quote.speaker.slug)}"]`);
    expect(await link?.getAttribute("target")).toBe("_blank");
    expect(await link?.getAttribute("rel")).toBe("noopener");
    expect(await page.isVisible("blockquote.nkg-quote")).toBe(false);
    expect(await page.isVisible("iframe.nkg-embed")).toBe(true);
    const fitted = await waitForFittedFrame(page, frame);
    expect(fitted.attr).toBeGreaterThan(50);
    // the frame follows its content when the host narrows it (ResizeObserver inside the frame)
    await page.$eval("iframe.nkg-embed", (el) => ((el as HTMLElement).style.width = "240px"));
    await expect
      .poll(() => waitForFittedFrame(page, frame).then((f) => f.attr), { timeout: 10_000 })
      .toBeGreaterThan(fitted.attr);
    // the frame made no requests beyond its own document
    expect(requests.filter((r) => !r.startsWith(hostOrigin))).toEqual([
      `${baseURL}/embed.js`,
      `${baseURL}/embed/quotes/${encodeURIComponent(quote.id)}`,
    ]);
    await saveScreenshot(page, "embed-script");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("resizes the iframe of the html that oEmbed returns", async () => {
    const params = new URLSearchParams({
      url: `${baseURL}/quotes/${encodeURIComponent(quote.id)}`,
      maxwidth: "500",
      format: "json",
    });
    const oembed = (await (await fetch(`${baseURL}/api/oembed?${params}`)).json()) as {
      html: string;
      height: number;
      width: number;
    };
    const url = hostPage("/oembed.html", `<p>Before.</p>${oembed.html}<p>After.</p>`);
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    // the frame starts at oEmbed's estimate; the loader sets an inline height from the frame's message
    expect(oembed.html).toContain(`height="${oembed.height}"`);
    await page.waitForFunction(
      () => document.querySelector("iframe.nkg-embed")?.getAttribute("style")?.includes("height:"),
      null,
      { timeout: 15_000 },
    );
    const frame = embedFrame(page, "/embed/quotes/");
    const fitted = await waitForFittedFrame(page, frame);
    expect(Number(await page.getAttribute("iframe.nkg-embed", "height"))).toBe(fitted.attr);
    expect(squash(await frame.innerText("blockquote"))).toContain(squash(quote.text));
    await saveScreenshot(page, "embed-oembed");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an actor's latest quotes, as many as data-count asks", async () => {
    const url = hostPage(
      "/actor.html",
      `<blockquote class="nkg-quote" data-actor-slug="${esc(quote.speaker.slug)}" data-count="2"><p>Quotes by ${esc(quote.speaker.name)}</p></blockquote><script async src="${baseURL}/embed.js"></script>`,
    );
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    await page.waitForSelector("blockquote.nkg-quote[data-nkg-state=replaced]", { state: "attached" });
    const frame = embedFrame(page, "/embed/actors/");
    expect(frame.url()).toBe(`${baseURL}/embed/actors/${encodeURIComponent(quote.speaker.slug)}?n=2`);
    const items = await frame.$$("li");
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.length).toBeLessThanOrEqual(2);
    await waitForFittedFrame(page, frame);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("ignores height messages from the host page and from frames it does not track", async () => {
    // an untracked frame of our own origin (the actor widget, taller) posts heights with the right origin
    const url = hostPage(
      "/spoof.html",
      `<iframe id="other" title="other" style="width:300px" src="${baseURL}/embed/actors/${encodeURIComponent(quote.speaker.slug)}?n=5"></iframe><blockquote class="nkg-quote" data-quote-id="${esc(quote.id)}"><p>${esc(quote.text)}</p></blockquote><script async src="${baseURL}/embed.js"></script>`,
    );
    const { page } = await openPage(browser);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("blockquote.nkg-quote[data-nkg-state=replaced]", { state: "attached" });
    const frame = embedFrame(page, "/embed/quotes/");
    const { attr } = await waitForFittedFrame(page, frame);
    const other = embedFrame(page, "/embed/actors/");
    expect(await other.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))).not.toBe(
      attr,
    );
    expect(await page.getAttribute("#other", "height")).toBeNull();
    await page.evaluate(() => window.postMessage({ type: "nkg:height", id: "x", height: 4321 }, "*"));
    await other.evaluate(() => parent.postMessage({ type: "nkg:height", id: "x", height: 4321 }, "*"));
    await page.waitForTimeout(300);
    expect(Math.round(await page.$eval("iframe.nkg-embed", (el) => el.getBoundingClientRect().height))).toBe(attr);
    await page.close();
  });

  it("upgrades every quote when the snippet, script included, is pasted twice", async () => {
    const snippet = `<blockquote class="nkg-quote" data-quote-id="${esc(quote.id)}"><p>${esc(quote.text)}</p></blockquote><script async src="${baseURL}/embed.js"></script>`;
    const url = hostPage("/twice.html", snippet + "<p>Between.</p>" + snippet);
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelectorAll("blockquote.nkg-quote[data-nkg-state=replaced]").length === 2,
      null,
      { timeout: 15_000 },
    );
    expect(
      await page.$$eval("iframe.nkg-embed", (els) => els.map((el) => el.getBoundingClientRect().height > 50)),
    ).toEqual([true, true]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the blockquote when the frame never reports (unknown quote)", async () => {
    const url = hostPage(
      "/missing.html",
      `<blockquote class="nkg-quote" data-quote-id="no-such-quote"><p>Still readable.</p></blockquote><script async src="${baseURL}/embed.js"></script>`,
    );
    const { page } = await openPage(browser);
    await page.goto(url);
    await page.waitForSelector("blockquote.nkg-quote[data-nkg-state=loading]", { state: "attached" });
    expect(await page.isVisible("blockquote.nkg-quote")).toBe(true);
    // after the loader gives up, the failed frame is gone and the quote stays
    await page.waitForSelector("blockquote.nkg-quote[data-nkg-state=failed]", { state: "attached", timeout: 25_000 });
    expect(await page.$("iframe.nkg-embed")).toBeNull();
    expect(await page.innerText("blockquote.nkg-quote")).toContain("Still readable.");
    await page.close();
  });

  it("leaves the blockquote readable when JavaScript is disabled on the host page", async () => {
    const url = hostPage(
      "/nojs.html",
      `<blockquote class="nkg-quote" data-quote-id="${esc(quote.id)}"><p>${esc(quote.text)}</p></blockquote><script async src="${baseURL}/embed.js"></script>`,
    );
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState("load");
    expect(await page.isVisible("blockquote.nkg-quote")).toBe(true);
    expect(squash(await page.innerText("blockquote.nkg-quote"))).toContain(squash(quote.text));
    expect(await page.$("iframe")).toBeNull();
    await context.close();
  });

  it.each([
    ["quote", () => `/embed/quotes/${encodeURIComponent(quote.id)}`],
    ["actor", () => `/embed/actors/${encodeURIComponent(quote.speaker.slug)}?n=3`],
  ])("renders the %s embed document with no axe violations and no console errors", async (_, path) => {
    // axe is injected as an inline script, which the embed's hash-only CSP rightly refuses
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on(
      "console",
      (m) => void (m.type() === "error" && !m.text().startsWith("Failed to load resource") && errors.push(m.text())),
    );
    // opened at the top level, the browser also asks for /favicon.ico, which this app does not have
    page.on(
      "response",
      (r) => void (r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`${r.status()} ${r.url()}`)),
    );
    expect((await page.goto(baseURL + path()))?.status()).toBe(200);
    expect(await findAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a hostile quote and title as text: no script runs, no attribute is injected", async () => {
    const title = `Envoy "onload=alert(11) <img src=x onerror=alert(12)> statement`;
    const text =
      "Envoy statement\n\nKABUL — The envoy spoke on Friday.\n\n“Typing <script>alert(13)</script> proves nothing,” said John Doe, the special envoy.\n";
    const res = await fetch(`${baseURL}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${inject("apiToken")}` },
      body: JSON.stringify({
        query:
          "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { quotes(first: 10) { nodes { id text } } } } }",
        variables: { input: { text, title, publishedAt: "2019-01-04" } },
      }),
    });
    const nodes = (
      (await res.json()) as {
        data: { ingestArticle: { article: { quotes: { nodes: { id: string; text: string }[] } } } };
      }
    ).data.ingestArticle.article.quotes.nodes;
    const hostile = nodes.find((n) => n.text.includes("<script>"));
    if (!hostile) throw new Error(`no quote with <script> was extracted: ${JSON.stringify(nodes)}`);
    const params = new URLSearchParams({ url: `${baseURL}/quotes/${encodeURIComponent(hostile.id)}` });
    const oembed = (await (await fetch(`${baseURL}/api/oembed?${params}`)).json()) as { html: string; title: string };
    const url = hostPage("/hostile.html", oembed.html);
    const { page, errors } = await openPage(browser);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector("iframe.nkg-embed")?.getAttribute("style")?.includes("height:"),
      null,
      { timeout: 15_000 },
    );
    expect(await page.getAttribute("iframe.nkg-embed", "title")).toBe(oembed.title);
    expect(await page.$$eval("iframe.nkg-embed", (els) => els[0]!.getAttributeNames().sort())).toEqual([
      "class",
      "height",
      "loading",
      "sandbox",
      "src",
      "style",
      "title",
      "width",
    ]);
    const frame = embedFrame(page, "/embed/quotes/");
    expect(await frame.innerText("blockquote")).toContain("<script>alert(13)</script>");
    expect(await frame.innerText("cite")).toBe(title);
    expect(await frame.$$eval("script", (els) => els.length)).toBe(1);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets other sites frame /embed/* but not other pages", async () => {
    const url = hostPage(
      "/frames.html",
      `<iframe id="home" title="home" src="${baseURL}/"></iframe><iframe id="embed" title="embed" src="${baseURL}/embed/quotes/${encodeURIComponent(quote.id)}"></iframe>`,
    );
    const { page } = await openPage(browser);
    await page.goto(url, { waitUntil: "load" });
    const embed = embedFrame(page, "/embed/quotes/");
    expect(squash(await embed.innerText("blockquote"))).toContain(squash(quote.text));
    const home = await (await page.$("#home"))!.contentFrame();
    // a frame refused by frame-ancestors shows Chromium's error page, never our document
    const homeText = await home?.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    expect(home?.url()).not.toBe(`${baseURL}/`);
    expect(homeText ?? "").not.toContain("News Knowledge Graph");
    await page.close();
  });
});
