/**
 * The byline the page shows in its body when no tag states the author: the
 * first short element marked as one (`rel="author"`, `.byline`, `.author`,
 * `[class*=author-name]`, `[data-qa=author-name]`). Its text still carries "By";
 * `clean-html-author.ts` makes it a name.
 */
import type { HtmlMetaCandidates } from "./html-meta-candidates.ts";
import type { MetaDocument } from "./read-meta-tags.ts";

const BYLINE_SELECTOR =
  '[rel~="author"], .byline, .author, .fn, [class*="byline" i], [class*="author-name" i], [data-qa="author-name"], [itemprop="author"]';
/** Longer texts are bios or teasers, not bylines. */
const MAX_BYLINE = 80;

/** Authors named by the first byline element of `doc`. */
export function readByline(doc: MetaDocument): HtmlMetaCandidates {
  for (const el of doc.querySelectorAll(BYLINE_SELECTOR)) {
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text && text.length <= MAX_BYLINE) return { authors: [text] };
  }
  return {};
}
