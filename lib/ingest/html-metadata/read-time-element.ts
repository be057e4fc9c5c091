/**
 * The publication time a page shows in its markup when no tag states it: a
 * `<time>` marked as the publication (`pubdate`, `itemprop=datePublished`,
 * `.published`, `.entry-date`), else the first `<time datetime>` in the article's
 * header. A time further down is a date the story mentions, not its own.
 */
import type { HtmlMetaCandidates } from "./html-meta-candidates.ts";
import type { MetaDocument } from "./read-meta-tags.ts";

const MARKED =
  "time[pubdate][datetime], time[itemprop=datePublished][datetime], time.published[datetime], time.entry-date[datetime], .published time[datetime], .dateline time[datetime]";
const IN_HEADER =
  "article header time[datetime], header time[datetime], article > time[datetime], main header time[datetime]";

/** The publication time `doc` shows in a `<time>` element. */
export function readTimeElement(doc: MetaDocument): HtmlMetaCandidates {
  for (const selector of [MARKED, IN_HEADER]) {
    for (const el of doc.querySelectorAll(selector)) {
      const v = el.getAttribute("datetime")?.trim();
      if (v) return { publishedAt: v };
    }
  }
  return {};
}
