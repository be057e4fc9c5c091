/**
 * The reported speech a trigger stands in: an indirect quote whose clause holds
 * it ("officials said [negotiators met the envoy]"). Such an event is the
 * speaker's claim; the events stage keeps it, marked `reported`, with the speaker.
 * Triggers between quote marks never reach here: `find-event-triggers.ts` skips them.
 */
import { lowerBound } from "@/lib/extraction/text/lower-bound.ts";
import type { QuoteRecord, Span } from "@/lib/extraction/types.ts";

/** The indirect quote of `quotes` whose span holds `trigger` (the first such in `quotes`), or null. */
export function getReportingQuote(quotes: readonly QuoteRecord[], trigger: Span): QuoteRecord | null {
  return createReportingQuoteFinder(quotes)(trigger);
}

/**
 * `getReportingQuote` over one article's quotes, indexed once: the indirect quotes sorted by start
 * with the running maximum of their ends, so a trigger looks only at the quotes that can reach it
 * (a few in prose) instead of every quote of the article.
 */
export function createReportingQuoteFinder(quotes: readonly QuoteRecord[]): (trigger: Span) => QuoteRecord | null {
  const indirect = quotes
    .map((q, order) => ({ q, order }))
    .filter(({ q }) => q.kind === "INDIRECT")
    .sort((a, b) => a.q.start - b.q.start || a.order - b.order);
  const maxEnd: number[] = [];
  for (const { q } of indirect) maxEnd.push(Math.max(q.end, maxEnd.at(-1) ?? -Infinity));
  return (trigger) => {
    // quotes [0, hi) start at or before the trigger
    const lo = lowerBound(indirect, trigger.start + 1, (x) => x.q.start);
    let found: { q: QuoteRecord; order: number } | null = null;
    for (let k = lo - 1; k >= 0 && maxEnd[k]! >= trigger.end; k--) {
      const c = indirect[k]!;
      if (trigger.end <= c.q.end && (found === null || c.order < found.order)) found = c;
    }
    return found?.q ?? null;
  };
}
