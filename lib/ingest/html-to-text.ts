import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** Main text and title of an HTML page, by Mozilla's Readability over a linkedom DOM. */
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
      const t = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (t) blocks.push(t);
    }
  }
  if (!blocks.length) {
    const t = (document.body?.textContent ?? "").replace(/[ \t]+/g, " ").replace(/\n\s*\n+/g, "\n").trim();
    if (t) blocks.push(t);
  }
  const headline = article?.title?.trim() || title;
  return { title: headline, text: blocks.join("\n") };
}
