import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleHints } from "@/lib/extraction/types.ts";
import { findHtmlMetadata } from "./html-metadata/find-html-metadata.ts";
import { readByline } from "./html-metadata/read-byline.ts";
import { readJsonLd } from "./html-metadata/read-json-ld.ts";
import { readMetaTags, type MetaDocument } from "./html-metadata/read-meta-tags.ts";
import { readTimeElement } from "./html-metadata/read-time-element.ts";

// page furniture: never article text, whatever Readability makes of a page with nothing else
const FURNITURE =
  "nav, header, footer, aside, menu, form, button, select, [role=navigation], [role=banner], [role=contentinfo], [role=menu], [role=search]";

/** Share of an element's text that sits inside links: a list of links is navigation, not prose. */
function linkDensity(el: Element): number {
  const all = (el.textContent ?? "").replace(/\s+/g, "").length;
  if (!all) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll("a")) linked += (a.textContent ?? "").replace(/\s+/g, "").length;
  return linked / all;
}

/** Most of a block's text that may be link text for it to count as prose. */
const MAX_LINK_DENSITY = 0.5;

/**
 * Main text and metadata of an HTML page: the text by Mozilla's Readability over
 * a linkedom DOM, the metadata (title, author, publisher, date, URL) from JSON-LD,
 * meta tags and Readability, read before scripts are stripped; navigation alone gives no text.
 */
export function htmlToText(html: string): { title: string | null; text: string; hints: ArticleHints } {
  const { document } = parseHTML(html);
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? "");
  const structured = [readJsonLd(jsonLd), readMetaTags(document as unknown as MetaDocument)];
  const byline = readByline(document as unknown as MetaDocument);
  const time = readTimeElement(document as unknown as MetaDocument);
  const page = {
    documentTitle: document.querySelector("title")?.textContent?.trim() || null,
    heading: document.querySelector("h1")?.textContent?.trim() || null,
    baseUrl: document.querySelector("base[href]")?.getAttribute("href") ?? null,
  };
  // scripts and styles never hold article text
  for (const el of document.querySelectorAll("script, style, noscript, template")) el.remove();
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const blocks: string[] = [];
  if (article?.content) {
    const { document: inner } = parseHTML(`<html><body>${article.content}</body></html>`);
    for (const el of inner.querySelectorAll("h1, h2, h3, h4, p, li, blockquote, pre")) {
      // nested blocks (p inside blockquote) are taken once, from the innermost
      if (el.querySelector("p, li, blockquote, pre")) continue;
      if (linkDensity(el as unknown as Element) > MAX_LINK_DENSITY) continue;
      const t = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (t) blocks.push(t);
    }
  }
  if (!blocks.length) {
    for (const el of document.querySelectorAll(FURNITURE)) el.remove();
    for (const el of document.querySelectorAll("ul, ol, table, div, p"))
      if (el.isConnected && linkDensity(el as unknown as Element) > MAX_LINK_DENSITY) el.remove();
    const t = (document.body?.textContent ?? "")
      .replace(/[ \t]+/g, " ")
      .replace(/\n\s*\n+/g, "\n")
      .trim();
    if (t) blocks.push(t);
  }
  const fromReadability = {
    authors: article?.byline ? [article.byline] : [],
    publisher: article?.siteName ?? null,
    publishedAt: article?.publishedTime ?? null,
  };
  const hints = findHtmlMetadata([...structured, fromReadability, byline, time], {
    ...page,
    heading: page.heading ?? article?.title?.trim() ?? null,
  });
  return { title: hints.title ?? null, text: blocks.join("\n"), hints };
}
