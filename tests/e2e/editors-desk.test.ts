/**
 * The editors' desk end to end in Chromium: refusals first (signed out, wrong password,
 * a forged cross-site form), then an editor fixes a speaker, marks a scare quote and
 * merges two actors through the no-JavaScript forms; the explorer, the API, the actor feeds
 * and the embeds show each fix at once, a re-ingest keeps them, and the history reverts them
 * (and redoes a reverted merge).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphql } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

const LIGHTHOUSE = {
  title: "Harbour council delays the lighthouse repairs",
  publisher: "Ellis Evening Post",
  publishedAt: "2024-03-05",
  text: `Harbour council delays the lighthouse repairs

PORT ELLIS — The harbour council voted on Tuesday to delay repairs to the old lighthouse on the north pier.

“We cannot pay for the scaffolding this year,” said Brenna Olafsdottir, the council treasurer.

Councillor Idris Mabry called the vote a "temporary pause" and promised that the council would look again in the spring.

“The lighthouse has stood for a century and it will stand another winter,” Mabry told reporters.`,
};
const PIER = {
  title: "Pier lights return after storm",
  publisher: "Ellis Evening Post",
  publishedAt: "2024-03-07",
  text: `Pier lights return after storm

PORT ELLIS — Lights on the north pier were switched back on after the storm.

“The cables are dry again and the lamps are safe,” said Idris J. Mabry, speaking for the harbour council.`,
};
const CENTURY = "The lighthouse has stood for a century and it will stand another winter,";

type Quote = { id: string; text: string; kind: string; speaker: { name: string; slug: string } | null };
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { slug } } }`;
const QUOTES = `query($slug: String!) { article(slug: $slug) { quotes(first: 50) { nodes { id text kind speaker { name slug } } } } }`;

const base = () => inject("baseURL");
const quotesOf = async (slug: string) =>
  (await graphql<{ article: { quotes: { nodes: Quote[] } } }>(QUOTES, { slug })).article.quotes.nodes;
const anonymousHtml = async (path: string) => (await fetch(base() + path)).text();
/** The texts of an actor's JSON Feed items, as a feed reader fetches them. */
const feedTexts = async (actorSlug: string) =>
  (
    (await (await fetch(`${base()}/actors/${actorSlug}/feed.json`)).json()) as { items: { content_text: string }[] }
  ).items
    .map((i) => i.content_text)
    .join("\n");

