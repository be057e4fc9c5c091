/**
 * Finds event trigger candidates in the body: every lexicon match outside
 * quotations (a speaker's words are their claim, not the article's report).
 * Whether a candidate reports a happening is judged later, on its clause.
 */
import { findProtectedRanges, isInsideRange } from "@/lib/extraction/sentences/find-protected-ranges.ts";
import { createAlternationScanner, type AlternationScanner } from "@/lib/extraction/text/create-alternation-scanner.ts";
import { splitAlternatives } from "@/lib/extraction/text/get-regex-prefixes.ts";
import type { EventType, Span } from "@/lib/extraction/types.ts";
import { EVENT_TRIGGERS, type EventTrigger } from "./event-triggers.ts";

/** A trigger found in the body. */
export interface TriggerMatch extends Span {
  type: EventType;
  noun: boolean;
  /** Position of the matching entry in the lexicon: the earlier entry wins an overlap. */
  order: number;
}

interface CompiledTriggers {
  scan: AlternationScanner;
  /** The lexicon entry of each alternative. */
  entries: { trigger: EventTrigger; order: number }[];
}

/** One scanner per case mode over every alternative of the lexicon, each knowing its entry. */
function compile(caseSensitive: boolean): CompiledTriggers {
  const sources: string[] = [];
  const entries: CompiledTriggers["entries"] = [];
  EVENT_TRIGGERS.forEach((trigger, order) => {
    if ((trigger.caseSensitive ?? false) !== caseSensitive) return;
    for (const source of splitAlternatives(trigger.pattern)) {
      sources.push(source);
      entries.push({ trigger, order });
    }
  });
  return { scan: createAlternationScanner(sources, caseSensitive), entries };
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
  for (const { scan, entries } of COMPILED) {
    for (const m of scan(body)) {
      const start = m.index;
      if (isInsideRange(quoted, start)) continue;
      const entry = entries[m.alternative];
      if (!entry) continue;
      found.push({
        type: entry.trigger.type,
        noun: entry.trigger.noun ?? false,
        order: entry.order,
        start,
        end: start + m.text.length,
        text: m.text,
      });
    }
  }
  // one trigger per place: the first lexicon entry wins an overlap
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  return found.filter((t, i) => i === 0 || t.start >= found[i - 1]!.end);
}
