import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { displayQuoteText } from "@/app/_components/quote-text.ts";

const baseURL = inject("baseURL");

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseURL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const quoteUrl = (id: string, prefix = "") => `${baseURL}${prefix}/quotes/${encodeURIComponent(id)}`;
const oembed = (params: Record<string, string>) => fetch(`${baseURL}/api/oembed?${new URLSearchParams(params)}`);

interface Found {
  quoteId: string;
  quoteText: string;
  speaker: { name: string; slug: string };
}
let found: Found;

beforeAll(async () => {
  const data = await gql<{
    quotes: { nodes: { id: string; text: string; speaker: { name: string; slug: string } | null }[] };
  }>("{ quotes(first: 50) { nodes { id text speaker { name slug } } } }");
  const q = data.quotes.nodes.find((n) => n.speaker);
  if (!q) throw new Error("the seeded corpus has no attributed quote");
  found = { quoteId: q.id, quoteText: q.text, speaker: q.speaker! };
});

describe("embed documents", () => {
  it("serves a quote as a self-contained, framable HTML document", async () => {
    const res = await fetch(quoteUrl(found.quoteId, "/embed"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors *");
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toMatch(/script-src 'sha256-[^']+'/);
    expect(res.headers.get("x-frame-options")).toBeNull();
    const { document } = parseHTML(await res.text());
    // shown as a reader expects: the source's trailing comma as a full stop (app/_components/quote-text.ts)
    expect(document.querySelector("blockquote")?.textContent).toContain(displayQuoteText(found.quoteText));
    const link = document.querySelector(`a[href="/actors/${encodeURIComponent(found.speaker.slug)}"]`);
    expect(link?.textContent).toBe(found.speaker.name);
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener");
    // nothing is loaded from anywhere: no external scripts, styles, images or fonts
    expect(document.querySelectorAll("[src], link[rel=stylesheet]").length).toBe(0);
  });

  it("serves an actor's latest quotes, n bounded to 1..10", async () => {
    const page = (n: string) => fetch(`${baseURL}/embed/actors/${encodeURIComponent(found.speaker.slug)}?n=${n}`);
    const one = await page("1");
    expect(one.status).toBe(200);
    expect(parseHTML(await one.text()).document.querySelectorAll("li").length).toBe(1);
    const many = await page("500");
    expect(many.status).toBe(200);
    expect(parseHTML(await many.text()).document.querySelectorAll("li").length).toBeLessThanOrEqual(10);
    expect((await page("-3")).status).toBe(200);
  });

  it.each([
    ["an unknown quote id", `/embed/quotes/${encodeURIComponent(Buffer.from("Quote:999999").toString("base64"))}`],
    ["the id of an actor", `/embed/quotes/${encodeURIComponent(Buffer.from("Actor:1").toString("base64"))}`],
    ["not an id", "/embed/quotes/hello%20world"],
    ["an unknown actor", "/embed/actors/no-such-actor-anywhere"],
    ["any other embed path", "/embed/quotes/x/y"],
  ])("answers 404 for %s, still with the embed CSP", async (_, path) => {
    const res = await fetch(baseURL + path);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await res.text()).not.toContain("<script>");
  });

  it("refuses malformed percent-escapes (Next answers before routing)", async () => {
    const res = await fetch(`${baseURL}/embed/quotes/%E0%A4%A`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain("<blockquote");
  });
});

describe("/embed.js", () => {
  it("is JavaScript, cacheable and revalidated by ETag", async () => {
    const res = await fetch(`${baseURL}/embed.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    expect(await res.text()).toContain("nkg:height");
    const etag = res.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect((await fetch(`${baseURL}/embed.js`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});

describe("/api/oembed", () => {
  it.each([["/quotes"], ["/embed/quotes"]])("describes a quote URL %s/[id] as a rich embed", async (prefix) => {
    const res = await oembed({ url: `${baseURL}${prefix}/${encodeURIComponent(found.quoteId)}`, format: "json" });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "News Knowledge Graph",
      provider_url: `${baseURL}/`,
      author_name: found.speaker.name,
      author_url: `${baseURL}/actors/${encodeURIComponent(found.speaker.slug)}`,
    });
    const { document } = parseHTML(`<body>${body.html as string}</body>`);
    expect(document.querySelector("iframe")?.getAttribute("src")).toBe(
      `${baseURL}/embed/quotes/${encodeURIComponent(found.quoteId)}`,
    );
    expect(Number(document.querySelector("iframe")?.getAttribute("width"))).toBe(body.width);
    expect(Number(document.querySelector("iframe")?.getAttribute("height"))).toBe(body.height);
  });

  it("describes an actor URL", async () => {
    const res = await oembed({ url: `${baseURL}/actors/${encodeURIComponent(found.speaker.slug)}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ type: "rich", version: "1.0", author_name: found.speaker.name });
    expect(body.html).toContain(`/embed/actors/${encodeURIComponent(found.speaker.slug)}?n=3`);
  });

  it("keeps width and height within maxwidth and maxheight", async () => {
    const body = (await (await oembed({ url: quoteUrl(found.quoteId), maxwidth: "300", maxheight: "120" })).json()) as {
      width: number;
      height: number;
    };
    expect(body.width).toBeLessThanOrEqual(300);
    expect(body.height).toBeLessThanOrEqual(120);
    expect(body.width).toBeGreaterThan(0);
  });

  it.each([
    ["format=xml", () => ({ url: quoteUrl(found.quoteId), format: "xml" }), 501],
    ["a missing url", () => ({}), 400],
    ["a garbled url", () => ({ url: "http://[garbled" }), 400],
    ["a bad maxwidth", () => ({ url: quoteUrl(found.quoteId), maxwidth: "wide" }), 400],
    ["a foreign url", () => ({ url: `https://elsewhere.example/quotes/${encodeURIComponent(found.quoteId)}` }), 404],
    ["an unknown quote", () => ({ url: quoteUrl(Buffer.from("Quote:999999").toString("base64")) }), 404],
    ["an unknown actor", () => ({ url: `${baseURL}/actors/no-such-actor-anywhere` }), 404],
    ["a page that is not a quote or actor", () => ({ url: `${baseURL}/articles` }), 404],
  ])("answers %s with %i, readable cross-origin", async (_, params, status) => {
    const res = await oembed(params());
    expect(res.status).toBe(status);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("framing policy", () => {
  it.each(["/", "/actors", "/api/oembed", "/embed.js"])("forbids framing %s", async (path) => {
    const res = await fetch(baseURL + path);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("a hostile article", () => {
  const TITLE = `Minister rejects "onload=alert(1) <script>alert(2)</script> plan`;
  const TEXT = [
    "Minister rejects plan",
    "",
    "LONDON — The interior minister spoke to reporters on Thursday about the proposal.",
    "",
    "“A <script>alert(3)</script> tag is not a plan,” said Jane Roe, the interior minister.",
    "",
    "Roe said the talks would continue next week.",
  ].join("\n");
  let hostile: { id: string; text: string };

  beforeAll(async () => {
    const data = await gql<{ ingestArticle: { article: { quotes: { nodes: { id: string; text: string }[] } } } }>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { quotes(first: 10) { nodes { id text } } } } }`,
      { input: { text: TEXT, title: TITLE, publishedAt: "2018-03-15", publisher: `<b>"Daily"</b>` } },
      inject("apiToken"),
    );
    const q = data.ingestArticle.article.quotes.nodes.find((n) => n.text.includes("<script>"));
    if (!q) throw new Error(`no quote with <script> was extracted: ${JSON.stringify(data)}`);
    hostile = q;
  });

  it("shows as text in the embed document", async () => {
    const html = await (await fetch(quoteUrl(hostile.id, "/embed"))).text();
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain('"onload=');
    const { document } = parseHTML(html);
    expect(document.querySelector("blockquote")?.textContent).toContain(displayQuoteText(hostile.text));
    expect(document.querySelector("cite")?.textContent).toBe(TITLE);
    expect(document.querySelectorAll("script").length).toBe(1);
    expect(document.querySelectorAll("b").length).toBe(0);
  });

  it("shows as text in the oEmbed title and iframe attributes", async () => {
    const body = (await (await oembed({ url: quoteUrl(hostile.id) })).json()) as { title: string; html: string };
    expect(body.title).toContain("<script>alert(3)</script>");
    expect(body.html).not.toContain("<script>alert");
    const { document } = parseHTML(`<body>${body.html}</body>`);
    expect(document.querySelector("iframe")?.getAttribute("title")).toBe(body.title);
    expect(document.querySelectorAll("script").length).toBe(1);
  });
});
