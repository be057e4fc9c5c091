/**
 * Finds event trigger candidates in the body: every lexicon match outside
 * quotations (a speaker's words are their claim, not the article's report).
 * Whether a candidate reports a happening is judged later, on its clause.
 */
import { findProtectedRanges, isInsideRange } from "../sentences/find-protected-ranges.ts";
import type { EventType, Span } from "../types.ts";
import { EVENT_TRIGGERS, type EventTrigger } from "./event-triggers.ts";

/** A trigger found in the body. */
export interface TriggerMatch extends Span {
  type: EventType;
  noun: boolean;
}

const COMPILED = EVENT_TRIGGERS.map((t: EventTrigger) => ({ ...t, regex: new RegExp(String.raw`\b(?:${t.pattern})\b`, t.caseSensitive ? "g" : "gi") }));

/** Sorted body ranges between matched quote marks, paragraph by paragraph. */
export function findQuotedRanges(paragraphs: readonly Span[]): [number, number][] {
  return paragraphs.flatMap((p) => findProtectedRanges(p.text).map(([s, e]) => [p.start + s, p.start + e] as [number, number]));
}

/** Trigger matches of `body`, in text order, outside the sorted `quoted` ranges. */
export function findEventTriggers(body: string, quoted: readonly [number, number][]): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (const t of COMPILED) {
    for (const m of body.matchAll(t.regex)) {
      const start = m.index;
      if (isInsideRange(quoted, start)) continue;
      found.push({ type: t.type, noun: t.noun ?? false, start, end: start + m[0].length, text: m[0] });
    }
  }
  // one trigger per place: the first lexicon entry wins an overlap
  found.sort((a, b) => a.start - b.start);
  return found.filter((t, i) => i === 0 || t.start >= found[i - 1]!.end);
}
