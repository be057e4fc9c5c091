/**
 * Stage 10: finds date expressions in the body, resolves them against the
 * article date (else `input.referenceDate`, else nothing: relative dates stay
 * unresolved) and dates each event by the expression nearest its trigger in its
 * evidence. Warns when a past-tense clause names a day after the stated date.
 */
import type { Doc, EventRecord, PartialDate, Span, Stage } from "@/lib/extraction/types.ts";
import { dayOf } from "./calendar.ts";
import { findDateExpressions, type DateMatch } from "./find-date-expressions.ts";
import { getClauseTense } from "./get-clause-tense.ts";
import { resolveDateExpression, type ResolvedDate } from "./resolve-date-expression.ts";

/** A date expression of the body with what it resolved to. */
export interface DatedSpan extends Span {
  resolved: ResolvedDate | null;
}

/** The anchor relative dates resolve against: the article date, else the caller's reference date. */
export function getAnchor(doc: Doc): PartialDate | null {
  if (doc.meta.publishedAt) return doc.meta.publishedAt;
  return doc.input.referenceDate ? dayOf(doc.input.referenceDate) : null;
}

/** Every date expression of `body` resolved against `anchor`. */
export function findDatedSpans(body: string, anchor: PartialDate | null): DatedSpan[] {
  return findDateExpressions(body).map((m: DateMatch) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    resolved: resolveDateExpression(m.expression, anchor, getClauseTense(body, m.start, m.end)),
  }));
}

// "since 2001", "until March": the bound of a span of time, not the day something happened
const BOUND = /\b(?:since|until|till|through)\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$/i;

/** Index of the first span of the sorted `spans` starting at or after `pos`. */
function firstAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0,
    hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dateEvent(body: string, event: EventRecord, dated: readonly DatedSpan[]): EventRecord {
  for (const ev of event.evidence) {
    const focus = ev.start <= event.trigger.start && event.trigger.end <= ev.end ? event.trigger.start : ev.start;
    let best: DatedSpan | null = null;
    for (let i = firstAtOrAfter(dated, ev.start); i < dated.length && dated[i]!.start < ev.end; i++) {
      const d = dated[i]!;
      if (!d.resolved || d.end > ev.end) continue;
      if (BOUND.test(body.slice(Math.max(0, d.start - 40), d.start))) continue;
      if (!best || Math.abs(d.start - focus) < Math.abs(best.start - focus)) best = d;
    }
    if (best?.resolved) return { ...event, date: best.resolved.date };
  }
  return event;
}

/** The dates stage. */
export const datesStage: Stage = {
  name: "dates",
  run(doc) {
    const dated = findDatedSpans(doc.body, getAnchor(doc));
    const stated = doc.meta.publishedAt;
    const warnings = [...doc.warnings];
    for (const d of dated) {
      if (stated && d.resolved?.afterAnchor) {
        warnings.push(
          `stated date ${stated.value} precedes "${d.text}" (${d.resolved.date.value}), told in the past tense at offset ${d.start}`,
        );
      }
    }
    return { ...doc, warnings, events: doc.events.map((e) => (e.date ? e : dateEvent(doc.body, e, dated))) };
  },
};