describe("the editors' desk", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let slug: string;

  beforeAll(async () => {
    slug = (await graphql<{ ingestArticle: { article: { slug: string } } }>(INGEST, { input: LIGHTHOUSE }))
      .ingestArticle.article.slug;
    await graphql(INGEST, { input: PIER });
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it("refuses a signed-out editor's form post and changes nothing", async () => {
    const q = (await quotesOf(slug)).find((x) => x.text === CENTURY)!;
    const res = await fetch(`${base()}/api/editor/edit`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ action: "not-a-quote", quoteId: q.id, csrf: "x", returnTo: `/articles/${slug}` }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("editError=");
    expect((await quotesOf(slug)).some((x) => x.id === q.id)).toBe(true);
  });

  it("refuses a wrong password and says so", async () => {
    await page.goto(`${base()}/sign-in?next=${encodeURIComponent(`/articles/${slug}`)}`);
    await page.fill('input[name="name"]', inject("editorName"));
    await page.fill('input[name="password"]', "not-the-password");
    await page.click('button[type="submit"]');
    await page.waitForURL(/error=wrong/);
    expect(await page.locator('p.warning[role="alert"]').textContent()).toContain("do not match");
    expect((await context.cookies()).some((c) => c.name === "nkg_session")).toBe(false);
  });

  it("signs an editor in with an HttpOnly session cookie and sends them back to the article", async () => {
    await page.fill('input[name="name"]', inject("editorName"));
    await page.fill('input[name="password"]', inject("editorPassword"));
    await page.click('button[type="submit"]');
    await page.waitForURL(new RegExp(`/articles/${slug}$`));
    const cookie = (await context.cookies()).find((c) => c.name === "nkg_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await page.locator(".editor-bar").textContent()).toContain(inject("editorName"));
  });

  it("fixes a wrong speaker on the article page; explorer, API, feeds and embeds show it at once", async () => {
    const quotes = await quotesOf(slug);
    const i = [...quotes].findIndex((x) => x.text === CENTURY);
    const q = quotes[i]!;
    expect(q.speaker?.name).toBe("Idris Mabry");
    const item = page.locator(".quotes-list > li").filter({ hasText: "stood for a century" });
    await item.locator("summary").click();
    const form = item.locator('form:has(input[name="action"][value="set-speaker"])');
    await form.locator('select[name="actorId"]').selectOption({ label: "Brenna Olafsdottir" });
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(/edited=set-speaker/);
    expect(await page.locator('.editor-bar [role="status"]').textContent()).toContain("Speaker changed");
    expect((await quotesOf(slug)).find((x) => x.id === q.id)?.speaker?.name).toBe("Brenna Olafsdottir");
    const reader = await anonymousHtml(`/articles/${slug}`);
    expect(reader).not.toContain("editor-bar");
    expect(await anonymousHtml(`/embed/quotes/${encodeURIComponent(q.id)}`)).toContain("Brenna Olafsdottir");
    // the explorer, the feeds and the actor embed of both speakers, as anyone fetches them
    const brenna = (await quotesOf(slug)).find((x) => x.id === q.id)!.speaker!.slug;
    expect(await anonymousHtml(`/actors/${brenna}`)).toContain("stood for a century");
    expect(await feedTexts(brenna)).toContain("stood for a century");
    expect(await anonymousHtml(`/actors/${brenna}/feed.xml`)).toContain("stood for a century");
    expect(await anonymousHtml(`/embed/actors/${brenna}`)).toContain("stood for a century");
    expect(await feedTexts(q.speaker!.slug)).not.toContain("stood for a century");
    expect(await anonymousHtml(`/actors/${q.speaker!.slug}/feed.xml`)).not.toContain("stood for a century");
  });

  it("marks a scare quote as not a quote", async () => {
    const scare = (await quotesOf(slug)).find((x) => x.text === "temporary pause")!;
    const item = page.locator(".quotes-list > li").filter({ hasText: "temporary pause" });
    await item.locator("summary").click();
    await item.locator('form:has(input[name="action"][value="not-a-quote"]) button').click();
    await page.waitForURL(/edited=not-a-quote/);
    expect((await quotesOf(slug)).some((x) => x.id === scare.id)).toBe(false);
    expect(await page.locator(".quotes-list").textContent()).not.toContain("temporary pause");
    expect((await fetch(`${base()}/embed/quotes/${encodeURIComponent(scare.id)}`)).status).toBe(404);
    if (scare.speaker) expect(await feedTexts(scare.speaker.slug)).not.toContain("temporary pause");
  });

  it("refuses a forged cross-site form post even from the editor's own browser", async () => {
    const q = (await quotesOf(slug)).find((x) => x.text === CENTURY)!;
    // The forged form is served by another local origin (same address, another port), so
    // the browser sends the editor's session cookie with it and only the origin check stands
    // in the way; a page on a public origin would meet Chromium's local-network checks first.
    const form =
      `<!doctype html><title>elsewhere</title><form method="post" action="${base()}/api/editor/edit">` +
      `<input name="action" value="quote-kind"><input name="quoteId" value="${q.id}">` +
      `<input name="kind" value="INDIRECT"><input name="returnTo" value="/"><button>go</button></form>`;
    const elsewhere = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(form));
    await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
    // the editor's own page goes there (a second page of the context once hung CI for 60 s)
    try {
      await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`, { timeout: 15_000 });
      const [response] = await Promise.all([
        page.waitForResponse(/\/api\/editor\/edit/, { timeout: 15_000 }),
        page.click("button", { noWaitAfter: true, timeout: 15_000 }),
      ]);
      expect(response.status()).toBe(403);
      // the refusal is a page of its own: let it load before the next test navigates
      await page.waitForURL(/\/api\/editor\/edit/, { timeout: 15_000 });
      expect(await page.textContent("body")).toContain("posted from another site");
    } finally {
      elsewhere.closeAllConnections();
      await new Promise((resolve) => elsewhere.close(resolve));
    }
    expect((await quotesOf(slug)).find((x) => x.id === q.id)?.kind).toBe("DIRECT");
  });

  it("merges two actors from the actor page; the old address redirects", async () => {
    await page.goto(`${base()}/actors/idris-j-mabry`);
    await page.fill('input[name="targetSlug"]', "idris-mabry");
    await page.locator('form:has(input[name="action"][value="merge-actor"]) button').click();
    await page.waitForURL(/\/actors\/idris-mabry\?edited=merge-actor/);
    const old = await fetch(`${base()}/actors/idris-j-mabry`, { redirect: "manual" });
    expect(old.status).toBe(308);
    expect(await anonymousHtml("/actors/idris-mabry")).toContain("The cables are dry again");
    expect(await feedTexts("idris-mabry")).toContain("The cables are dry again");
    expect(await anonymousHtml("/embed/actors/idris-mabry")).toContain("The cables are dry again");
  });

  it("keeps every fix through a second ingest of the article", async () => {
    const changed = { ...LIGHTHOUSE, text: LIGHTHOUSE.text.replace("on Tuesday", "late on Tuesday") };
    expect(
      (await graphql<{ ingestArticle: { status: string } }>(INGEST, { input: LIGHTHOUSE })).ingestArticle.status,
    ).toBe("UNCHANGED");
    expect(
      (await graphql<{ ingestArticle: { status: string } }>(INGEST, { input: changed })).ingestArticle.status,
    ).toBe("UPDATED");
    const quotes = await quotesOf(slug);
    expect(quotes.find((x) => x.text === CENTURY)?.speaker?.name).toBe("Brenna Olafsdottir");
    expect(quotes.some((x) => x.text === "temporary pause")).toBe(false);
  });

  it("shows each change in the history and reverts one", async () => {
    await page.goto(`${base()}/review/history`);
    const list = page.locator(".audit-history");
    for (const kind of ["QUOTE_SPEAKER", "NOT_A_QUOTE", "ACTOR_MERGE"])
      expect(await list.textContent()).toContain(kind);
    await list.locator("li").filter({ hasText: "NOT_A_QUOTE" }).locator("button").click();
    await page.waitForURL(/edited=revert/);
    expect((await quotesOf(slug)).some((x) => x.text === "temporary pause")).toBe(true);
  });

  it("reverts the merge from the history: the old address is the actor's own again, everywhere at once", async () => {
    await page.goto(`${base()}/review/history`);
    const merge = page.locator(".audit-history > li").filter({ hasText: "ACTOR_MERGE" });
    await merge.locator("button").click();
    await page.waitForURL(/edited=revert/);
    const old = await fetch(`${base()}/actors/idris-j-mabry`, { redirect: "manual" });
    expect(old.status).toBe(200);
    expect(await old.text()).toContain("The cables are dry again");
    expect(await anonymousHtml("/actors/idris-mabry")).not.toContain("The cables are dry again");
    const api = await graphql<{ actor: { name: string; quotes: { nodes: { text: string }[] } }; movedActor: null }>(`
      query {
        actor(slug: "idris-j-mabry") {
          name
          quotes(first: 10) {
            nodes {
              text
            }
          }
        }
        movedActor(slug: "idris-j-mabry") {
          slug
        }
      }
    `);
    expect(api.actor.name).toBe("Idris J. Mabry");
    expect(api.actor.quotes.nodes.some((q) => q.text.startsWith("The cables are dry again"))).toBe(true);
    expect(api.movedActor).toBeNull();
    expect(await feedTexts("idris-mabry")).not.toContain("The cables are dry again");
    expect(await feedTexts("idris-j-mabry")).toContain("The cables are dry again");
    // the merge shows as reverted, and its revert offers a redo
    await page.goto(`${base()}/review/history`);
    expect(await merge.count()).toBe(2);
    expect(await merge.filter({ hasText: "· reverted" }).count()).toBe(1);
    expect(await merge.filter({ hasText: "(a revert)" }).locator("button").textContent()).toBe("Redo");
  });

  it("redoes the merge by reverting its revert: the old address redirects again", async () => {
    await page.goto(`${base()}/review/history`);
    const merge = page.locator(".audit-history > li").filter({ hasText: "ACTOR_MERGE" });
    await merge.filter({ hasText: "(a revert)" }).locator("button").click();
    await page.waitForURL(/edited=revert/);
    const old = await fetch(`${base()}/actors/idris-j-mabry`, { redirect: "manual" });
    expect(old.status).toBe(308);
    expect(await feedTexts("idris-mabry")).toContain("The cables are dry again");
    await page.goto(`${base()}/review/history`);
    expect(await merge.count()).toBe(3);
    expect(await merge.locator("button").count()).toBe(1);
  });
});
