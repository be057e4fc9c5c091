import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

// page furniture: never article text, whatever Readability makes of a page with nothing else
const FURNITURE = "nav, header, footer, aside, menu, form, button, select, [role=navigation], [role=banner], [role=contentinfo], [role=menu], [role=search]";

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

/** Main text and title of an HTML page, by Mozilla's Readability over a linkedom DOM; navigation alone gives no text. */
export function htmlToText(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  // scripts and styles never hold article text
  for (const el of document.querySelectorAll("script, style, noscript, template")) el.remove();
  const title = document.querySelector("title")?.textContent?.trim() || null;
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
    for (const el of document.querySelectorAll("ul, ol, table, div, p")) if (el.isConnected && linkDensity(el as unknown as Element) > MAX_LINK_DENSITY) el.remove();
    const t = (document.body?.textContent ?? "").replace(/[ \t]+/g, " ").replace(/\n\s*\n+/g, "\n").trim();
    if (t) blocks.push(t);
  }
  const headline = article?.title?.trim() || title;
  return { title: headline, text: blocks.join("\n") };
}
