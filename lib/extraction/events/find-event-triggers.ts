/**
 * Finds event trigger candidates in the body: every lexicon match outside
 * quotations (a speaker's words are their claim, not the article's report).
 * Whether a candidate reports a happening is judged later, on its clause.
 */
import { findProtectedRanges, isInsideRange } from "@/lib/extraction/sentences/find-protected-ranges.ts";
import type { EventType, Span } from "@/lib/extraction/types.ts";
import { EVENT_TRIGGERS, type EventTrigger } from "./event-triggers.ts";

/** A trigger found in the body. */
export interface TriggerMatch extends Span {
  type: EventType;
  noun: boolean;
  /** Position of the matching entry in the lexicon: the earlier entry wins an overlap. */
  order: number;
}

/** One regex per case mode, each lexicon entry an alternative closed by an empty marker group: one scan finds them all. */
function compile(caseSensitive: boolean): { regex: RegExp; entries: { trigger: EventTrigger; order: number }[] } {
  const entries = EVENT_TRIGGERS.map((trigger, order) => ({ trigger, order })).filter(
    (e) => (e.trigger.caseSensitive ?? false) === caseSensitive,
  );
  const source = entries.map((e) => `(?:${e.trigger.pattern})()`).join("|");
  return { regex: new RegExp(String.raw`\b(?:${source})\b`, caseSensitive ? "g" : "gi"), entries };
}

const COMPILED = [compile(false), compile(true)];

/** Sorted body ranges between matched quote marks, paragraph by paragraph. */
export function findQuotedRanges(paragraphs: readonly Span[]): [number, number][] {
  return paragraphs.flatMap((p) =>
    findProtectedRanges(p.text).map(([s, e]) => [p.start + s, p.start + e] as [number, number]),
  );
}

/** Trigger matches of `body`, in text order, outside the sorted `quoted` ranges. */
export function findEventTriggers(body: string, quoted: readonly [number, number][]): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (const { regex, entries } of COMPILED) {
    for (const m of body.matchAll(regex)) {
      const start = m.index;
      if (isInsideRange(quoted, start)) continue;
      const k = m.indexOf("", 1) - 1;
      const entry = entries[k];
      if (!entry) continue;
      found.push({
        type: entry.trigger.type,
        noun: entry.trigger.noun ?? false,
        order: entry.order,
        start,
        end: start + m[0].length,
        text: m[0],
      });
    }
  }
  // one trigger per place: the first lexicon entry wins an overlap
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  return found.filter((t, i) => i === 0 || t.start >= found[i - 1]!.end);
}
