/**
 * The reported speech a trigger stands in: an indirect quote whose clause holds
 * it ("officials said [negotiators met the envoy]"). Such an event is the
 * speaker's claim; the events stage keeps it, marked `reported`, with the speaker.
 * Triggers between quote marks never reach here: `find-event-triggers.ts` skips them.
 */
import type { QuoteRecord, Span } from "@/lib/extraction/types.ts";

/** The indirect quote of `quotes` whose span holds `trigger`, or null. */
export function getReportingQuote(quotes: readonly QuoteRecord[], trigger: Span): QuoteRecord | null {
  for (const q of quotes) if (q.kind === "INDIRECT" && q.start <= trigger.start && trigger.end <= q.end) return q;
  return null;
}
